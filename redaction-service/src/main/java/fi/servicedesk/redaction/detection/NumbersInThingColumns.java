package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A number in a pasted table's column whose title names a thing, not a phone: a call record's serving cell ("cell",
 * "solu" over "…|MO_VOICE|00:33:16|991-25-30971-464", the cell's global id), a meter's ("asunto;asukas;mittari;lukema"
 * over "F15;…;04-672923;…"), an order's, a ticket's or an account's (the labels {@link PhoneCues#isWholeThingLabel}
 * knows, whole or before a number's word: "order_id"; not "Claimant", "booking_contact", "ordered_by", a person's), a
 * card's ("sukunimi;etunimi;kortti;puhelin", {@link NumbersOnCards}).
 * The title says what the column holds, as a label before a number does; a column titled for a phone or a call's end
 * ({@link PhonesInRecords}, {@link CallRecordMsisdns}) keeps its numbers phones (R5.3). Only a number that opens its
 * cell counts: one in brackets after a name inside a cell of prose is a person's.
 */
final class NumbersInThingColumns {

    /** The titles of a call record's column of the cell that served the call, "_" for a space or a hyphen. */
    private static final Set<String> CELL_TITLES = Set.of("cell_id", "cellid", "cgi", "ecgi", "solu",
            "solu_id", "soluid");
    /**
     * The serving cell's bare title, the cell's only in a call record: in a contact sheet ("Name,Cell,Email") it is the
     * mobile phone's ({@link PhonesInRecords#namesAPhone}).
     */
    private static final String BARE_CELL_TITLE = "cell";
    /** A number's word after a thing's title: "order_id", "ticket_no", "claim_number", "tilaus-nro". */
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("_(?:id|no|nr|nro|num|number|numero)$");
    private static final String CELL_SEPARATORS = ",;\t|";

    /**
     * A column's title: a word or a few, no digits; a line of prose above a row ("Reklamaatio SR-2026-8183, puhelu …")
     * is none.
     */
    private static final Pattern TITLE = Pattern.compile("\"?[\\p{L}_-]+(?: [\\p{L}_-]+){0,2}\"?");

    private NumbersInThingColumns() {
    }

    /** Drops the phones found from {@code first} on that stand in a column titled for a thing. */
    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() == EntityType.PHONE && CallRecordMsisdns.opensField(text, phone.start())) {
                var title = PhonesInRecords.columnTitle(text, phone.start());
                if (title != null && TITLE.matcher(title).matches() && namesAThing(text, phone.start(), title)) {
                    findings.remove(i);
                }
            }
        }
    }

    private static boolean namesAThing(String text, int start, String title) {
        var key = title.replace("\"", "").toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return CELL_TITLES.contains(key) || key.equals(BARE_CELL_TITLE) && inCallRecord(text, start)
                || (PhoneCues.isWholeThingLabel(NUMBER_SUFFIX.matcher(key).replaceFirst("")) || NumbersOnCards.cardsWord(key))
                && !PhonesInRecords.namesAPhone(key);
    }

    /** Whether the row at {@code start} is a call record's: one of its columns is titled for a call's end ("b_number"). */
    private static boolean inCallRecord(String text, int start) {
        int lineStart = Characters.lineStart(text, start);
        int lineEnd = Characters.lineEnd(text, start);
        for (int cell = lineStart; cell < lineEnd; cell++) {
            boolean opensCell = cell == lineStart || CELL_SEPARATORS.indexOf(text.charAt(cell - 1)) >= 0;
            if (opensCell && CallRecordMsisdns.namesACallEnd(PhonesInRecords.columnTitle(text, cell))) {
                return true;
            }
        }
        return false;
    }
}
