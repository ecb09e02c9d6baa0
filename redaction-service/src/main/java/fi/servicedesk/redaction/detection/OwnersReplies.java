package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * A business's public reply to a review ("Omistajan vastaus:", "Svar från ägaren:", "Response from the owner", as
 * Google, Tripadvisor and Trustpilot head it) speaks for the business, not for the employee who signs it: the number
 * it asks the reviewer to call ("Soitathan minulle 020 …", "Ring gärna 08-…") is the business's line. The reply runs
 * from its heading to the next blank line.
 */
final class OwnersReplies {

    /** The headings review sites put over the business's reply, in lower case. */
    private static final List<String> HEADINGS = List.of("omistajan vastaus", "yrityksen vastaus", "svar från ägaren",
            "ägarens svar", "response from the owner", "reply from the owner", "owner's response", "owner’s response");

    private OwnersReplies() {
    }

    /** Whether the number at {@code start} stands in the paragraph a reply's heading opens. */
    static boolean holds(String text, int start) {
        int paragraph = text.lastIndexOf("\n\n", start);
        int headingEnd = text.indexOf('\n', paragraph + 2);
        if (paragraph < 0 || headingEnd < 0 || headingEnd > start) {
            return false;
        }
        var heading = text.substring(paragraph + 2, headingEnd).toLowerCase(Locale.ROOT);
        return HEADINGS.stream().anyMatch(heading::startsWith);
    }
}
