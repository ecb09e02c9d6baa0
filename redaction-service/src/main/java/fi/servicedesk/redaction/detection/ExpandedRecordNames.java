package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * The names in a database record pasted in psql's expanded display (R3.2, R8.2): after "-[ RECORD 1 ]-" each line is a
 * field's title, a pipe and its value ("etunimi        | Corinne", "last_name | Baumann"), so a value under a name's
 * title ({@link NameLayout#isNameColumn}) is a person's name whatever the word is. A table's title line is no help
 * here, since the titles stand down the left.
 */
final class ExpandedRecordNames {

    private static final String RECORD = "-[ RECORD ";

    private ExpandedRecordNames() {
    }

    static void find(String text, NameLexicon lexicon, List<Finding> findings) {
        for (int record = text.indexOf(RECORD); record >= 0; record = text.indexOf(RECORD, record + 1)) {
            int line = text.indexOf('\n', record) + 1;
            while (line > 0 && line < text.length()) {
                int end = Characters.lineEnd(text, line);
                int pipe = text.indexOf('|', line);
                // The record's fields end at the first line that is no "title | value".
                if (pipe < 0 || pipe > end || text.startsWith(RECORD, line)) {
                    break;
                }
                if (NameLayout.isNameColumn(text.substring(line, pipe))) {
                    addWords(text, pipe + 1, end, lexicon, findings);
                }
                line = end + 1;
            }
        }
    }

    /** Each capitalised word of the value, unless a rule found it already. */
    private static void addWords(String text, int from, int to, NameLexicon lexicon, List<Finding> findings) {
        for (int start = from; start < to; ) {
            if (!Characters.isLetter(text.charAt(start))) {
                start++;
                continue;
            }
            int end = start;
            while (end < to && (Characters.isLetter(text.charAt(end)) || text.charAt(end) == '-' || text.charAt(end) == '\'')) {
                end++;
            }
            if (Character.isUpperCase(text.charAt(start)) && Finding.noneOverlaps(findings, start, end)) {
                findings.add(ContactCardNames.nameFinding(text, start, end, lexicon));
            }
            start = end;
        }
    }
}
