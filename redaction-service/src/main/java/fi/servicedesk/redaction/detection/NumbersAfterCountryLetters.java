package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A register's number written after its country's two letters, no phone (R5.3): an animal's ear tag ("vasikka Pilkku
 * FI 03599 9106 711", "heifer Daisy (UK 056884 66581)", "kvigan Rosa (SE 044953-2015)"), a holding's or a herd's
 * number, a VAT or a firm's number ("FI 2345678-9") are written so, where a phone's country is told by its code after
 * "+" ("FI +358 40 …" stays). People write their own country's letters before their number too ("numeroni on FI 040
 * …", "Matti Virtanen, IT 040 …", a department's letters), so the number goes only where the plan of the country its
 * letters name holds no phone of it, or a register's word or a farm animal stands on its line, and never after a
 * phone's cue ({@link PhoneCues#cued}). A text typed in capitals writes its words so too ("MY NUMBER IS 416 …", "MUN
 * NUMERO ON 050 …"): letters after a word in capitals are no country's.
 */
final class NumbersAfterCountryLetters {

    private static final PhoneNumberUtil PLAN = PhoneNumberUtil.getInstance();
    /** The regions of the plan, and the United Kingdom's letters as its own registers write them (ISO's are GB). */
    private static final Set<String> COUNTRIES = regions();
    /**
     * The words of a register, at a word's start, that number an animal, a holding, a herd or a firm: "korvanumero",
     * "öronmärke", "holding", "herd", "flock", "registration", "rekisteri", "tilatunnus", "pitopaikka",
     * "lägenhetssignum", "organisationsnummer".
     */
    private static final List<String> REGISTER_STEMS = List.of("korvanumero", "korvamerk", "öronmärk", "öronbrick",
            "eartag", "holding", "herd", "flock", "registration", "registrering", "rekisteri", "tilatunnus", "pitopaik",
            "lägenhetssignum", "organisationsnummer");
    /** A firm's register, whole words: "VAT", "ALV", "Y-tunnus" ("vatten" and "alvar" are none). */
    private static final Set<String> FIRM_REGISTERS = Set.of("vat", "alv", "y-tunnus");
    /** "ear tag": the register's word of two; "tag" alone tags anything. */
    private static final String EAR_TAG = "ear tag";
    /**
     * The farm animals whose ear tags a farm's messages give after their names ("sonni Jaakko (FI …)", "kvigan Rosa (SE
     * …)", "heifer Daisy (UK …)"), whole words in lower case.
     */
    private static final Set<String> FARM_ANIMALS = Set.of("lehmä", "sonni", "hieho", "vasikka", "härkä", "lammas",
            "uuhi", "pässi", "vuohi", "emakko", "karju", "kon", "kviga", "kvigan", "kalv", "kalven", "tjur", "tjuren",
            "tackan", "cow", "heifer", "calf", "bull", "bullock", "ewe");

    private NumbersAfterCountryLetters() {
    }

    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var finding = findings.get(i);
            int start = finding.start();
            if (text.charAt(start) != '+' && afterCountryLetters(text, start)
                    && (registerOnLine(text, start) || !holdsAPhone(text, start, finding.end()))
                    && !PhoneCues.cued(text, start, finding.end())) {
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

    /** Whether the plan of the country whose letters stand before {@code start} holds the number as a phone. */
    private static boolean holdsAPhone(String text, int start, int end) {
        var letters = text.substring(start - 3, start - 1);
        var region = letters.equals("UK") ? "GB" : letters;
        try {
            return PLAN.isValidNumberForRegion(PLAN.parse(text.substring(start, end), region), region);
        } catch (NumberParseException e) {
            return false;
        }
    }

    /**
     * Whether a register's word ({@link #REGISTER_STEMS}, {@link #FIRM_REGISTERS}, {@link #EAR_TAG}) or a farm animal
     * stands on the number's line.
     */
    private static boolean registerOnLine(String text, int start) {
        int lineStart = Characters.lineStart(text, start);
        var line = text.substring(lineStart, Characters.lineEnd(text, start));
        if (Characters.containsIgnoringCase(line, EAR_TAG)) {
            return true;
        }
        for (int i = 0; i < line.length(); ) {
            if (!Characters.isLetter(line.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < line.length() && (Characters.isLetter(line.charAt(end)) || line.charAt(end) == '-')) {
                end++;
            }
            var word = line.substring(i, end);
            var lower = word.toLowerCase(Locale.ROOT);
            if (Characters.startsWithAny(lower, REGISTER_STEMS) || FIRM_REGISTERS.contains(lower)
                    || FARM_ANIMALS.contains(word)) {
                return true;
            }
            i = end;
        }
        return false;
    }

    private static Set<String> regions() {
        var regions = new HashSet<>(PLAN.getSupportedRegions());
        regions.add("UK");
        return Set.copyOf(regions);
    }
}
