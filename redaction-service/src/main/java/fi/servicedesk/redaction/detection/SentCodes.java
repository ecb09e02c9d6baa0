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
            "lähetettiin", "lähetetään", "lähetin", "lähetimme", "skickad", "skickat", "skickats", "skickades", "skickas");
    /** Words that say a code was checked when typed back: only a one-time code's, as any code may be accepted. */
    private static final Set<String> CHECKED_WORDS = Set.of("tarkistettu", "vahvistettu", "varmistettu", "hyväksytty",
            "verified", "confirmed", "validated", "accepted", "verifierad", "verifierat", "bekräftad", "bekräftat",
            "godkänd", "godkänt");
    /** A one-time code's word on its own: "Koodi 81775739 tarkistettu", "code 4821 verified", "Kod 663018 bekräftad". */
    private static final Set<String> BARE_CODE_WORDS = Set.of("koodi", "koodin", "koodia", "code", "kod", "koden");
    /**
     * How a one-time code's compound begins, or the word before it in English: "vahvistuskoodi", "tunnistuskoodi",
     * "kertakäyttökoodi", "verifieringskod", "engångskod", "verification code", "one-time code", "SMS code".
     */
    /** Words before an English "code" that name no kind of code: "the code", "your code". */
    private static final Set<String> ENGLISH_DETERMINERS = Set.of("the", "a", "your", "their", "his", "her", "this",
            "that", "new", "same");
    private static final List<String> ONE_TIME_STEMS = List.of("vahvistus", "tunnistus", "kertakäyttö", "varmenn",
            "tekstiviesti", "sms", "verifi", "confirmation", "one-time", "security", "login", "engångs", "bekräftelse",
            "säkerhets", "inloggnings");
    /** Words that may stand between the digits and "sent": "code 1234 has been sent", "koodi 1234 on lähetetty". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "been", "was", "is", "were", "on", "oli", "har",
            "blev", "är", "nyt", "now", "nu");
    /**
     * How a code's word begins when the code names a thing, or the word before it in English: a parcel's tracking, a
     * discount, a campaign, an error, a product, a postal area, a ticket's barcode (printed on it and cancelled with
     * it: "viivakoodi 1744 7631 9697 4377 mitätöity", "barcode 4892 …", "streckkod", "QR-koodi").
     */
    private static final List<String> NAMING_STEMS = List.of("seuranta", "tracking", "spårning", "alennus", "discount",
            "rabatt", "kampanj", "promo", "voucher", "virhe", "error", "fel", "tuote", "product", "produkt", "post", "zip",
            "varaus", "booking", "bokning", "reservation", "tilaus", "order", "beställning", "viiva", "barcode", "streck",
            "qr");
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
                    ) {
                continue;
            }
            var sent = sentAfter(text, end);
            int word = sent == null ? -1 : DoorCodes.codeWordStart(text, start);
            if (word >= 0 && !namesAThing(text, word) && (!CHECKED_WORDS.contains(sent) || isOneTimeCodeWord(text, word))) {
                findings.add(Finding.of(EntityType.CREDENTIAL, text, start, end));
            }
        }
    }

    /**
     * The word "sent", "verified" or their Finnish or Swedish word that follows the digits, over a stop no sentence ends
     * at; null when none does.
     */
    private static String sentAfter(String text, int end) {
        int i = end;
        for (int words = 0; words <= MAX_WORDS_BEFORE_SENT; words++) {
            int wordStart = Characters.afterSpaces(text, i);
            if (wordStart == i) {
                return null;
            }
            i = wordStart;
            while (i < text.length() && Characters.isLetter(text.charAt(i))) {
                i++;
            }
            var word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
            if (SENT_WORDS.contains(word) || CHECKED_WORDS.contains(word)) {
                return word;
            }
            if (!AUXILIARIES.contains(word)) {
                return null;
            }
        }
        return null;
    }

    /** Whether the code's word, or in English the word before it, is a one-time code's, not any compound's. */
    private static boolean isOneTimeCodeWord(String text, int wordStart) {
        var code = CodeWord.at(text, wordStart);
        // English writes a code's kind as a word of its own before "code": "cost centre code" names a thing's
        return Characters.startsWithAny(code.word(), ONE_TIME_STEMS) || BARE_CODE_WORDS.contains(code.word())
                && (!code.word().equals("code") || code.previous().isEmpty() || ENGLISH_DETERMINERS.contains(code.previous())
                || Characters.startsWithAny(code.previous(), ONE_TIME_STEMS));
    }

    /** Whether the code's word, or in English the word before it, names what the code is of. */
    static boolean namesAThing(String text, int wordStart) {
        var code = CodeWord.at(text, wordStart);
        return Characters.startsWithAny(code.word(), NAMING_STEMS) || (code.word().equals("code") || code.word().equals("codes"))
                && Characters.startsWithAny(code.previous(), NAMING_STEMS);
    }

    /** The code's word in lower case, and the word before it, which names an English code's kind ("tracking code"). */
    private record CodeWord(String word, String previous) {

        static CodeWord at(String text, int wordStart) {
            int wordEnd = wordStart;
            while (wordEnd < text.length() && (Characters.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
                wordEnd++;
            }
            int before = Characters.beforeAny(text, wordStart, " \t");
            return new CodeWord(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT),
                    text.substring(Characters.wordStart(text, before), before).toLowerCase(Locale.ROOT));
        }
    }
}
