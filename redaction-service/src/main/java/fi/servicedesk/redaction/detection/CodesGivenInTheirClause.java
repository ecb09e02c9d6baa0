package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A door's, key cabinet's or login's code given later in the clause its word opens (R8.2), where {@link DoorCodes} and
 * the PIN's cue look only right after the word: after the one it is given to and a colon ("kaapin koodi annettiin
 * Ella-Stiinalle: 45918", "Portkod till personalingången för Pia Sumulahti: 40934", "Vahvistuskoodi tulee numeroosi
 * 040 123 4567: 439621"), after a word for whom or what it opens ("Takaoven koodi henkilökunnalle 89919", "varakoodi
 * ovelle M4162"), or right after the word as a key cabinet's pick-up code is printed, two groups of three ("Noutokoodi
 * 179-675", "Kod 250-656"). The code ends its clause; the word must be a secret code's: a login's, one sent to a
 * number ("I've sent a code to 040 123 4567: 482913") or texted to one on a message log's row ("→ 3581830484: …
 * Kod 1109"), a lock's named at the word ("Pukukaapin koodi Ainolle: 042",
 * "Skåpkod för Eva nollställd: 3310", "Henkilökunnan oven koodi Villelle: H0731"), whose keypad may take three digits,
 * a bare code given to someone named before the colon ("ny kod till Chand Sido: 37342373"), or any code of a
 * message that speaks of a door or a key ({@link DoorCodes#speaksOfADoor}), and no code that names a
 * thing ({@link SentCodes#namesAThing}), so a booking's or error's code stays.
 */
final class CodesGivenInTheirClause {

    /**
     * A code's shape: three (a lock's only) to eight digits with the keypad's star or hash before or after them or its
     * star between two groups ("5031*74"), a keypad's code read in two pairs ("53-24"), a keypad's letter beside three
     * or four
     * digits ("M4162", "801C"), two capitals before four digits as a parcel locker prints its pick-up code ("JR2042"), or
     * two groups of three; it ends its clause, or a bracket's remark follows it.
     */
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}*#/.,:+-])(?:[0-9]{2,6}[*][0-9]{2,6}|[*#]?[0-9]{3,8}[#*]?|[A-Z]{1,2}[0-9]{4}"
                    + "|[A-Z][0-9]{3}|[0-9]{3,4}[A-Z]|[0-9]{3}-[0-9]{3}|[0-9]{2}-[0-9]{2})"
                    + "(?=[.,;]?[ \\t]*(?:\\r?\\n|$)|[.,;]\\s|\\s\\()");
    /** How a code's word ends, with its Finnish and Swedish endings: "koodi", "Noutokoodi", "Portkod", "koden". */
    private static final List<String> CODE_WORD_ENDINGS = List.of("koodi", "koodin", "koodia", "koodit", "koodinsa",
            "koodisi", "koodini", "kod", "koden", "code");
    /**
     * How the first part of a code's compound ends when it names what the code unlocks: "pukukaappikoodi", "ovikoodi",
     * "Skåpkod", "lockercode".
     */
    private static final List<String> LOCK_STEMS = List.of("ovi", "kaappi", "lokero", "skåp", "dörr", "locker", "door");
    /**
     * How the word before a code's word ends when it names what the code unlocks, in the genitive: "Henkilökunnan oven
     * koodi", "Pukukaapin koodi", "skåpets kod", "locker code".
     */
    private static final List<String> LOCK_WORD_ENDINGS = List.of("oven", "ovien", "kaapin", "kaappien", "lokeron",
            "skåpets", "dörrens", "locker", "door");
    /** How a login's code's word begins: its code is a secret whatever the message speaks of. */
    private static final List<String> LOGIN_STEMS = List.of("vahvistus", "varmennus", "tunnistus", "kerta",
            "verifierings", "bekräftelse", "säkerhets", "engångs", "verification", "security", "one-time", "login");
    /**
     * How the word before a colon ends when the digits after it are that word's number ("varausnumero: 123456",
     * "kundnummer: 4821"), not the code.
     */
    private static final List<String> NUMBER_WORD_ENDINGS = List.of("numero", "numeroni", "numerosi", "numeronsa",
            "nummer", "numret", "number", "tunnus");
    /** A number's word shortened, which ends no other word only when whole: "nro", "nr", "no", "id". */
    private static final Set<String> NUMBER_ABBREVIATIONS = Set.of("nro", "nr", "no", "id");
    /** The Finnish allative's ending, of whom or what a code is given to: "henkilökunnalle", "ovelle", "Maarialle". */
    private static final String ALLATIVE = "lle";
    private static final int MIN_DIGITS = 4;
    private static final int PICK_UP_PAIR = 7;
    /** How many capitalised words a recipient's name may have between its preposition and the code. */
    private static final int MAX_RECIPIENT_WORDS = 3;
    /** The prepositions of whom a code is given to: "for", "to", "till", "för", "åt". */
    private static final Set<String> RECIPIENT_PREPOSITIONS = Set.of("for", "to", "till", "för", "åt");
    /** The writer's own, answering a question about a code: "Mine is", "Min är", "Mitt är", "Omani on", "Minun on". */
    private static final Set<String> OWN_ONES = Set.of("mine", "min", "mitt", "omani", "minun");
    private static final Set<String> ANSWER_VERBS = Set.of("is", "är", "on");
    /** A code's word alone, naming no kind of code. */
    private static final Set<String> BARE_CODE_WORDS = Set.of("koodi", "koodin", "kod", "koden", "code");
    /** How a Finnish or Swedish genitive ends, naming what a code is of: "Kampanjan koodi", "projektets kod". */
    private static final List<String> GENITIVE_ENDINGS = List.of("n", "s");
    /** The one a code is given to and the colon after them ({@link PickUpCodes#RECIPIENT}). */
    private static final Pattern TO_SOMEONE = Pattern.compile(PickUpCodes.RECIPIENT);
    private static final Fragment[] CODE_FRAGMENTS = {Fragment.of("koodi"), Fragment.of("kod"), Fragment.of("code")};

    private CodesGivenInTheirClause() {
    }

    static void find(Text message, List<Finding> findings) {
        if (message.digits() < MIN_DIGITS - 1 || !Fragment.anyMayBeIn(CODE_FRAGMENTS, message)) {
            return;
        }
        var text = message.value();
        Boolean door = null;
        var code = CODE.matcher(text);
        while (code.find()) {
            int cue = cueBefore(text, code.start(), isPickUpPair(code.group()));
            if (cue < 0 || SentCodes.namesAThing(text, cue)) {
                continue;
            }
            boolean lock = namesALock(text, cue);
            if (isThreeDigits(code.group()) && !lock) {
                continue;
            }
            if (!lock && !Characters.startsWithAny(word(text, cue), LOGIN_STEMS)
                    && !sentToANumber(text, cue, code.start()) && !textedToANumber(text, code.start())
                    && !givenToSomeoneNamed(text, cue, code.start())) {
                door = door == null ? DoorCodes.speaksOfADoor(text) : door;
                if (!door) {
                    continue;
                }
            }
            if (!PasswordsAfterTheirPlace.heldAlready(findings, code.start(), code.end())) {
                findings.add(Finding.of(EntityType.CREDENTIAL, text, code.start(), code.end()));
            }
        }
    }

    /**
     * Where the code's word begins: anywhere earlier in the clause when a colon stands before the code, else right
     * before it, before one allative word, before the name of whom it is given to, or after the writer's own answering a
     * question about it; a pair of three-digit groups only right after its word. -1 when none.
     */
    private static int cueBefore(String text, int start, boolean pair) {
        int end = Characters.beforeSpaces(text, start);
        if (end == start) {
            return -1;
        }
        if (end > 0 && text.charAt(end - 1) == ':') {
            int before = Characters.beforeSpaces(text, end - 1);
            var numberWord = word(text, Characters.wordStart(text, before));
            if (Characters.endsWithAny(numberWord, NUMBER_WORD_ENDINGS) || NUMBER_ABBREVIATIONS.contains(numberWord)) {
                return -1;
            }
            return cueInClause(text, end - 1);
        }
        int wordStart = Characters.wordStart(text, end);
        if (wordStart == end) {
            return -1;
        }
        if (isCodeWord(text, wordStart)) {
            return wordStart;
        }
        if (pair) {
            return -1;
        }
        if (word(text, wordStart).endsWith(ALLATIVE)) {
            return codeWordRightBefore(text, wordStart);
        }
        // A building's part before the number is what it numbers, no one a code is given to ("the door code for
        // Block 1204", "access code to Level 12").
        int recipient = BuildingParts.isPart(text, wordStart, end) ? -1 : recipientStart(text, wordStart);
        return recipient >= 0 ? codeWordRightBefore(text, recipient) : codeWordOfTheQuestion(text, wordStart);
    }

    /** Where the code's word right before {@code wordStart} begins, or -1. */
    private static int codeWordRightBefore(String text, int wordStart) {
        int before = Characters.beforeSpaces(text, wordStart);
        int cue = Characters.wordStart(text, before);
        return before < wordStart && cue < before && isCodeWord(text, cue) ? cue : -1;
    }

    /**
     * Where the one a code is given to begins when the code follows that one's name: "gate code for Ann Lee 4821",
     * "grindkod till Eva *0985", "Portkod åt Pia-Maria 5323#": one to three capitalised words after "for", "to",
     * "till", "för" or "åt". -1 when the words before the code are no such name.
     */
    private static int recipientStart(String text, int wordStart) {
        int at = wordStart;
        for (int names = 0; names < MAX_RECIPIENT_WORDS; names++) {
            if (!Character.isUpperCase(text.charAt(at))) {
                return -1;
            }
            int before = Characters.beforeSpaces(text, at);
            int previous = Characters.wordStart(text, before);
            if (before == at || previous == before) {
                return -1;
            }
            if (RECIPIENT_PREPOSITIONS.contains(word(text, previous))) {
                return previous;
            }
            at = previous;
        }
        return -1;
    }

    /**
     * The code's word of the question a code answers with the writer's own: "Could they have the gate code? Mine is
     * 4821", "Kan hen få grindkoden? Min är 0932", "Saako hän portin koodin? Omani on 7714". -1 when the code follows
     * no such answer.
     */
    private static int codeWordOfTheQuestion(String text, int wordStart) {
        if (!ANSWER_VERBS.contains(word(text, wordStart))) {
            return -1;
        }
        int before = Characters.beforeSpaces(text, wordStart);
        int own = Characters.wordStart(text, before);
        if (before == wordStart || own == before || !OWN_ONES.contains(word(text, own))) {
            return -1;
        }
        int question = Characters.beforeSpaces(text, own) - 1;
        if (question == own - 1 || question < 1 || text.charAt(question) != '?') {
            return -1;
        }
        int cue = Characters.wordStart(text, question);
        return cue < question && isCodeWord(text, cue) ? cue : -1;
    }

    /** The last code's word between the clause's start and {@code end}: the clause ends at a line break or a stop. */
    private static int cueInClause(String text, int end) {
        for (int i = end; i > 0; i--) {
            char c = text.charAt(i - 1);
            if (c == '\n' || ".,;!?".indexOf(c) >= 0 && i < text.length() && Character.isWhitespace(text.charAt(i))) {
                return -1;
            }
            if (Characters.isLetter(c) && (i == end || !Characters.isLetter(text.charAt(i)))) {
                int wordStart = Characters.wordStart(text, i);
                if (isCodeWord(text, wordStart)) {
                    return wordStart;
                }
                i = wordStart + 1;
            }
        }
        return -1;
    }

    /**
     * Whether the code's word names what it unlocks, in its compound ("Skåpkod", "ovikoodi") or in the genitive before
     * it ("Pukukaapin koodi", "Henkilökunnan oven koodi", "locker code"): a lock's code is a secret whatever else the
     * message speaks of.
     */
    private static boolean namesALock(String text, int cue) {
        var word = word(text, cue);
        for (var ending : CODE_WORD_ENDINGS) {
            if (word.endsWith(ending)) {
                if (Characters.endsWithAny(word.substring(0, word.length() - ending.length()), LOCK_STEMS)) {
                    return true;
                }
                break;
            }
        }
        int before = Characters.beforeSpaces(text, cue);
        return before < cue && Characters.endsWithAny(word(text, Characters.wordStart(text, before)), LOCK_WORD_ENDINGS);
    }

    /**
     * A code sent to the number that stands before its colon is a one-time code: "I've sent a code to 040 123 4567:
     * 482913"; a code sent to someone named ("Code sent to the user, ticket: 482913") is not told so.
     */
    private static boolean sentToANumber(String text, int cue, int code) {
        int colon = Characters.beforeSpaces(text, code) - 1;
        return colon > 0 && text.charAt(colon) == ':' && Scan.isDigit(text.charAt(colon - 1))
                && CodesSentToANumber.namesACodeSent(text, CodesSentToANumber.sentenceStart(text, cue), colon);
    }

    /**
     * A code whose bare word names the one it is given to before the colon ("ny kod till Chand Sido: 37342373", "new
     * code for Anna: 4821", "koodi Maijalle: 4821"): whatever it opens, it is theirs to type; a compound's code and
     * one after a genitive name its kind ("projektkod för Alfa: 4821", "Kampanjan koodi Liisalle: 5821", "projektets
     * kod till Eva: 4821") and need the door, the lock or the login.
     */
    private static boolean givenToSomeoneNamed(String text, int cue, int code) {
        var word = word(text, cue);
        int before = Characters.beforeSpaces(text, cue);
        var previous = before < cue ? word(text, Characters.wordStart(text, before)) : "";
        return BARE_CODE_WORDS.contains(word) && !Characters.endsWithAny(previous, GENITIVE_ENDINGS)
                && TO_SOMEONE.matcher(text).region(cue + word.length(), code).matches();
    }

    /**
     * A code in a text message a log row says went to or came from a number ("2026-07-24 02:57:58 → 3581830484: …
     * kan hämtas på Coop Ekenäs. Kod 1109"): the person at that number is given it to type, as a one-time code is.
     */
    private static boolean textedToANumber(String text, int code) {
        int lineStart = Characters.lineStart(text, code);
        return MessageLogLines.messageStart(text, lineStart, code) > lineStart;
    }

    /** Two groups of three digits, as a key cabinet prints its pick-up code ("179-675"). */
    private static boolean isPickUpPair(String code) {
        return code.length() == PICK_UP_PAIR && code.indexOf('-') > 0;
    }

    /** Three digits with no keypad's letter, maybe with its star or hash: only a lock's code is so short. */
    private static boolean isThreeDigits(String code) {
        return code.replace("*", "").replace("#", "").length() == MIN_DIGITS - 1;
    }

    private static boolean isCodeWord(String text, int wordStart) {
        return Characters.endsWithAny(word(text, wordStart), CODE_WORD_ENDINGS);
    }

    /** The word of letters and hyphens that begins at {@code start}, in lower case. */
    private static String word(String text, int start) {
        int end = start;
        while (end < text.length() && (Characters.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
