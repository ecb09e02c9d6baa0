package fi.servicedesk.redaction.detection;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

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

    /**
     * Each type's values in an array, searched in order while they are few (most messages have a
     * few findings of one or two types, and a map per type cost more than the search); a type
     * with more values than {@link #SEARCHED} keeps them in a map instead.
     */
    final class InMemory implements Placeholders {

        /** The first placeholders of each type, made once: most scopes need only these. */
        private static final String[][] FORMATTED = formatted(16);
        private static final int TYPES = EntityType.values().length;
        private static final int SEARCHED = 8;

        /** Each type's first values in the order they came, by the type's ordinal; a value's index + 1 is its number. */
        private String[][] values;
        private int[] counts;
        /** A value's number, for a type with more than {@link #SEARCHED} values. */
        private Map<String, Integer>[] numbers;

        private InMemory() {
        }

        @Override
        public String placeholder(EntityType type, String value) {
            if (values == null) {
                values = new String[TYPES][];
                counts = new int[TYPES];
            }
            int t = type.ordinal();
            int number = numberOf(t, value);
            if (number == 0) {
                number = add(t, value);
            }
            return format(type, number);
        }

        /** The value's number within its type, 0 when it has none yet. */
        private int numberOf(int t, String value) {
            if (numbers != null && numbers[t] != null) {
                return numbers[t].getOrDefault(value, 0);
            }
            var seen = values[t];
            for (int k = 0; k < counts[t]; k++) {
                if (Objects.equals(seen[k], value)) {
                    return k + 1;
                }
            }
            return 0;
        }

        @SuppressWarnings("unchecked")
        private int add(int t, String value) {
            int number = ++counts[t];
            if (numbers != null && numbers[t] != null) {
                numbers[t].put(value, number);
            } else if (number <= SEARCHED) {
                if (values[t] == null) {
                    values[t] = new String[SEARCHED];
                }
                values[t][number - 1] = value;
            } else {
                if (numbers == null) {
                    numbers = new Map[TYPES];
                }
                var map = new HashMap<String, Integer>();
                for (int k = 0; k < SEARCHED; k++) {
                    map.put(values[t][k], k + 1);
                }
                map.put(value, number);
                numbers[t] = map;
                values[t] = null;
            }
            return number;
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
