package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Set;

/**
 * Initials a person signed for a delivery with are that person's name (R3.2): a proof-of-delivery list records who
 * took a parcel by the letters they wrote, "delivered to Oyun Ganbold, signed \"OG\"", "kvitterat \"ETÅ\"", or in a
 * table's column titled by the signature ("lähetys | vastaanottaja | allekirjoitus | klo" over "… | \"FNM\" | 21:03").
 * Two to four capitals, a hyphen between two of them at most, alone in double quotes: the quotes and the word of
 * signing (or the column's title) set them apart from a code or an acronym, which no one signs; an acronym a sign-off's
 * place also holds ({@link SignOffInitials#ACRONYMS}: "OK") is none, nor is an agreement or a document one signs
 * ({@link #DOCUMENTS}: "signed \"NDA\""). Initials with full stops and a surname
 * ("K.-L. Harjusaho") are names by the other rules.
 */
final class SignedInitials {

    private static final int FEWEST = 2;
    private static final int MOST = 4;
    /** Words of signing that stand right before the quoted initials, past a colon ("signed \"KRK\"", "Signature: \"AB\""). */
    private static final WordSet SIGNING = WordSet.of(Set.of("signed", "signature", "signatur", "signerat", "signerad",
            "signerade", "underskrift", "kvitterat", "kvitterad", "kvitterade", "allekirjoitus", "allekirjoitti",
            "allekirjoittanut", "kuittasi", "kuitannut"));
    /** A table's column titled by the signature. */
    private static final WordSet COLUMN_TITLES = WordSet.of(Set.of("allekirjoitus", "signature", "signatur",
            "underskrift", "signed", "signed by", "kuittaus"));
    private static final int SHORTEST_TITLE = 6;
    private static final int LONGEST_TITLE = 13;
    private static final char[] SEPARATORS = {'|', ';', '\t'};
    /** Agreements and documents one signs, written as capitals where a signer's initials stand. */
    private static final WordSet DOCUMENTS = WordSet.of(Set.of("nda", "sla", "dpa", "po", "sow", "msa", "tos", "eula"));

    private SignedInitials() {
    }

    /**
     * Whether the message can hold signed initials: it holds a quote (after a word of signing) or a table's separator
     * (a signature column's initials stand quoted or not). {@link Text#has} knows ASCII only, hence the typographic
     * quotes are looked for in the value.
     */
    static boolean mayHoldSignatures(Text message) {
        for (char separator : SEPARATORS) {
            if (message.has(separator)) {
                return true;
            }
        }
        return message.has('"') || message.value().indexOf('”') >= 0 || message.value().indexOf('»') >= 0;
    }

    static void find(String text, List<Finding> findings) {
        TextTables.Titles titles = null;
        for (int lineStart = 0; lineStart < text.length(); ) {
            int lineEnd = Characters.lineEnd(text, lineStart);
            if (titles != null && text.indexOf(titles.separator(), lineStart) >= 0
                    && text.indexOf(titles.separator(), lineStart) < lineEnd) {
                findInColumns(text, lineStart, lineEnd, titles, findings);
            } else {
                titles = TextTables.titled(text, lineStart, lineEnd, SEPARATORS, COLUMN_TITLES, SHORTEST_TITLE, LONGEST_TITLE);
                if (titles == null) {
                    findAfterSigning(text, lineStart, lineEnd, findings);
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Quoted initials right after a word of signing on the line. */
    private static void findAfterSigning(String text, int lineStart, int lineEnd, List<Finding> findings) {
        for (int open = lineStart; open < lineEnd; open++) {
            if (!isOpeningQuote(text.charAt(open))) {
                continue;
            }
            int close = closingQuote(text, open + 1, lineEnd);
            if (close > 0 && areInitials(text, open + 1, close) && followsSigning(text, lineStart, open)) {
                findings.add(new Finding(EntityType.NAME, open + 1, close, text.substring(open + 1, close)));
            }
        }
    }

    /** The row's cells in the signature columns that hold initials, quoted or not. */
    private static void findInColumns(String text, int lineStart, int lineEnd, TextTables.Titles titles,
            List<Finding> findings) {
        int column = 0;
        int cellStart = lineStart;
        for (int i = lineStart; i <= lineEnd; i++) {
            if (i == lineEnd || text.charAt(i) == titles.separator()) {
                if (column < titles.columns().length && titles.columns()[column]) {
                    int start = Characters.afterSpaces(text, cellStart);
                    int end = Math.max(Characters.beforeSpaces(text, i), start); // a cell of spaces only
                    if (end - start > 2 && isOpeningQuote(text.charAt(start)) && isClosingQuote(text.charAt(end - 1))) {
                        start++;
                        end--;
                    }
                    if (areInitials(text, start, end)) {
                        findings.add(new Finding(EntityType.NAME, start, end, text.substring(start, end)));
                    }
                }
                column++;
                cellStart = i + 1;
            }
        }
    }

    /** Two to four capitals with a hyphen between two of them at most, and not an acronym of a sign-off or a document. */
    private static boolean areInitials(String text, int start, int end) {
        int letters = 0;
        int hyphens = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                letters++;
            } else if (c == '-' && i > start && i + 1 < end && hyphens == 0) {
                hyphens++;
            } else {
                return false;
            }
        }
        return letters >= FEWEST && letters <= MOST && !SignOffInitials.ACRONYMS.contains(text, start, end)
                && !DOCUMENTS.contains(text, start, end);
    }

    /** A word of signing ends right before the quote, past a colon and spaces. */
    private static boolean followsSigning(String text, int lineStart, int quote) {
        int end = quote;
        while (end > lineStart && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ':')) {
            end--;
        }
        int start = end;
        while (start > lineStart && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return end > start && SIGNING.contains(text, start, end);
    }

    private static int closingQuote(String text, int from, int lineEnd) {
        for (int i = from; i < lineEnd && i <= from + MOST + 1; i++) {
            if (isClosingQuote(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«';
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '”' || c == '»';
    }
}
