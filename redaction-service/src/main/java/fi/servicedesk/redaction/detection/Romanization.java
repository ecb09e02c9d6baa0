package fi.servicedesk.redaction.detection;

import java.util.HashSet;
import java.util.Set;

/**
 * The syllables of the systems that write Korean and Chinese names in Latin letters, each built from the system's own
 * rules, every initial before every final, not from a list of names: a syllable the system can write is in, whether or
 * not anyone is named with it. The inventories are wider than the languages' real syllables (not every initial takes
 * every final), which costs nothing here: a name is asked whether it is made of them, and a word of another language
 * seldom is. Names drop the tone marks, the umlaut and Wade-Giles's apostrophe of aspiration ("Tsai", "Chen", "Hsu").
 */
enum Romanization {

    /**
     * South Korea's Revised Romanization and the spellings names keep from older ones ("Ji-woo", "So-hee", "Ji-young",
     * "Seung-hoon"): an initial, a vowel and a final consonant, each but the vowel possibly none.
     */
    KOREAN(combine(new String[] {"kk", "tt", "pp", "ss", "jj", "ch", "g", "k", "n", "d", "t", "r", "m", "b", "p", "s", "j", "h", ""},
            combine(new String[] {"woo", "yeo", "yae", "wae", "ae", "oo", "ee", "ou", "ya", "eo", "ye", "wa", "oe", "yo", "wo", "we",
                    "wi", "yu", "eu", "ui", "a", "e", "o", "u", "i"},
                    new String[] {"", "k", "n", "t", "l", "m", "p", "ng"}))),
    /** Hanyu Pinyin, the People's Republic's ("Xiaoming", "Ruoxi", "Zihan"). */
    PINYIN(combine(new String[] {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z",
            "c", "s", "y", "w", ""},
            new String[] {"a", "o", "e", "i", "u", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "er", "an", "en", "in", "un", "ang",
                    "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai", "uan", "uang"})),
    /**
     * Wade-Giles as Taiwan's passports write it ("Cheng-en", "Yu-ting", "Chia-hao", "Hsin-yi", "Tzu-hsuan"), with the
     * "y" and "w" its syllables without an initial take in names ("Yi", "Wen").
     */
    WADE_GILES(combine(new String[] {"ch", "hs", "ts", "tz", "sh", "ss", "sz", "p", "m", "f", "t", "n", "l", "k", "h", "j", "s", "y",
            "w", ""},
            new String[] {"a", "o", "e", "eh", "ih", "u", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ung", "erh", "i", "ia",
                    "ieh", "iao", "iu", "ien", "in", "iang", "ing", "iung", "ua", "uo", "uai", "ui", "uei", "uan", "un", "uang",
                    "ueh", "u", "ung"})),
    /**
     * Cantonese as Hong Kong's government, Yale and Jyutping write it ("Wing-yan", "Ka-ho", "Siu-ming", "Tsz-ching",
     * "Man-yee", "Kin-wah"): their initials and finals together, the long "aa" and the short "a" alike.
     */
    CANTONESE(combine(new String[] {"gw", "kw", "ng", "ch", "ts", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w",
            "j", "z", "c", "s", "y", ""},
            new String[] {"a", "aa", "ah", "ai", "aai", "au", "aau", "am", "aam", "an", "aan", "ang", "aang", "ap", "aap", "at", "aat",
                    "ak", "aak", "e", "ee", "ei", "eu", "em", "eng", "ep", "ek", "i", "iu", "im", "in", "ing", "ip", "it", "ik", "o",
                    "oi", "oy", "ou", "ow", "on", "ong", "ot", "ok", "oo", "oon", "oe", "oeng", "oek", "eung", "euk", "eui", "eoi",
                    "eon", "eot", "eun", "u", "ui", "um", "un", "ung", "ut", "uk", "ue", "uen", "uet", "yu", "yun", "yut", "m", "ng",
                    "z", "ze"}));

    /** The longest syllable of any of them ("chuang", "hsiang", "kkwaeng"). */
    static final int LONGEST_SYLLABLE = 8;

    private final Set<String> syllables;

    Romanization(Set<String> syllables) {
        this.syllables = syllables;
    }

    /** Whether the lower-case {@code syllable} is one this system can write. */
    boolean isSyllable(String syllable) {
        return syllables.contains(syllable);
    }

    private static Set<String> combine(String[] initials, Set<String> finals) {
        return combine(initials, finals.toArray(String[]::new));
    }

    private static Set<String> combine(String[] initials, String[] finals) {
        var all = new HashSet<String>();
        for (var initial : initials) {
            for (var last : finals) {
                if (!(initial + last).isEmpty()) {
                    all.add(initial + last);
                }
            }
        }
        return Set.copyOf(all);
    }
}
