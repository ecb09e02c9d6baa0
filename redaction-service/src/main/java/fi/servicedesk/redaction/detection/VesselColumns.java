package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A member or berth register written as a table, its title line naming a column by the member's boat or vessel
 * ("sukunimi;etunimi;vene;rekisterinumero", "efternamn;båt;plats", "name,boat,berth"): in the rows below, that
 * column's words are the boat's name, which is often a person's ("Aallotar", "Ellen Sofia", "Duchess Anne"), no one's
 * name ({@link TextTables} reads the rows).
 */
final class VesselColumns {

    /** Column titles over a boat's or a vessel's name, in Finnish, Swedish and English. */
    private static final WordSet TITLES = WordSet.of(Set.of("vene", "veneen nimi", "alus", "aluksen nimi", "båt",
            "båtens namn", "båtnamn", "fartyg", "boat", "boat name", "boat_name", "vessel", "vessel name", "vessel_name",
            "yacht", "ship", "ship name"));
    private static final int SHORTEST_TITLE = 3;
    private static final int LONGEST_TITLE = 12;
    private static final char[] SEPARATORS = {'|', ';', '\t', ','};

    private VesselColumns() {
    }

    /** Takes the marks off the words of the vessel columns' rows; ask only a message that {@link PersonColumns#mayHoldTable}. */
    static void unmark(String text, Tokens tokens, boolean[] names) {
        TextTables.unmarkColumns(text, tokens, names, VesselColumns::titles);
    }

    private static TextTables.Titles titles(String text, int from, int to) {
        return TextTables.titled(text, from, to, SEPARATORS, TITLES, SHORTEST_TITLE, LONGEST_TITLE);
    }
}
