package fi.servicedesk.redaction.detection;

import java.util.Map;
import java.util.Set;

/**
 * An HL7 v2 segment's fields each hold data of one kind, set by the segment's layout: a person's name only in its name
 * fields (the patient's "PID|1||…||Virtanen^Matti", the attending doctor in PV1-7), a sex code, an address, a ward,
 * a test code or a result's status in the others ("PID|…|F|||63 Wellington Road^^London^^CB2 0QQ",
 * "OBX|1|NM|fP-Gluk 6,4||||||F"), and the message header names systems and organisations, no person
 * ("MSH|^~\&|LAB|Karolinska|Maisa|HUS|…"). Inside a name field, the components after the given and middle names are
 * a suffix, a title and a degree ("^^^Dr", "^^^LL"). So a word of a known segment keeps its mark (R8.2) only in the
 * first four components of one of that segment's name fields, or in a field of free text; unknown segments are left
 * to the other rules.
 */
final class Hl7Fields {

    /** Per segment, the fields (counted from 1 after the segment's id) that may hold a person's name or free text. */
    private static final Map<String, Set<Integer>> NAME_FIELDS = Map.ofEntries(
            Map.entry("MSH", Set.of()),
            Map.entry("EVN", Set.of(5)),
            Map.entry("PID", Set.of(5, 6, 9)),
            Map.entry("PD1", Set.of(4)),
            Map.entry("NK1", Set.of(2)),
            Map.entry("PV1", Set.of(7, 8, 9, 17, 52)),
            Map.entry("ORC", Set.of(10, 11, 12, 19)),
            Map.entry("OBR", Set.of(10, 16, 28, 32, 33, 34, 35)),
            Map.entry("OBX", Set.of(5, 16)),
            Map.entry("GT1", Set.of(3)),
            Map.entry("IN1", Set.of(16)),
            Map.entry("DG1", Set.of(16)),
            Map.entry("PR1", Set.of(11, 12)),
            Map.entry("ROL", Set.of(4)),
            Map.entry("TXA", Set.of(5, 9, 10, 11, 22, 23)));
    /** A name's family, given and middle names and its suffix come first; a prefix and a degree follow them. */
    private static final int NAME_COMPONENTS = 4;

    private Hl7Fields() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        if (text.indexOf(Hl7Segments.FIELD_SEPARATOR) < 0) {
            return;
        }
        var place = new Place(text);
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && !place.mayHoldName(tokens.start(t))) {
                names[t] = false;
            }
        }
    }

    /**
     * Where the marked words stand, read once along the text: a line's segment is looked up when the first word on it
     * is asked about, and the separators are counted on from the word asked about before.
     */
    private static final class Place {

        private final String text;
        private int lineEnd = -1;
        /** The name and free-text fields of the line's segment; null on a line that is no known segment. */
        private Set<Integer> fields;
        private int counted;
        private int field;
        private int component;

        Place(String text) {
            this.text = text;
        }

        /**
         * Whether the word at {@code start} (after the word asked about before) is outside a known segment or in one
         * of its name or free-text fields (the segment's id is in none).
         */
        boolean mayHoldName(int start) {
            if (start > lineEnd) {
                int line = Characters.lineStart(text, start);
                lineEnd = Characters.lineEnd(text, start);
                var id = Hl7Segments.id(text, line);
                fields = id == null ? null : NAME_FIELDS.get(id);
                counted = Hl7Segments.fieldsStart(line);
                field = 0;
                component = 1;
            }
            if (fields == null) {
                return true;
            }
            for (; counted < start; counted++) {
                char c = text.charAt(counted);
                if (c == Hl7Segments.FIELD_SEPARATOR) {
                    field++;
                    component = 1;
                } else if (c == Hl7Segments.COMPONENT_SEPARATOR) {
                    component++;
                }
            }
            return fields.contains(field) && component <= NAME_COMPONENTS;
        }
    }
}
