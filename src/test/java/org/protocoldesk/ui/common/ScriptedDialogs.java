package org.protocoldesk.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Dialogs answered by the test: every confirmation gets the answer set, and is kept for the test to read. */
public final class ScriptedDialogs implements Dialogs {
    private final List<String> asked = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private boolean answer;

    public ScriptedDialogs answering(boolean agreed) {
        answer = agreed;
        return this;
    }

    @Override
    public boolean confirm(String header, String detail, String action) {
        asked.add(header + "\n" + detail);
        return answer;
    }

    @Override
    public void failure(String header, Throwable problem) {
        failures.add(header + ": " + Problems.describe(problem));
    }

    public List<String> asked() {
        return asked;
    }

    public List<String> failures() {
        return failures;
    }
}
