package fi.servicedesk.redaction.detection;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers placeholders within one scope (a conversation, or one API call): the same value of a
 * type gets the same {@code [EMAIL_1]} every time, a second value {@code [EMAIL_2]}.
 */
public interface Placeholders {

    String placeholder(EntityType type, String value);

    static String format(EntityType type, int number) {
        return "[" + type.name() + "_" + number + "]";
    }

    /** A scope that lives as long as this object, e.g. one API call. */
    static Placeholders inMemory() {
        Map<EntityType, Map<String, String>> byType = new EnumMap<>(EntityType.class);
        return (type, value) -> {
            var seen = byType.computeIfAbsent(type, t -> new HashMap<>());
            return seen.computeIfAbsent(value, v -> format(type, seen.size() + 1));
        };
    }
}
