package fi.servicedesk.redaction.detection;

import java.util.Set;
import java.util.stream.Stream;

/**
 * Vietnamese names, family name first: "Nguyễn Thị Hoa", "Trần Văn Minhille", "Hoàng Thị Quang", "Nguyen Thi Lan".
 * Voikko and the lists know few of them, and their words are short and unknown, so no other rule reads them. The
 * most common family names, written with their marks, are no word of Finnish or English: one is a name with the
 * capitalised words after it (up to two). Written without marks some are words elsewhere ("Le Monde", "Do Not
 * Disturb", "Ho Chi Minh City"), so there a family name needs the middle name that marks a woman or a man after
 * it (Thị/Thi, Văn/Van); any capitalised word before Thị or Văn, written with its marks, opens a name too.
 */
final class VietnameseNames {

    /** The most common family names, with their marks (about nine in ten Vietnamese bear one). */
    private static final Set<String> FAMILY_NAMES = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Đoàn");
    /** The same written without marks, as an address or an English text writes them. */
    private static final Set<String> FAMILY_NAMES_WITHOUT_MARKS = Set.of("Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh",
            "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Dinh", "Truong", "Doan");
    /** The middle names that mark a woman and a man, with and without marks. */
    private static final Set<String> MIDDLE_NAMES = Set.of("Thị", "Văn", "Thi", "Van");
    private static final int LONGEST_FAMILY_NAME = Stream.concat(FAMILY_NAMES.stream(), FAMILY_NAMES_WITHOUT_MARKS.stream())
            .mapToInt(String::length).max().orElseThrow();
    /** The first letters of the family names: a capitalised word opening with another is not copied to be looked up. */
    private static final String FIRST_LETTERS = Stream.concat(FAMILY_NAMES.stream(), FAMILY_NAMES_WITHOUT_MARKS.stream())
            .map(name -> name.substring(0, 1)).distinct().reduce("", String::concat);
    /** How many capitalised words a family name takes after it: a middle name and a given name. */
    private static final int WORDS_AFTER = 2;

    private VietnameseNames() {
    }

    static void mark(String text, Tokens tokens, boolean[] names, int[] capitals) {
        for (int t : capitals) {
            // Most capitalised words are longer than any family name or open with another letter: those are not copied to be looked up.
            var word = tokens.length(t) <= LONGEST_FAMILY_NAME && FIRST_LETTERS.indexOf(text.charAt(tokens.start(t))) >= 0
                    ? text.substring(tokens.start(t), tokens.end(t)) : null;
            boolean withMarks = word != null && FAMILY_NAMES.contains(word);
            if (withMarks || beforeMiddleName(text, tokens, t, word != null && FAMILY_NAMES_WITHOUT_MARKS.contains(word))) {
                names[t] = true;
                for (int next = t + 1; next <= t + WORDS_AFTER && next < tokens.size() && tokens.isCapitalised(next)
                        && tokens.spaced(next - 1, next); next++) {
                    names[next] = true;
                }
            }
        }
    }

    /**
     * A capitalised middle name, then a capitalised word, after the word at {@code t}: any middle name after a
     * family name written without marks, only one with marks (Thị, Văn) after another word.
     */
    private static boolean beforeMiddleName(String text, Tokens tokens, int t, boolean familyName) {
        int middle = t + 1;
        if (middle + 1 >= tokens.size() || !tokens.spaced(t, middle) || !tokens.spaced(middle, middle + 1)
                || !tokens.isCapitalised(middle + 1)) {
            return false;
        }
        var word = text.substring(tokens.start(middle), tokens.end(middle));
        return MIDDLE_NAMES.contains(word) && (familyName || word.equals("Thị") || word.equals("Văn"));
    }
}
