package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A number that pays nothing, whose word stands right before it. A shop's own card, a gift or loyalty card: "Sain
 * lahjakortin (6394305750006219953, PIN ...)", "ett presentkort (6713 8626 5576 2373, PIN ...)", "gift card number:
 * ...", "kaksi kanta-asiakasnumeroa (3689 2950 3966 9641 ja ...)". Its number is printed on the card and may pass Luhn,
 * but it pays nothing outside the shop and names no person's account, so it stays in clear as an order number does.
 * A shipment's tracking number ("tracking 5580 1177 4907 8076", "lähetyksesi 3750 4536 3046 0696 on noudettavissa")
 * is printed in fours as a card is and may pass Luhn too, and so is a parcel's ("Ditt paket 3855706862666916 kan
 * hämtas") or a pallet's serial shipping container code, its GS1 application identifier maybe before it ("SSCC (00)
 * 383793783288928585"). A ticket's or a product's barcode is printed in fours as well ("vanha viivakoodi 4529 6627 7452
 * 1083 mitätöity", "barcode 4408 …", "streckkod …") and opens the gate or the till, never a bank's account. A
 * payment's reference (Finnish "viite", Swedish "referens" or "OCR") is as long as a card's number and its check digit
 * may pass Luhn too ("palautettu, viite 2034 …"), but it names the payment, not the payer's card.
 */
final class NumbersThatPayNothing {

    /** How far before a number its card's word may begin: "kanta-asiakasnumeroa (" is the longest. */
    private static final int MAX_REACH = 40;
    /**
     * How a store card's or a shipment's word begins, with its endings and compounds: "lahjakortin", "presentkortet",
     * "kanta-asiakasnumero", "seurantanumero", "lähetyksesi", "försändelsen".
     */
    private static final List<String> CARD_STEMS = List.of("lahjakort", "presentkort", "gift card", "giftcard",
            "gift-card", "kanta-asiakas", "bonuskort", "kundkort", "stamkund", "loyalty card", "store card",
            "tracking", "seuranta", "spårning", "lähety", "shipment", "parcel", "försändelse", "kolli", "paket",
            "package", "sändning", "sscc", "waybill", "rahtikirja", "fraktsedel", "viivakood", "barcode", "bar code",
            "streckkod", "viite", "viitte", "referens", "payment reference", "ocr");
    /** Words that may stand between the card's word and its number: "gift card number", "lahjakortti nro". */
    private static final Set<String> NUMBER_WORDS = Set.of("number", "no", "nr", "nro", "numero", "numeron", "nummer",
            "numret", "numbers", "code", "id");
    /** A GS1 application identifier in brackets before the code it tells ("(00)" of an SSCC). */
    private static final Pattern GS1_IDENTIFIER = Pattern.compile("\\(\\d\\d\\)");
    private static final int GS1_IDENTIFIER_LENGTH = 4;
    /** Marks that may stand between the card's word and its number: "(", ":", "#". */
    private static final String BETWEEN = " (:#";

    private NumbersThatPayNothing() {
    }

    /** Whether a store card's or a shipment's word, and nothing but a word for its number, stands right before {@code start}. */
    static boolean numberAt(String text, int start) {
        int from = Math.max(Characters.lineStart(text, start), start - MAX_REACH);
        var before = text.substring(from, start).toLowerCase(Locale.ROOT);
        for (var stem : CARD_STEMS) {
            int at = before.lastIndexOf(stem);
            if (at >= 0 && onlyTheNumbersWordsAfter(before, at + stem.length())) {
                return true;
            }
        }
        return false;
    }

    /** The rest of the card's word, then marks and number words alone up to the end of {@code before}. */
    private static boolean onlyTheNumbersWordsAfter(String before, int from) {
        int i = from;
        while (i < before.length() && (Characters.isLetter(before.charAt(i)) || before.charAt(i) == '-')) {
            i++;
        }
        while (i < before.length()) {
            if (GS1_IDENTIFIER.matcher(before).region(i, before.length()).lookingAt()) {
                i += GS1_IDENTIFIER_LENGTH;
                continue;
            }
            if (BETWEEN.indexOf(before.charAt(i)) >= 0) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < before.length() && Characters.isLetter(before.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == i || !NUMBER_WORDS.contains(before.substring(i, wordEnd))) {
                return false;
            }
            i = wordEnd;
            if (i < before.length() && before.charAt(i) == '.') {
                i++;
            }
        }
        return true;
    }
}
