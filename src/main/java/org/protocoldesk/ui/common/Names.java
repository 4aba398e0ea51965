package org.protocoldesk.ui.common;

import java.util.List;

/** Several people's names as lists word them: "Mohammad Movahedi-Azad, Yusuf Rahmon" (empty for none). */
public final class Names {
    private Names() {
    }

    public static String of(List<String> names) {
        return String.join(", ", names);
    }
}
