package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Set;

/**
 * A number given in one breath with the emergency number, as the line to call for what is no emergency: "Vid
 * vattenläcka jourtelefon 08-…, vid fara 112", "For a burst pipe out of hours ring 0800 …; if anyone is in danger,
 * 999", "voi soittaa poliisille (ei 112, vaan 029 …)". A notice that sets a number beside 112 or 999 names a service's
 * on-call or non-emergency line, which no one person answers (R5.3 covers a person's phone). Only words may stand
 * between the two, in the same clause: a contact line's fields ("Mobil: 040 … · Växel: 112"), a record's cells
 * ("…;112;44:28") and a number that holds the digits ("050 72 80 112") leave the number a phone, and so does a number
 * its clause gives as the writer's own ("soita minulle 040 …, hätätilanteessa 112") or names a person in ("Caller Anna
 * Virtanen 040 …, advised to call 112.", "112, Liisan numero 040 …"): a person may name both.
 */
final class NonEmergencyLines {

    /** The emergency numbers of Europe (112), the United Kingdom (999) and North America (911). */
    private static final Set<String> EMERGENCY_NUMBERS = Set.of("112", "999", "911");
    private static final int EMERGENCY_DIGITS = 3;
    /** How far from the number the emergency number may stand: a clause's few words. */
    private static final int REACH = 40;
    /** What may stand between the number and the emergency number besides letters: a clause's spaces and marks. */
    private static final String BETWEEN = " ,;()'’–-";
    /** What closes the clause right after the emergency number. */
    private static final String CLAUSE_MARKS = ".,;:)!\n";
    /** What ends the clause before the number. */
    private static final String SENTENCE_MARKS = ".!?;\n";
    /** What opens a clause inside a sentence. */
    private static final String CLAUSE_OPENERS = ",(";

    private NonEmergencyLines() {
    }

    /** Drops the phones found from {@code first} on that stand beside the emergency number. */
    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() == EntityType.PHONE && (emergencyAfter(text, phone.end()) || emergencyBefore(text, phone.start()))
                    && !writersOwn(text, phone.start()) && !nameInClause(text, phone.start())) {
                findings.remove(i);
            }
        }
    }

    private static boolean writersOwn(String text, int start) {
        int from = start;
        while (from > 0 && start - from < REACH && SENTENCE_MARKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return WritersOwnNumbers.givenIn(text, from, start);
    }

    /**
     * Whether a name-shaped word, capitalised and not opening its sentence, stands in the number's clause before it:
     * "Caller Anna Virtanen 040 …, advised to call 112.", "Ohjasin soittamaan 112, Liisan numero 040 …": the named
     * person's number, whatever the emergency number beside it. An acronym ("HSY", "I") is no name.
     */
    private static boolean nameInClause(String text, int start) {
        int from = start;
        while (from > 0 && SENTENCE_MARKS.indexOf(text.charAt(from - 1)) < 0 && CLAUSE_OPENERS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        boolean opensSentence = from == 0 || SENTENCE_MARKS.indexOf(text.charAt(from - 1)) >= 0;
        for (int i = from; i + 1 < start; i++) {
            if (Characters.isLetter(text.charAt(i)) && (i == 0 || !Characters.isLetter(text.charAt(i - 1)))) {
                if (!opensSentence && Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1))) {
                    return true;
                }
                opensSentence = false;
            }
        }
        return false;
    }

    private static boolean emergencyAfter(String text, int end) {
        boolean words = false;
        for (int i = end; i < Math.min(text.length(), end + REACH); i++) {
            char c = text.charAt(i);
            if (Scan.isDigit(c)) {
                return words && emergencyNumberAt(text, i);
            }
            if (!Characters.isLetter(c) && BETWEEN.indexOf(c) < 0) {
                return false;
            }
            words |= Characters.isLetter(c);
        }
        return false;
    }

    private static boolean emergencyBefore(String text, int start) {
        boolean words = false;
        for (int i = start - 1; i >= Math.max(0, start - REACH); i--) {
            char c = text.charAt(i);
            if (Scan.isDigit(c)) {
                return words && i + 1 >= EMERGENCY_DIGITS && emergencyNumberAt(text, i + 1 - EMERGENCY_DIGITS);
            }
            if (!Characters.isLetter(c) && BETWEEN.indexOf(c) < 0) {
                return false;
            }
            words |= Characters.isLetter(c);
        }
        return false;
    }

    /**
     * Whether an emergency number stands alone at {@code at}, closing its clause: no digit or group of digits joined
     * before it, a mark or the line's end after it ("vid fara 112.", "(ei 112, vaan …"), not a word it counts ("the 112
     * invoices").
     */
    private static boolean emergencyNumberAt(String text, int at) {
        int end = at + EMERGENCY_DIGITS;
        if (end > text.length() || !EMERGENCY_NUMBERS.contains(text.substring(at, end))) {
            return false;
        }
        boolean joinedBefore = at > 0 && (Characters.isLetterOrNumber(text.charAt(at - 1)) || "+-./".indexOf(text.charAt(at - 1)) >= 0
                || at > 1 && text.charAt(at - 1) == ' ' && Scan.isDigit(text.charAt(at - 2)));
        boolean closesClause = end == text.length() || CLAUSE_MARKS.indexOf(text.charAt(end)) >= 0
                && (end + 1 == text.length() || !Scan.isDigit(text.charAt(end + 1)));
        return !joinedBefore && closesClause;
    }
}
