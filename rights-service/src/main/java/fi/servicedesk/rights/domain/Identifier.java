package fi.servicedesk.rights.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of identifier a subject can be known by (R5.1-R5.3), named as the API and events name them. */
public enum Identifier {
    NAME, EMAIL, USERNAME, PHONE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Identifier> of(String key) {
        return Arrays.stream(values()).filter(i -> i.key().equals(key)).findFirst();
    }
}
