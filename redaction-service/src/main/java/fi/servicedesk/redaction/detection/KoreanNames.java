package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * Korean names in Latin letters (R3.2, R8.2): a given name of two syllables joined by a hyphen, as the Revised
 * Romanization writes them ("Ji-woo", "Min-jun"), beside a Korean family name, in either order ("Park Ji-woo",
 * "Ji-woo Park", "Seonu Min-jun", in Finnish with its case on the last: "Park Ji-woolle", "Ji-woo Parkille"). No list
 * holds these given names, and the family names are short words elsewhere ("Ha", "Go", "Do"), so the pair marks them:
 * a family name before or after a capitalised word of two syllables of the romanization joined by a hyphen.
 */
final class KoreanNames {

    /** The commonest Korean family names in the romanization and its older spellings, compound ones too (Namgung, Dokgo). */
    private static final WordSet FAMILY_NAMES = WordSet.of(Set.of("kim", "gim", "lee", "yi", "rhee", "park", "bak", "pak",
            "choi", "choe", "jung", "jeong", "chung", "kang", "gang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im",
            "han", "oh", "shin", "sin", "seo", "suh", "kwon", "gwon", "hwang", "ahn", "an", "song", "yoo", "yu", "ryu", "hong",
            "jeon", "jun", "ko", "go", "moon", "mun", "yang", "son", "bae", "baek", "paik", "heo", "hur", "nam", "noh", "no",
            "roh", "ha", "kwak", "gwak", "seong", "sung", "cha", "joo", "ju", "woo", "u", "gu", "koo", "min", "na", "jin",
            "ji", "eom", "uhm", "byeon", "byun", "chae", "won", "cheon", "bang", "gong", "hyun", "hyeon", "ham", "yeom",
            "yeo", "pyeon", "guk", "tak", "do", "seok", "sim", "shim", "gil", "pyo", "ma", "namgung", "seonu", "sunwoo",
            "dokgo", "jegal", "hwangbo", "sagong", "seomun"));
    private KoreanNames() {
    }

    static void mark(String text, Tokens tokens, boolean[] names, int[] capitals) {
        for (int t : capitals) {
            int family = familyNameBeside(text, tokens, t);
            if (family >= 0) {
                names[t] = true;
                names[family] = true;
            }
        }
    }

    /** Whether the word is a Korean given name beside a family name: its syllables are no Finnish compound's ({@link CompoundNouns}). */
    static boolean isGivenNameBesideFamilyName(String text, Tokens tokens, int t) {
        return familyNameBeside(text, tokens, t) >= 0;
    }

    /** The family name spaced beside the given name {@code t}, before or after it; -1 where {@code t} is none or there is none. */
    private static int familyNameBeside(String text, Tokens tokens, int t) {
        if (!tokens.isCapitalised(t) || !RomanizedGivenNames.isPair(text, tokens, t, Romanization.KOREAN)) {
            return -1;
        }
        for (int family : new int[] {t - 1, t + 1}) {
            if (family >= 0 && family < tokens.size() && tokens.isCapitalised(family)
                    && tokens.spaced(Math.min(t, family), Math.max(t, family)) && isFamilyName(text, tokens, family, family > t)) {
                return family;
            }
        }
        return -1;
    }

    /** A family name of the list, after the given name also with a Finnish case ending ("Parkille", "Kimin"). */
    private static boolean isFamilyName(String text, Tokens tokens, int t, boolean last) {
        if (FAMILY_NAMES.contains(text, tokens.start(t), tokens.end(t))) {
            return true;
        }
        var lower = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        var stem = NameWords.withoutCaseEnding(NameWords.withoutClitic(lower));
        return last && stem.length() < lower.length() && FAMILY_NAMES.contains(stem, 0, stem.length());
    }
}
