package org.protocoldesk.ui.shell;

import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The sections of the navigation rail, in its order; the n-th is reached with Ctrl+n. */
public enum Section {
    TODAY("Today", Material2OutlinedAL.DASHBOARD),
    COUNTERPARTS("Counterparts", Material2OutlinedMZ.PEOPLE_ALT),
    ORGANISATIONS("Organisations", Material2OutlinedAL.ACCOUNT_BALANCE),
    TRIPS("Trips", Material2OutlinedAL.FLIGHT_TAKEOFF),
    MEETINGS("Meetings", Material2OutlinedAL.FORUM),
    INVITATIONS("Invitations", Material2OutlinedMZ.MAIL_OUTLINE),
    CALENDAR("Calendar", Material2OutlinedAL.CALENDAR_TODAY),
    TIMELINE("Timeline", Material2OutlinedMZ.TIMELINE),
    EVENTS("Events", Material2OutlinedAL.EVENT),
    DOCUMENTS("Documents", Material2OutlinedAL.DESCRIPTION),
    FOLLOW_UPS("Follow-ups", Material2OutlinedAL.ASSIGNMENT_TURNED_IN);

    private final String title;
    private final Ikon icon;

    Section(String title, Ikon icon) {
        this.title = title;
        this.icon = icon;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** The name in node ids: {@code #nav-counterparts}, {@code #counterparts-screen}, {@code #follow-ups-screen}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Ctrl+1 to Ctrl+9, then Ctrl+0 for the tenth, as the digits lie on the keyboard; null for any after. */
    public KeyCombination shortcut() {
        return ordinal() >= 10 ? null
                : new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (ordinal() + 1) % 10), KeyCombination.SHORTCUT_DOWN);
    }
}
