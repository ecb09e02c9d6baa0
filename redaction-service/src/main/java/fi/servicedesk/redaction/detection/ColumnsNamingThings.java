package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A ticket export written as a table, its title line naming a column by a record's state, priority or kind
 * or stage ("ticket,status,requester", "tiketti;tila;pyytäjä", "ärende;läge;beställare", "…;omistaja;elinkaaren vaihe"): in the rows below, that column's
 * words are values of a closed set ("Open", "Pending", "Avoin", "Odottaa", "Ratkaistu"), no one's name, whatever
 * the name tagger makes of a capitalised word in a row of names ({@link TextTables} reads the rows).
 */
final class StateColumns {

    /** Column titles over a record's state, priority or kind. */
    private static final WordSet TITLES = WordSet.of(Set.of("status", "state", "tila", "tilanne", "priority",
            "prioriteetti", "kiireellisyys", "category", "kategoria", "type", "tyyppi", "resolution", "ratkaisu", "läge",
            "prioritet", "kategori", "typ",
            // a CRM export's stage of a lead or a deal ("Liidi", "Neuvottelu", "Prospect")
            "stage", "lifecycle stage", "vaihe", "elinkaaren vaihe", "myyntivaihe"));
    private static final int SHORTEST_TITLE = 3;
    private static final int LONGEST_TITLE = 16;
    private static final char[] SEPARATORS = {'|', ';', '\t', ','};

    private StateColumns() {
    }

    /** Takes the marks off the words of the state columns' rows; ask only a message that {@link PersonColumns#mayHoldTable}. */
    static void unmark(String text, Tokens tokens, boolean[] names) {
        TextTables.unmarkColumns(text, tokens, names, StateColumns::titles);
    }

    private static TextTables.Titles titles(String text, int from, int to) {
        return TextTables.titled(text, from, to, SEPARATORS, TITLES, SHORTEST_TITLE, LONGEST_TITLE);
    }
}
