package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A register's number written after its country's two letters, no phone (R5.3): an animal's ear tag ("vasikka Pilkku
 * FI 03599 9106 711", "heifer Daisy (UK 056884 66581)", "kvigan Rosa (SE 044953-2015)"), a VAT or a firm's number ("FI
 * 2345678-9") are written so, where a phone's country is told by its code after "+" ("FI +358 40 …" stays). A text typed
 * in capitals writes its words so too ("MY NUMBER IS 416 …", "MUN NUMERO ON 050 …"): letters after a word in capitals
 * are no country's.
 */
final class NumbersAfterCountryLetters {

    /** The regions of the plan, and the United Kingdom's letters as its own registers write them (ISO's are GB). */
    private static final Set<String> COUNTRIES = regions();

    private NumbersAfterCountryLetters() {
    }

    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            int start = findings.get(i).start();
            if (text.charAt(start) != '+' && afterCountryLetters(text, start)) {
                findings.remove(i);
            }
        }
    }

    /**
     * Whether two capitals of a country's code and one space stand right before {@code start}, no word in capitals
     * before them.
     */
    static boolean afterCountryLetters(String text, int start) {
        if (start < 3 || text.charAt(start - 1) != ' ' || !COUNTRIES.contains(text.substring(start - 3, start - 1))) {
            return false;
        }
        int before = start - 3;
        if (before > 0 && Characters.isLetter(text.charAt(before - 1))) {
            return false;
        }
        int word = before;
        while (word > 0 && text.charAt(word - 1) == ' ') {
            word--;
        }
        int wordEnd = word;
        while (word > 0 && Characters.isLetter(text.charAt(word - 1))) {
            word--;
        }
        var previous = text.substring(word, wordEnd);
        return previous.length() < 2 || !previous.equals(previous.toUpperCase(Locale.ROOT));
    }

    private static Set<String> regions() {
        var regions = new HashSet<>(PhoneNumberUtil.getInstance().getSupportedRegions());
        regions.add("UK");
        return Set.copyOf(regions);
    }
}
