package org.protocoldesk.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one folding of text that sorting, duplicate detection and the search index share: case folded and accents
 * removed, including letters that Unicode does not decompose, so that "Əliyev", "Aliyev" and "aliyev", "Öztürk" and
 * "ozturk", "ЕВРОПА" and "европа" sort and match together.
 */
public final class SortKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SortKey() {
    }

    public static String of(String name) {
        String lower = (name == null ? "" : name.strip()).toLowerCase(Locale.ROOT);
        String folded = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        return foldLettersWithoutDecomposition(folded);
    }

    /**
     * Letters with no combining-mark decomposition, mapped to the Latin letters a reader types for them. The schwa
     * goes to "a" as the Azerbaijani name transliterations write it (Əliyev → Aliyev).
     */
    private static String foldLettersWithoutDecomposition(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ə', 'ǝ' -> out.append('a');
                case 'ı' -> out.append('i');
                case 'ł' -> out.append('l');
                case 'ø' -> out.append('o');
                case 'đ', 'ð' -> out.append('d');
                case 'ħ' -> out.append('h');
                case 'ŧ' -> out.append('t');
                case 'ŋ' -> out.append('n');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'þ' -> out.append("th");
                case 'ё' -> out.append('е');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
