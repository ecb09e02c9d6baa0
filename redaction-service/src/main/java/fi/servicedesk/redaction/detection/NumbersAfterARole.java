package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * A number that ends its line after a person's role in brackets and a comma ("Omistaja: Xebat Mizuri (eläinhoitaja),
 * 09112720338", "Assignee: Crina Păun (Customer Service Agent), 074 945 8357", "Ansvarig: … (kundtjänstmedarbetare),
 * 090 3492 1441"): a ticket's or a record's line that gives a person, what they do and how to reach them. The number
 * is theirs (R5.3), read as one whatever its shape, as after a strong cue ({@link StronglyCuedNumbers}): a writer's
 * number must not stay in clear because no plan knows it (R3.2). A thing's number is not so written: its label
 * stands before it, and a bracket with digits ("(hirer, 963-3194681)") holds no role.
 */
final class NumbersAfterARole {

    /** What parts the role's bracket from the number: "), ". */
    private static final String AFTER_ROLE = "), ";

    private final StronglyCuedNumbers cued;

    NumbersAfterARole(StronglyCuedNumbers cued) {
        this.cued = cued;
    }

    void find(Text message, List<Finding> findings) {
        if (message.value().indexOf(AFTER_ROLE) < 0) {
            return;
        }
        GroupedNumber.findTypedAnyhow(message, findings, (text, start, groups) -> endsLine(text, groups.end())
                && afterRole(text, start) ? cued.value(text, start, groups.digits()) : null);
    }

    private static boolean endsLine(String text, int end) {
        return end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
    }

    /** Whether "(role), " stands right before {@code start}, a person's words before the bracket on its line. */
    static boolean afterRole(String text, int start) {
        int close = start - AFTER_ROLE.length();
        if (close < 0 || !text.startsWith(AFTER_ROLE, close)) {
            return false;
        }
        int open = close - 1;
        while (open >= 0 && text.charAt(open) != '(' && text.charAt(open) != '\n') {
            if (!Characters.isLetter(text.charAt(open)) && " -".indexOf(text.charAt(open)) < 0) {
                return false;
            }
            open--;
        }
        return open > 1 && open < close - 1 && text.charAt(open) == '(' && text.charAt(open - 1) == ' '
                && Characters.isLetter(text.charAt(open - 2));
    }
}
