package fi.servicedesk.redaction.detection;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The redacted text and what was replaced where (UTF-16 offsets into the original). */
public record Redaction(String text, List<Replaced> replaced) {

    public record Replaced(Finding finding, String placeholder) {
    }

    /** How many findings of each type were replaced. */
    public Map<EntityType, Integer> counts() {
        var counts = new EnumMap<EntityType, Integer>(EntityType.class);
        for (var r : replaced) {
            counts.merge(r.finding().type(), 1, Integer::sum);
        }
        return counts;
    }
}
