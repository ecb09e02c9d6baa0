package fi.servicedesk.redaction.detection;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers placeholders within one scope (a conversation, or one API call): the same value of a
 * type gets the same {@code [EMAIL_1]} every time, a second value {@code [EMAIL_2]}.
 */
public interface Placeholders {

    String placeholder(EntityType type, String value);

    static String format(EntityType type, int number) {
        if (number > 0 && number < InMemory.FORMATTED[type.ordinal()].length) {
            return InMemory.FORMATTED[type.ordinal()][number];
        }
        return spelled(type, number);
    }

    private static String spelled(EntityType type, int number) {
        return "[" + type.name() + "_" + number + "]";
    }

    /** A scope that lives as long as this object, e.g. one API call. */
    static Placeholders inMemory() {
        return new InMemory();
    }

    /** The maps are made at the first finding of each type: most messages have a few findings of one or two types. */
    final class InMemory implements Placeholders {

        /** The first placeholders of each type, made once: most scopes need only these. */
        private static final String[][] FORMATTED = formatted(16);
        private static final int TYPES = EntityType.values().length;

        /** Each type's values and their placeholders, by the type's ordinal. */
        private Map<String, String>[] byType;

        private InMemory() {
        }

        @Override
        @SuppressWarnings("unchecked")
        public String placeholder(EntityType type, String value) {
            if (byType == null) {
                byType = new Map[TYPES];
            }
            var seen = byType[type.ordinal()];
            if (seen == null) {
                seen = new HashMap<>(4);
                byType[type.ordinal()] = seen;
            }
            var placeholder = seen.get(value);
            if (placeholder == null) {
                placeholder = format(type, seen.size() + 1);
                seen.put(value, placeholder);
            }
            return placeholder;
        }

        private static String[][] formatted(int count) {
            var types = EntityType.values();
            var out = new String[types.length][count];
            for (var type : types) {
                for (int number = 1; number < count; number++) {
                    out[type.ordinal()][number] = spelled(type, number);
                }
            }
            return out;
        }
    }
}
