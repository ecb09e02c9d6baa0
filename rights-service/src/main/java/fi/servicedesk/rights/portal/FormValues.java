package fi.servicedesk.rights.portal;

import fi.servicedesk.kit.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the portal's forms and filters send, read: blank is absent, enums by name. */
final class FormValues {

    private FormValues() {
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> ProblemException.badRequest("Unknown " + type.getSimpleName() + " '" + value + "'."));
    }
}
