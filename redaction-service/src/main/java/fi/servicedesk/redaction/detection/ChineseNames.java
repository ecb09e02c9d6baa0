package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * Chinese names written family name first in pinyin: "Luo Ruoxi (Kevin) from the Shenzhen team", "Uusi kortti
 * lähetetty: Gao Mingzhulle", "Deng Haoranin tili". Voikko and the lists know few given names in pinyin, and many
 * family names are short words elsewhere ("Long", "He", "Sun"), so no other rule reads them. One of the most common
 * family names is a name before a capitalised word nobody knows that is one to three pinyin syllables once a Finnish
 * case ending is off ("Ruoxille" is Ruoxi's allative, ruo-xi), and so is that word.
 */
final class ChineseNames {

    /** The most common family names in pinyin (about seven in ten Chinese bear one). */
    private static final WordSet FAMILY_NAMES = WordSet.of(Set.of("wang", "li", "zhang", "liu", "chen", "yang", "huang",
            "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie",
            "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai",
            "jiang", "yu", "du", "ye", "cheng", "wei", "su", "ding", "ren", "lu", "yao", "shen", "zhong", "cui", "tan",
            "fan", "liao", "shi", "jin", "jia", "xia", "fu", "fang", "zou", "xiong", "bai", "meng", "qin", "qiu", "hou",
            "yin", "xue", "yan", "duan", "lei", "long", "tao", "mao", "hao", "gu", "gong", "shao", "wan", "qian", "dai"));
    /** The most syllables a given name has here. */
    private static final int MOST_SYLLABLES = 3;

    private ChineseNames() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int[] capitals) {
        for (int t : capitals) {
            int given = t + 1;
            if (given >= tokens.size() || tokens.length(t) > "xiong".length() || !tokens.isCapitalised(given)
                    || !tokens.spaced(t, given) || !FAMILY_NAMES.contains(text, tokens.start(t), tokens.end(t))) {
                continue;
            }
            var w = words[given];
            if (w == null || w.isKnown() || EnglishNouns.contains(text, tokens.start(given), tokens.end(given))) {
                continue;
            }
            var stem = NameWords.withoutCaseEnding(NameWords.withoutClitic(
                    text.substring(tokens.start(given), tokens.end(given)).toLowerCase(Locale.ROOT)));
            var whole = text.substring(tokens.start(given), tokens.end(given)).toLowerCase(Locale.ROOT);
            if (isPinyin(whole, 0, 0) || isPinyin(stem, 0, 0) || isPinyin(stem + "i", 0, 0)) {
                names[t] = true;
                names[given] = true;
            }
        }
    }

    /** Whether {@code word} from {@code at} is whole pinyin syllables, {@code syllables} of them before. */
    private static boolean isPinyin(String word, int at, int syllables) {
        if (at == word.length()) {
            return syllables > 0;
        }
        if (syllables == MOST_SYLLABLES) {
            return false;
        }
        for (int end = Math.min(word.length(), at + Romanization.LONGEST_SYLLABLE); end > at; end--) {
            if (Romanization.PINYIN.isSyllable(word.substring(at, end)) && isPinyin(word, end, syllables + 1)) {
                return true;
            }
        }
        return false;
    }
}
