package org.protocoldesk.store;

import java.nio.file.Path;

/** A second process that tries to open a data folder: prints what happened. */
public final class SecondOpener {
    private SecondOpener() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(Path.of(args[0]))) {
            System.out.println("opened");
        } catch (AlreadyRunningException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
