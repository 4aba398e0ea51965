package org.protocoldesk.bench;

import java.util.Map;
import org.protocoldesk.model.SortKey;

/** A plain Latin spelling of a generated name ("Əli Əliyev" becomes "Ali Aliyev"), for e-mail addresses and other spellings. */
final class Transliteration {
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private Transliteration() {
    }

    static String latin(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            char lower = Character.toLowerCase(c);
            String latin = CYRILLIC.get(lower);
            if (latin == null) {
                out.append(c);
            } else if (c != lower && !latin.isEmpty()) {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            } else {
                out.append(latin);
            }
        }
        StringBuilder folded = new StringBuilder();
        for (String word : out.toString().split(" ")) {
            String plain = SortKey.of(word);
            if (!plain.isEmpty()) {
                folded.append(folded.length() == 0 ? "" : " ")
                        .append(Character.toUpperCase(plain.charAt(0))).append(plain.substring(1));
            }
        }
        return folded.toString();
    }
}
