package fi.servicedesk.rights.portal;

import fi.servicedesk.rights.domain.Identifier;

/**
 * Identifiers as the portal shows them until the DPO reveals them: enough to tell two cases
 * apart at a glance (first letter, e-mail domain, last two digits), not enough to identify.
 */
final class Masking {

    private Masking() {
    }

    static String mask(Identifier kind, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return switch (kind) {
            case EMAIL -> {
                var at = value.indexOf('@');
                yield at < 1 ? stars(value) : value.charAt(0) + "•••" + value.substring(at);
            }
            case PHONE -> "•••• " + value.substring(Math.max(0, value.length() - 2));
            case NAME, USERNAME -> stars(value);
        };
    }

    /** The first letter of each word, the rest hidden. */
    private static String stars(String value) {
        var masked = new StringBuilder();
        for (var word : value.strip().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            masked.append(word.charAt(0)).append("•••");
        }
        return masked.toString();
    }
}
