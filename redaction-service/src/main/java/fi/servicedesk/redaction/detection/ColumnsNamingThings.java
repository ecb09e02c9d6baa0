package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A table whose title line names a column by a thing, not a person: in the rows below, that column's words are the
 * thing's, no one's name, whatever the name tagger makes of a capitalised word in a row of names ({@link TextTables}
 * reads the rows). Two kinds of column are so titled: a ticket export's record state, priority, kind or stage
 * ("ticket,status,requester", "tiketti;tila;pyytäjä", "ärende;läge;beställare": values of a closed set, "Open",
 * "Avoin", "Ratkaistu") and a member or berth register's boat ("sukunimi;etunimi;vene;rekisterinumero",
 * "efternamn;båt;plats", "name,boat,berth": a boat's name, often a person's, "Ellen Sofia", "Duchess Anne").
 */
final class ColumnsNamingThings {

    private static final WordSet TITLES = WordSet.of(Set.of(
            // a record's state, priority or kind
            "status", "state", "tila", "tilanne", "priority", "prioriteetti", "kiireellisyys", "category", "kategoria",
            "type", "tyyppi", "resolution", "ratkaisu", "läge", "prioritet", "kategori", "typ",
            // a CRM export's stage of a lead or a deal ("Liidi", "Neuvottelu", "Prospect")
            "stage", "lifecycle stage", "vaihe", "elinkaaren vaihe", "myyntivaihe",
            // a member's boat or vessel
            "vene", "veneen nimi", "alus", "aluksen nimi", "båt", "båtens namn", "båtnamn", "fartyg", "boat", "boat name",
            "boat_name", "vessel", "vessel name", "vessel_name", "yacht", "ship", "ship name"));
    private static final int SHORTEST_TITLE = 3;
    private static final int LONGEST_TITLE = 16;
    private static final char[] SEPARATORS = {'|', ';', '\t', ','};

    private ColumnsNamingThings() {
    }

    /** Takes the marks off the words of those columns' rows; ask only a message that {@link PersonColumns#mayHoldTable}. */
    static void unmark(String text, Tokens tokens, boolean[] names) {
        TextTables.unmarkColumns(text, tokens, names, ColumnsNamingThings::titles);
    }

    private static TextTables.Titles titles(String text, int from, int to) {
        return TextTables.titled(text, from, to, SEPARATORS, TITLES, SHORTEST_TITLE, LONGEST_TITLE);
    }
}
