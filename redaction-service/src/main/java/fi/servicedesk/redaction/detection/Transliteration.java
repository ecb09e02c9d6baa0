package fi.servicedesk.redaction.detection;

import java.util.HashMap;
import java.util.Map;

/**
 * A word of the Cyrillic, Greek, Georgian or Armenian alphabet in Latin letters, letter by letter, as passports and
 * the name lists write names (Олена → Olena, Γιώργος → Giorgos, ნინო → Nino, Արամ → Aram), so that the name lists,
 * which hold Latin letters only, can be asked about it. The JDK has no transliterator (ICU4J's is not on the class
 * path) and a name needs no more than one table: the common English-style romanization of each alphabet, accents off.
 */
final class Transliteration {

    private static final Map<Character, String> LETTERS = new HashMap<>();

    static {
        put("абвгдезийклмнопрстуфцы", "a b v g d e z i i k l m n o p r s t u f ts y");
        put("ёжхчшщэюяьъ", "yo zh kh ch sh shch e yu ya - -");
        // Ukrainian, Serbian, Bulgarian and Macedonian letters
        put("єіїґђјљњћџѓќѕ", "ye i yi g dj j lj nj c dz g k dz");
        put("αβγδεζηθικλμνξοπρσςτυφχψω", "a v g d e z i th i k l m n x o p r s s t y f ch ps o");
        put("άέήίόύώϊϋΐΰ", "a e i i o y o i y i y");
        put("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ", "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h");
        put("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ", "a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k o f");
    }

    private Transliteration() {
    }

    private static void put(String letters, String latin) {
        var forms = latin.split(" ");
        for (int i = 0; i < letters.length(); i++) {
            LETTERS.put(letters.charAt(i), forms[i].equals("-") ? "" : forms[i]);
        }
    }

    /** {@code text[start, end)} in Latin letters, capitalised as the word is; null if a letter has no Latin form here. */
    static String toLatin(String text, int start, int end) {
        var latin = new StringBuilder(2 * (end - start));
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // Armenian writes u as two letters, ո and ւ
            var form = c == 'ո' && i + 1 < end && text.charAt(i + 1) == 'ւ' ? "u" : LETTERS.get(Character.toLowerCase(c));
            i += c == 'ո' && "u".equals(form) ? 1 : 0;
            if (form == null) {
                if (c != '\'' && c != '’' && c != '-') {
                    return null;
                }
                continue;
            }
            latin.append(i == start && Character.isUpperCase(c) && !form.isEmpty()
                    ? Character.toUpperCase(form.charAt(0)) + form.substring(1) : form);
        }
        return latin.toString();
    }
}
