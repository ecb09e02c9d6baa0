package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A card's number is no phone (R5.3 covers a person's phone): the number a card's word gives right before it
 * ("Kirjastokortti 0379937934", "Lånekort 0878428295", "card 0473086861", "tunnistettu kirjastokortista …"), maybe over a
 * code in capitals that the card's number opens with ("kortti LIB 0385 6563 5090"), and a number printed as such an
 * id is, a code in capitals and three or more groups of four digits ("(LIB 0511 3496 2724)"), as no phone is written;
 * so is the new one's number after a card's word a few words before it in its sentence ("kortti suljettu, uusi
 * 0670844575": the card closed, the new one's number), unless the sentence speaks of a phone or a SIM card too.
 * A comma between the word and the number makes the number the clause's apposition ("Hänellä on oma kortti, 041 …":
 * she has a card of her own, and her number), a SIM card's or a business card's number is its holder's phone, and a
 * number after "+" is one whatever stands before it. A list's column titled for the card ("sukunimi;etunimi;kortti;
 * puhelin") holds the cards' numbers ({@link NumbersInThingColumns}).
 */
final class NumbersOnCards {

    /** A card's word as it ends a word, in its cases and compounds: "kirjastokortista", "lånekortet", "card". */
    private static final List<String> CARD_WORDS = List.of("kortti", "kortin", "kortista", "kortilla", "korttia",
            "korttini", "korttinsa", "kort", "kortet", "kortets", "card");
    /** The cards whose number is their holder's phone, as a compound's head or the word before: "SIM-kortti", "business card". */
    private static final List<String> PHONES_CARDS = List.of("sim", "esim", "käynti", "visit", "business", "contact",
            "calling", "phone", "puhelin", "prepaid", "liittymä");
    private static final Set<String> PHONES_CARDS_WORDS = Set.copyOf(PHONES_CARDS);
    /** Words for a new one, standing for the card the sentence named before: "uusi", "new", "nytt". */
    private static final Set<String> NEW_ONES = Set.of("uusi", "uuden", "new", "ny", "nytt", "nya");
    /** How many words before the new one the card's word may stand: "kortti suljettu, uusi", "card was blocked, new". */
    private static final int NEAR_A_NEW_ONE = 3;
    /** What ends the sentence before the card's word. */
    private static final String SENTENCE_ENDS = ".!?\n";
    /** The letters of a code a card's number opens with: "LIB", "ID". */
    private static final int MIN_CODE = 2;
    private static final int MAX_CODE = 5;
    /** The groups of four digits an id printed so has at least: "0511 3496 2724". */
    private static final int MIN_GROUPS = 3;
    private static final int GROUP = 4;
    /** What may stand between a card's word and its number. */
    private static final String BETWEEN = " :(";

    private NumbersOnCards() {
    }

    /** Drops the phones found from {@code first} on that a card's word or an id's code in capitals gives. */
    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() == EntityType.PHONE && text.charAt(phone.start()) != '+' && onACard(text, phone.start())) {
                findings.remove(i);
            }
        }
    }

    /** Whether the words before the number at {@code start} give it as a card's, or it is printed as a coded id. */
    private static boolean onACard(String text, int start) {
        int i = Characters.beforeAny(text, start, BETWEEN);
        int code = capitalsCodeBefore(text, i, start);
        if (code >= 0) {
            if (inGroupsOfFour(text, start)) {
                return true;
            }
            i = Characters.beforeAny(text, code, BETWEEN);
        }
        int wordStart = Characters.wordStart(text, i);
        if (wordStart == i) {
            return false;
        }
        var word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
        return cardsWord(word) && !phonesCardBefore(text, wordStart) || NEW_ONES.contains(word) && cardEarlierInSentence(text, wordStart);
    }

    /**
     * Whether a card's word stands among the {@link #NEAR_A_NEW_ONE} words before {@code at} ("Kortti suljettu, uusi …"),
     * and no word of the sentence before it speaks of a phone: where the phone was lost or its SIM card changed too
     * ("Puhelin varastettiin ja kortti suljettiin, uusi 040…"), the new one may as well be the phone's number.
     */
    private static boolean cardEarlierInSentence(String text, int at) {
        int from = at;
        while (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        boolean card = false;
        int words = 0;
        for (int end = at; end > from; ) {
            int start = Characters.wordStart(text, end);
            if (start < end) {
                var word = text.substring(start, end).toLowerCase(Locale.ROOT);
                if (phonesWord(text, start, end, word)) {
                    return false;
                }
                card |= ++words <= NEAR_A_NEW_ONE && cardsWord(word);
            }
            end = start < end ? start : end - 1;
        }
        return card;
    }

    /** Whether the word is a phone's cue ("puhelin", "numerosta") or a phone's card ("SIM", "SIM-kortin"). */
    private static boolean phonesWord(String text, int start, int end, String word) {
        return PhoneCues.isCue(text, start, end) || PHONES_CARDS_WORDS.contains(word)
                || Characters.endsWithAny(word, CARD_WORDS) && Characters.startsWithAny(word, PHONES_CARDS);
    }

    /** Where a code in capitals ending at {@code end} opens ("LIB" of "card LIB 0385 …"), or -1. */
    private static int capitalsCodeBefore(String text, int end, int number) {
        int i = end;
        while (i > 0 && text.charAt(i - 1) >= 'A' && text.charAt(i - 1) <= 'Z') {
            i--;
        }
        boolean alone = i == 0 || !Characters.isLetterOrNumber(text.charAt(i - 1));
        return end < number && end - i >= MIN_CODE && end - i <= MAX_CODE && alone && !PhoneCues.isCue(text, i, end) ? i : -1;
    }

    /** Whether three or more groups of four digits, each after one space, open at {@code start}. */
    private static boolean inGroupsOfFour(String text, int start) {
        int groups = 0;
        for (int i = start; ; i += GROUP + 1) {
            if (i + GROUP > text.length() || !NumbersInPhoneFields.allDigits(text, i, i + GROUP)
                    || i + GROUP < text.length() && Scan.isDigit(text.charAt(i + GROUP))) {
                return groups >= MIN_GROUPS;
            }
            groups++;
            if (i + GROUP >= text.length() || text.charAt(i + GROUP) != ' ') {
                return groups >= MIN_GROUPS;
            }
        }
    }

    /** Whether the word, in lower case, is a card's (a list's column title too), not one that is a phone's. */
    static boolean cardsWord(String word) {
        return Characters.endsWithAny(word, CARD_WORDS) && !Characters.startsWithAny(word, PHONES_CARDS);
    }

    /** Whether the word before the card's ("SIM card", "business card") makes it a card that holds a phone. */
    private static boolean phonesCardBefore(String text, int wordStart) {
        int end = Characters.beforeAny(text, wordStart, " -");
        int start = Characters.wordStart(text, end);
        return start < end && end < wordStart && PHONES_CARDS_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
