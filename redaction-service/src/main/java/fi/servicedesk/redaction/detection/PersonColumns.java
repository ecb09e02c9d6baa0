package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * An asset register or a roster written as a table, its title line naming a column by the person in it
 * ("Laite | Käyttäjä | Sijainti", "Asset tag,Assigned to,Location"): in the rows below, up to a line
 * without the separator, the words of that column that can be a name are names, whatever else they are
 * ("LT-4821 | Aikio, Máret | varasto"; {@link TextTables} reads the rows).
 */
final class PersonColumns {

    /** Column titles over a person: who uses, holds, owns, asked for or handles the row's thing. */
    private static final Set<String> TITLES = Set.of("käyttäjä", "haltija", "omistaja", "tilaaja", "käsittelijä",
            "vastuuhenkilö", "yhteyshenkilö", "työntekijä", "henkilö", "user", "owner", "holder", "assigned to",
            "assignee", "requester", "requested by", "contact", "employee", "person", "handled by");
    /** {@link #TITLES} as asked of a cell, without a lower-cased copy of it. */
    private static final WordSet TITLE_WORDS = WordSet.of(TITLES);
    private static final int SHORTEST_TITLE = 4;
    private static final int LONGEST_TITLE = 13;
    private static final char[] SEPARATORS = {'|', ';', '\t', ','};

    private PersonColumns() {
    }

    /** A table needs a title line and a row: a message without a line break and one of the separators has none. */
    static boolean mayHoldTable(Text message) {
        return message.has('\n') && (message.has('|') || message.has(';') || message.has(',') || message.has('\t'));
    }

    /** Marks the person columns' words; returns the title lines' words ({@link TextTables#markColumns}). */
    static int[] mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        return TextTables.markColumns(text, tokens, words, names, PersonColumns::titles);
    }

    private static TextTables.Titles titles(String text, int from, int to) {
        return TextTables.titled(text, from, to, SEPARATORS, TITLE_WORDS, SHORTEST_TITLE, LONGEST_TITLE);
    }
}
