package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A code sent to someone to type (R8.2): "code 815142 sent to the customer only", "New code 140089 sent to Oluwafemi",
 * "uusi koodi 4052 lähetetty Maarialle", "Ny kod 1812 skickad till Fredys telefon". Whatever it opens, a code sent to a
 * person is theirs to keep, as a one-time code is, and so is the code the agent then checks they typed back ("Koodi
 * 81775739 tarkistettu", "code 4821 verified", "Kod 663018 bekräftad"). A code that names a thing ("seurantakoodi",
 * "tracking code", "alennuskoodi", "rabattkod", "error code", a booking's "varauskoodi" confirmed) stays, and so do
 * digits sent after the code's word: "Verification code sent to 040 123 4567" sends no code in the text.
 */
final class SentCodes {

    private static final int MIN_DIGITS = 4;
    private static final int MAX_DIGITS = 8;
    /** How far after the code's digits its "sent" may stand: over "has been", "on", "har". */
    private static final int MAX_WORDS_BEFORE_SENT = 2;
    private static final Set<String> SENT_WORDS = Set.of("sent", "resent", "texted", "emailed", "lähetetty",
            "lähetettiin", "lähetetään", "lähetin", "lähetimme", "skickad", "skickat", "skickats", "skickades", "skickas",
            // checked when typed back
            "tarkistettu", "vahvistettu", "varmistettu", "hyväksytty", "verified", "confirmed", "validated", "accepted",
            "verifierad", "verifierat", "bekräftad", "bekräftat", "godkänd", "godkänt");
    /** Words that may stand between the digits and "sent": "code 1234 has been sent", "koodi 1234 on lähetetty". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "been", "was", "is", "were", "on", "oli", "har",
            "blev", "är", "nyt", "now", "nu");
    /**
     * How a code's word begins when the code names a thing, or the word before it in English: a parcel's tracking, a
     * discount, a campaign, an error, a product, a postal area.
     */
    private static final List<String> NAMING_STEMS = List.of("seuranta", "tracking", "spårning", "alennus", "discount",
            "rabatt", "kampanj", "promo", "voucher", "virhe", "error", "fel", "tuote", "product", "produkt", "post", "zip",
            "varaus", "booking", "bokning", "reservation", "tilaus", "order", "beställning");
    private static final Fragment[] SENT_FRAGMENTS = Fragment.each("sent", "texted", "emailed", "lähet", "skick",
            "tarkistet", "vahvistet", "varmistet", "hyväksyt", "verifi", "confirmed", "validated", "accepted", "bekräft",
            "godkän");

    private SentCodes() {
    }

    static void find(Text message, List<Finding> findings) {
        if (message.digits() < MIN_DIGITS || !Fragment.anyMayBeIn(SENT_FRAGMENTS, message)) {
            return;
        }
        var text = message.value();
        for (int run = 0; run < message.digitRunCount(); run++) {
            int start = message.digitRun(run);
            int end = start;
            while (end < text.length() && Scan.isDigit(text.charAt(end))) {
                end++;
            }
            if (end - start < MIN_DIGITS || end - start > MAX_DIGITS || !Characters.numberStandsAlone(text, start, end)
                    || !sentAfter(text, end)) {
                continue;
            }
            int word = DoorCodes.codeWordStart(text, start);
            if (word >= 0 && !namesAThing(text, word)) {
                findings.add(Finding.of(EntityType.CREDENTIAL, text, start, end));
            }
        }
    }

    /** Whether "sent", "verified" or their Finnish or Swedish word follows the digits, over a stop no sentence ends at. */
    private static boolean sentAfter(String text, int end) {
        int i = end;
        for (int words = 0; words <= MAX_WORDS_BEFORE_SENT; words++) {
            int wordStart = Characters.afterSpaces(text, i);
            if (wordStart == i) {
                return false;
            }
            i = wordStart;
            while (i < text.length() && Characters.isLetter(text.charAt(i))) {
                i++;
            }
            var word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
            if (SENT_WORDS.contains(word)) {
                return true;
            }
            if (!AUXILIARIES.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the code's word, or in English the word before it, names what the code is of. */
    static boolean namesAThing(String text, int wordStart) {
        int wordEnd = wordStart;
        while (wordEnd < text.length() && (Characters.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
            wordEnd++;
        }
        var word = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
        int before = Characters.beforeAny(text, wordStart, " \t");
        var previous = text.substring(Characters.wordStart(text, before), before).toLowerCase(Locale.ROOT);
        return Characters.startsWithAny(word, NAMING_STEMS)
                || (word.equals("code") || word.equals("codes")) && Characters.startsWithAny(previous, NAMING_STEMS);
    }
}
