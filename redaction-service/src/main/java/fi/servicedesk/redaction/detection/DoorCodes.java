package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A door's, gate's or parcel locker's code in a housing company's, a property's or a carrier's messages (R8.2): digits
 * after a code's word ("ovikoodi 4821", "Vanha koodi on 0932", "the door code is 7714", "portkoden: 2580", with the
 * keypad's star or hash: "ovikoodi *4821", "duschkod #1194", "door code 4821#", its star joining two groups:
 * "Rapun ovikoodi on 5031*74", read in two pairs: "shower code 53-24", or a keypad's letter after or before three or
 * four digits: "porttikoodi 801C", "Portkod 1604A", "huoneen 9793 ovikoodi P461") in a message that speaks of a door,
 * gate, entrance, intercom or barrier ("ovipuhelin", "rappu", "porttikoodi", "door", "gate", "dörr", "porttelefon",
 * "puomin", "bommen"), or of a parcel locker whose door the recipient's pickup code opens ("InPost Locker ...
 * Collection code 48711858", "Posti-automaatti ... Noutokoodi 36152450", "Upplåsningskod 291711", and the new code sent
 * when it fails: "New code 140089 sent", "uusi noutokoodi 4052", "Ny kod 1812"). The code opens the door for whoever
 * reads it, so it is a credential, as a PIN is; the door words keep out the codes that name things ("virhekoodi 1603",
 * an SMS's expired one-time code in a message about logging in, which stays).
 */
final class DoorCodes {

    private static final int MIN_DIGITS = 4;
    private static final int MAX_DIGITS = 8;
    /** The keypad's keys typed before or after a code's digits ("*4821", "#1194", "4821#"). */
    private static final String KEYPAD_MARKS = "#*";
    /** The fewest digits of each group a keypad's star joins ("5031*74"). */
    private static final int MIN_JOINED_GROUP = 2;
    /** The hyphen and second pair of a code read in two pairs ("53-24"). */
    private static final int PAIR_TAIL = 3;
    /**
     * How a code's word ends, also inside a compound and with a possessive suffix: "koodi", "ovikoodin", "ovikoodisi",
     * "code", "portkoden"; a keypad's or key
     * safe's name stands for its code on a care visit's or work order's line ("keypad 3483", "avainsäilö 4207",
     * "nyckelgömma 0763", "key safe 7476").
     */
    private static final List<String> CODE_WORD_ENDINGS = List.of("koodi", "koodia", "koodin", "koodini", "koodisi",
            "koodinsa", "koodimme", "koodinne", "koodit", "code", "kod", "koden", "koder", "keypad", "säilö", "gömma", "safe");
    /** Words between a code's word and its digits: "koodi on 4821", "code is 7714", "koden är 2580". */
    private static final Set<String> VERBS = Set.of("on", "oli", "is", "was", "är", "var", "nyt", "now", "nu");
    /**
     * How a word that speaks of a door begins: "ovi", "ovipuhelin", "rappukäytävä", "doorbell", "dörren"; keys, a key
     * safe by the door ("avaimet", "avainsäilö", "nycklar", "nyckelbox", "keysafe") and a keypad open it as its code does;
     * not a key that is a figure ({@link #FIGURATIVE_KEY_PARTS}). A parcel locker ("locker", "pakettiautomaatti",
     * "paketskåp", "paketautomat") and an unlocking ("upplåsningskod", "avauskoodi", "unlock") speak of a locker's door;
     * a gate, a shower, a sauna or a laundry room shared by a harbour's, a campsite's or a block's users opens with a code
     * as a door does ("grindkod", "suihkun koodi", "shower code", "bastun", "pesutupa", "tvättstugan"), and so do a
     * road's barrier ("puomin", "bommen", "barrier"), a stairway ("trappuppgången", "stairwell") and a block's shared
     * refuse or store room ("jätekatoksen", "soprummet", "miljöhuset", "förrådet", "bin store"); a pickup alone does
     * not: the pickup code a service point's counter asks for with an ID ("on noudettavissa Yrjönkatu 23 A ...
     * noutokoodi 1043") opens nothing.
     */
    private static final List<String> DOOR_STEMS = List.of("ovi", "portti", "portin", "rappu", "porras", "porrashuone",
            "summeri", "door", "dörr", "porttelefon", "portkod", "trapphus", "intercom", "avain", "avaim", "nyckel",
            "nycklar", "keysafe", "keypad", "locker", "pakettiautomaat", "pakettikaap", "paketskåp", "paketautomat",
            "upplåsning", "avauskoodi", "unlock", "grind", "suihku", "dusch", "shower", "sauna", "bastu", "pesutup", "pesutuv",
            "tvättstug", "laundry", "trappupp", "stairw", "puomi", "barrier", "jätekato", "roskakato", "jätehuone",
            "roskahuone", "soprum", "sophus", "miljörum", "miljöhus", "förråd", "cykelrum", "storeroom");
    /** The stems of a key's word, which also begin compounds where the key is a figure: "avainsana", "nyckeltal". */
    private static final List<String> KEY_STEMS = List.of("avain", "nyckel");
    /**
     * What a figurative key's compound goes on with: a key word, figure, person, customer or factor ("avainsana",
     * "avainluvut", "avainhenkilö", "avainasiakkaat", "nyckelord", "nyckeltal", "nyckelkund"); no door is meant.
     */
    private static final List<String> FIGURATIVE_KEY_PARTS = List.of("sana", "luku", "luvu", "henkilö", "asiaka",
            "asiakk", "tekijä", "ord", "tal", "person", "kund");
    /** Words that speak of a door whole, whose stems open other words ("gateway", "over"; "port" is a network's too). */
    private static final Set<String> DOOR_WORDS = Set.of("ovea", "ovessa", "ovesta", "oveen", "ovella", "ovelta",
            "ovelle", "ovet", "gate", "gates", "entrance", "buzzer", "porten", "entré", "entrén",
            // a road's barrier ("bommen"; "bom" opens "bomb" and "bomull")
            "bom", "bommen", "bommar", "bommarna",
            // a parcel locker's second word: "Posti-automaatti", "Lähellä-automaatti" ("automaattinen" is automatic)
            "automaatti", "automaatin", "automaattiin", "automaatissa", "automaatista", "automaatilla", "automaatilta",
            "automaatille", "automaatit");
    /**
     * Places locked by a code that English names in two words, whose second alone is no door's: "key safe" ("safe
     * mode"), "bin store" ("app store"), "bike shed".
     */
    private static final Set<String> TWO_WORD_DOORS = Set.of("key safe", "bin store", "bin shelter", "bin room",
            "bin stores", "refuse store", "refuse room", "bike store", "bike shed", "bike room", "cycle store",
            "storage room", "store room");
    /** The head of a compound of a door, as Voikko's base form ends: "takaovi", "etuoven", "kotiovelle". */
    private static final String DOOR_HEAD = "ovi";
    /** The shortest door's compound ("etuovi"): a shorter word whose base ends so ("lovi") names no door. */
    private static final int MIN_DOOR_COMPOUND = 6;
    private static final Fragment[] CODE_FRAGMENTS = {Fragment.of("koodi"), Fragment.of("code"), Fragment.of("kod"),
            Fragment.of("keypad"), Fragment.of("säilö"), Fragment.of("gömma"), Fragment.of("safe")};

    private DoorCodes() {
    }

    static void find(Text message, List<Finding> findings) {
        if (message.digits() < MIN_DIGITS || !mayHoldCodeWord(message)) {
            return;
        }
        var text = message.value();
        Boolean door = null;
        for (int run = 0; run < message.digitRunCount(); run++) {
            int start = message.digitRun(run);
            int end = start;
            while (end < text.length() && Scan.isDigit(text.charAt(end))) {
                end++;
            }
            // A keypad's star before the code or hash or star after it is typed with it ("*4821", "4821#", "0502*").
            int from = start > 0 && KEYPAD_MARKS.indexOf(text.charAt(start - 1)) >= 0 ? start - 1 : start;
            int to = end < text.length() && KEYPAD_MARKS.indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
            // A keypad's code read in two pairs ("53-24") is four digits as one.
            boolean pairs = from == start && to == end && isPairOfPairs(text, start, end);
            to = pairs ? end + PAIR_TAIL : to;
            // A keypad's star may join the code's two groups ("5031*74"): its digits are the code's, counted as one.
            int joined = from == start && to == end + 1 ? joinedGroupEnd(text, start, end) : end;
            int digits = end - start + (joined > end ? joined - end - 1 : 0);
            to = joined > end ? joined : to;
            // A keypad's letter key may end or open a code of three or four digits ("801C", "1604A", "P461").
            boolean shortCode = end - start >= MIN_DIGITS - 1 && end - start <= MIN_DIGITS;
            boolean letterKey = to == end && shortCode && end < text.length() && isKeypadLetter(text.charAt(end));
            boolean letterFirst = !letterKey && from == start && shortCode && start > 0
                    && isKeypadLetter(text.charAt(start - 1));
            to = letterKey ? end + 1 : to;
            from = letterFirst ? start - 1 : from;
            int least = letterKey || letterFirst ? MIN_DIGITS - 1 : pairs ? 2 : MIN_DIGITS;
            if (digits < least || digits > MAX_DIGITS || !Characters.numberStandsAlone(text, from, to)) {
                continue;
            }
            // an error's code in a message of an unlocking ("Unlock failed, error code 1603") opens no door
            int word = codeWordStart(text, from);
            if (word < 0 || SentCodes.namesAThing(text, word)) {
                continue;
            }
            door = door == null ? speaksOfADoor(text) : door;
            if (!door) {
                return;
            }
            findings.add(Finding.of(EntityType.CREDENTIAL, text, from, to));
        }
    }

    /** Two digits, a hyphen and two digits that end the number: "53-24", not "12-2026" or "10-15-20". */
    static boolean isPairOfPairs(String text, int start, int end) {
        int tail = end + PAIR_TAIL;
        return end - start == 2 && tail <= text.length() && text.charAt(end) == '-'
                && Scan.isDigit(text.charAt(end + 1)) && Scan.isDigit(text.charAt(end + 2))
                && (tail == text.length() || !Characters.isLetterOrNumber(text.charAt(tail)) && text.charAt(tail) != '-');
    }

    /**
     * Where a code's second group ends when a keypad's star joins it to the first, two digits or more each side
     * ("5031*74", "12*3456"); {@code end} when the star is no joint.
     */
    static int joinedGroupEnd(String text, int start, int end) {
        if (end - start < MIN_JOINED_GROUP || text.charAt(end) != '*') {
            return end;
        }
        int tail = end + 1;
        while (tail < text.length() && Scan.isDigit(text.charAt(tail))) {
            tail++;
        }
        return tail - end - 1 >= MIN_JOINED_GROUP ? tail : end;
    }

    private static boolean isKeypadLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean mayHoldCodeWord(Text message) {
        return Fragment.anyMayBeIn(CODE_FRAGMENTS, message);
    }

    /**
     * Where the code's word that stands right before the digits, over a colon, an equals sign or "on", "is", "är",
     * begins; -1 when none does.
     */
    static int codeWordStart(String text, int start) {
        int i = Characters.beforeAny(text, start, " \t:=");
        int wordStart = Characters.wordStart(text, i);
        if (VERBS.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
            i = Characters.beforeAny(text, wordStart, " \t");
            wordStart = Characters.wordStart(text, i);
        }
        if (wordStart == i) {
            return -1;
        }
        var word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
        return Characters.endsWithAny(word, CODE_WORD_ENDINGS) ? wordStart : -1;
    }

    private static boolean isFigurativeKey(String word) {
        for (var stem : KEY_STEMS) {
            if (word.startsWith(stem) && Characters.startsWithAny(word.substring(stem.length()), FIGURATIVE_KEY_PARTS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of the message opens with a door's stem, is a door's word or a compound with a door as its head
     * ("takaoven"),
     * or the message names a place in two words ({@link #TWO_WORD_DOORS}, "key safe", "bin store"): "safe" or "store"
     * alone is a mode's, a setting's or a shop's ("safe mode", "Safe Links", "app store").
     */
    static boolean speaksOfADoor(String text) {
        var previous = "";
        for (int i = 0; i < text.length(); i++) {
            if (Characters.isLetter(text.charAt(i)) && (i == 0 || !Characters.isLetter(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && Characters.isLetter(text.charAt(end))) {
                    end++;
                }
                var word = text.substring(i, end).toLowerCase(Locale.ROOT);
                if (DOOR_WORDS.contains(word) || Characters.startsWithAny(word, DOOR_STEMS) && !isFigurativeKey(word)
                        || isDoorsCompound(text, i, end, word)
                        || TWO_WORD_DOORS.contains(previous + ' ' + word)) {
                    return true;
                }
                previous = word;
                i = end;
            }
        }
        return false;
    }

    /**
     * A compound whose head is a door, by Voikko's base form ("takaoven" → takaovi): a word merely ending as a door's
     * forms do ("proven", "Beethoven") is none.
     */
    private static boolean isDoorsCompound(String text, int start, int end, String lower) {
        if (lower.length() < MIN_DOOR_COMPOUND || !lower.contains("ov")) {
            return false;
        }
        var base = NameLexicon.shared().lookup(text, start, end).ordinaryBase();
        return base != null && base.length() >= MIN_DOOR_COMPOUND && base.toLowerCase(Locale.ROOT).endsWith(DOOR_HEAD);
    }
}
