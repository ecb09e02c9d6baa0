package fi.servicedesk.redaction.detection;

import java.util.Arrays;
import java.util.Set;

/**
 * Training data for a name recogniser written one token a row with its BIO tag last ("Kaisalle⇥B-PER",
 * "numeroon⇥O", CoNLL's "EU NNP B-NP B-ORG"): the tag says what the token is, so a token tagged as a person's is a
 * name whatever its case or form (R3.2, R8.2), and the tags themselves ("O", "B-PER", "I-LOC") and the columns
 * between (CoNLL's part of speech and chunk) name no one. A
 * message needs two such rows before its tags are read as tags: one line ending in "O" is a sentence.
 */
final class TaggedTokenRows {

    /** The entity types of a person in the tag sets in use (CoNLL, OntoNotes, Finnish and Swedish corpora). */
    private static final Set<String> PERSON_TYPES = Set.of("PER", "PERSON", "NAME", "PRS", "PERS");
    private static final int FEWEST_ROWS = 2;

    private TaggedTokenRows() {
    }

    /** A tag opens with "B-"/"I-"/"E-"/"S-" or is "O": a message with neither a hyphen nor a line break has no rows. */
    static boolean mayHoldRows(Text message) {
        return message.has('\n') && (message.has('\t') || message.has('-'));
    }

    /**
     * Sets each row's tokens' {@link Annotations} roles: {@link Annotations#LABEL} for any column after the token's,
     * {@link Annotations#PERSON} for a token tagged as a person's; returns {@code roles} (new if null and there are
     * rows), null when the message has fewer than {@link #FEWEST_ROWS} rows and none came.
     */
    static byte[] read(String text, Tokens tokens, byte[] roles) {
        int[] rows = rows(text);
        if (rows.length == 0) {
            return roles;
        }
        roles = Annotations.orNew(roles, tokens.size());
        int t = 0;
        for (int r = 0; r < rows.length; r += 2) {
            int lineStart = rows[r];
            int tagStart = rows[r + 1];
            int lineEnd = Characters.lineEnd(text, tagStart);
            boolean person = PERSON_TYPES.contains(type(text, tagStart, lineEnd));
            int tokenEnd = firstFieldEnd(text, lineStart);
            while (t < tokens.size() && tokens.start(t) < lineStart) {
                t++;
            }
            for (; t < tokens.size() && tokens.start(t) < lineEnd; t++) {
                if (tokens.start(t) >= tokenEnd) {
                    roles[t] = Annotations.LABEL;
                } else if (person) {
                    roles[t] = Annotations.PERSON;
                }
            }
        }
        return roles;
    }

    /** Each tagged row's start and its tag's start, in pairs; empty when fewer than {@link #FEWEST_ROWS} rows. */
    private static int[] rows(String text) {
        int[] found = null;
        int count = 0;
        for (int line = 0; line < text.length(); ) {
            int end = Characters.lineEnd(text, line);
            int tag = tagStart(text, line, end);
            if (tag > line) {
                if (found == null || count + 2 > found.length) {
                    found = found == null ? new int[16] : Arrays.copyOf(found, found.length * 2);
                }
                found[count++] = line;
                found[count++] = tag;
            }
            line = end + 1;
        }
        return count < 2 * FEWEST_ROWS ? new int[0] : Arrays.copyOf(found, count);
    }

    /** Where the line's last field starts if it is a BIO tag after a token and a tab or spaces; -1 otherwise. */
    private static int tagStart(String text, int line, int end) {
        while (end > line && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        int start = end;
        while (start > line && text.charAt(start - 1) != ' ' && text.charAt(start - 1) != '\t') {
            start--;
        }
        if (start == line || start == end || !isTag(text, start, end)) {
            return -1;
        }
        // A token before the tag, and only one more field at most between for each (CoNLL's part of speech, chunk).
        int fields = 0;
        for (int i = line; i < start; i++) {
            char c = text.charAt(i);
            if ((c == ' ' || c == '\t') && i > line && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != '\t') {
                fields++;
            }
        }
        return fields >= 1 && fields <= 3 && text.charAt(line) != ' ' && text.charAt(line) != '\t' ? start : -1;
    }

    /** "O", or "B-", "I-", "E-", "S-" before a type of two to eight capitals. */
    private static boolean isTag(String text, int start, int end) {
        if (end - start == 1) {
            return text.charAt(start) == 'O';
        }
        char prefix = text.charAt(start);
        if (end - start < 4 || end - start > 10 || "BIES".indexOf(prefix) < 0 || text.charAt(start + 1) != '-') {
            return false;
        }
        for (int i = start + 2; i < end; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static String type(String text, int tagStart, int lineEnd) {
        int end = lineEnd;
        while (end > tagStart && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return end - tagStart > 2 ? text.substring(tagStart + 2, end) : "";
    }

    private static int firstFieldEnd(String text, int line) {
        int i = line;
        while (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '\t' && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }
}
