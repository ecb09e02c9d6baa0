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
        if (text.indexOf('|') < 0) {
            return;
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && !mayHoldName(text, tokens.start(t))) {
                names[t] = false;
            }
        }
    }

    /**
     * Whether the word at {@code start} is outside a known segment or in one of its name or free-text fields (the
     * segment's id is in none).
     */
    private static boolean mayHoldName(String text, int start) {
        int line = Characters.lineStart(text, start);
        if (line + 3 >= text.length() || text.charAt(line + 3) != '|') {
            return true;
        }
        var fields = NAME_FIELDS.get(text.substring(line, line + 3));
        if (fields == null) {
            return true;
        }
        int field = 0;
        int component = 1;
        for (int i = line + 3; i < start; i++) {
            char c = text.charAt(i);
            if (c == '|') {
                field++;
                component = 1;
            } else if (c == '^') {
                component++;
            }
        }
        return fields.contains(field) && component <= NAME_COMPONENTS;
    }
}
