package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An FAQ's answer that opens by telling the reader to call a number ("F: Jag har tappat mobilen?" then "S: Ring
 * 0771-… och spärra abonnemanget", "Q: Lost your phone?" then "A: Call 0800 …"): a page of questions and answers
 * speaks to every reader, so the number it tells them to call is a service's line, not a person's (R5.3). Only an
 * answer right after its question's line whose first words are the call's verb and the number: an answer that names
 * someone to call ("S: Kontakta Inga Berg, 070 …") or speaks of someone's number keeps it a phone.
 */
final class FaqCallNumbers {

    /** A question's label opening its line: Swedish "F:", Finnish "K:", English "Q:", and their whole words. */
    private static final Pattern QUESTION = Pattern.compile("(?:[FKQ]|Fråga|Kysymys|Question):\\s");
    /**
     * An answer's label (Swedish "S:", Finnish "V:", English "A:") opening its line, the imperative of calling and at
     * most one adverb of when ("Soita heti", "Ring genast", "Call now"), right before the number.
     */
    private static final Pattern ANSWER_TO_CALL = Pattern.compile("(?:[SVA]|Svar|Vastaus|Answer):\\s+"
            + "(?:Ring|Soita|Call|Phone)(?:\\s+(?:heti|ensin|genast|direkt|först|now|first|immediately))?\\s+$");

    private FaqCallNumbers() {
    }

    /** Drops the phones found from {@code first} on that an FAQ's answer tells the reader to call. */
    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() == EntityType.PHONE && toldToCall(text, phone.start())) {
                findings.remove(i);
            }
        }
    }

    private static boolean toldToCall(String text, int start) {
        int lineStart = Characters.lineStart(text, start);
        if (lineStart < 2 || !ANSWER_TO_CALL.matcher(text).region(lineStart, start).matches()) {
            return false;
        }
        int questionStart = Characters.lineStart(text, lineStart - 1);
        return QUESTION.matcher(text).region(questionStart, lineStart).lookingAt();
    }
}
