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
        return new InMemory();
    }

    /** The maps are made at the first finding of each type: most messages have a few findings of one or two types. */
    final class InMemory implements Placeholders {

        private Map<EntityType, Map<String, String>> byType;

        private InMemory() {
        }

        @Override
        public String placeholder(EntityType type, String value) {
            if (byType == null) {
                byType = new EnumMap<>(EntityType.class);
            }
            var seen = byType.get(type);
            if (seen == null) {
                seen = new HashMap<>(4);
                byType.put(type, seen);
            }
            var placeholder = seen.get(value);
            if (placeholder == null) {
                placeholder = format(type, seen.size() + 1);
                seen.put(value, placeholder);
            }
            return placeholder;
        }
    }
}
