package org.protocoldesk.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The accent-free, case-folded form of a name, so that "Əliyev", "Aliyev" and "aliyev" sort and match together. */
public final class SortKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SortKey() {
    }

    public static String of(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFKD);
        folded = MARKS.matcher(folded).replaceAll("");
        return foldLettersWithoutDecomposition(folded).toLowerCase(Locale.ROOT);
    }

    // Letters such as Ə, ı, ł, ø have no combining-mark decomposition; map them to their base letter by hand.
    private static String foldLettersWithoutDecomposition(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(switch (c) {
                case 'Ə', 'Ǝ' -> 'A';
                case 'ə', 'ǝ' -> 'a';
                case 'ı' -> 'i';
                case 'Ł' -> 'L';
                case 'ł' -> 'l';
                case 'Ø' -> 'O';
                case 'ø' -> 'o';
                case 'Đ' -> 'D';
                case 'đ' -> 'd';
                default -> c;
            });
        }
        return out.toString().replace("ß", "ss");
    }
}
