package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A safe word agreed for a hand-over (R8.2): "Turvasana noutajalle: 4237", "säkerhetsordet för hämtaren är Blåbär",
 * "Safe word for the collector: heron". Whoever says it is let take the child, the parcel or the key, so it is a
 * credential as a password is. Up to three words may name whom it is for before the colon or "on", "is", "är" that gives
 * it; without one ("turvasana sovittiin puhelimessa") the word is talk about it. A phrase of up to three words that ends
 * its line or sentence after a colon is the safe word whole ("Safe word: blue heron"), and so is a word of two letters
 * there ("safe word: ox"); after "is" they are talk ("is in the email").
 */
final class SafeWords {

    private static final String QUOTE = "[\"'“”‘’]?";
    /** One word of a safe word. */
    private static final String WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}-]";
    /** The safe word's word with its cases, up to three words of whom it is for, and what gives the word. */
    private static final Pattern SAFE_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:turvasana(?:n|nsa|mme|si)?|tunnussana(?:n|nsa|mme|si)?|säkerhetsord(?:et)?|kodord(?:et)?"
                    + "|safe ?word|code ?word)"
                    + "(?:\\s+[\\p{L}]+){0,3}?"
                    + "(?:\\s*:\\s*" + QUOTE + "(" + WORD + "{1,31}(?: " + WORD + "{0,31}){0,2}(?=" + QUOTE + "[.!?]?[ \\t]*(?:\\n|$))"
                    + "|" + WORD + "{2,31})"
                    + "|\\s+(?:on|oli|is|was|är|var)(?![\\p{L}\\p{N}])\\s*" + QUOTE + "(" + WORD + "{2,31}))"
                    + QUOTE + "(?=\\s|[.,;:)!?](?:\\s|$)|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Scan.Opening OPENING = Scan.Opening.of("tTsSkKcC", (t, i) -> Characters.notAfterLetter(t, i, ""));
    private static final Fragment[] WORDS = Fragment.each("turvasan", "tunnussan", "säkerhetsord", "kodord", "safe",
            "code");
    /** Words a note gives after the cue instead of the safe word: "turvasana on sovittu", "safe word is not set". */
    private static final Set<String> TALK = Set.of("sovittu", "sovittiin", "annettu", "vaihdettu", "not", "set",
            "agreed", "given", "required", "missing", "unknown", "inte", "avtalat", "ei", "puuttuu", "the", "a");

    private SafeWords() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!Fragment.anyMayBeIn(WORDS, message)) {
            return;
        }
        var safeWord = new Scan(SAFE_WORD, message);
        for (int from = 0; safeWord.find(from, OPENING); from = safeWord.match().end()) {
            int value = safeWord.match().start(1) >= 0 ? 1 : 2;
            String word = safeWord.match().group(value);
            int space = word.indexOf(' ');
            if (!TALK.contains((space < 0 ? word : word.substring(0, space)).toLowerCase(Locale.ROOT))) {
                findings.add(Finding.of(EntityType.CREDENTIAL, message.value(), safeWord.match().start(value),
                        safeWord.match().end(value)));
            }
        }
    }
}
