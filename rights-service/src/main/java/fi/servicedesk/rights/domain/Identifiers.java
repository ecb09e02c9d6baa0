package fi.servicedesk.rights.domain;

import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

import static fi.servicedesk.kit.limits.MaxLengths.EMAIL;
import static fi.servicedesk.kit.limits.MaxLengths.NAME;
import static fi.servicedesk.kit.limits.MaxLengths.PHONE;
import static fi.servicedesk.kit.limits.MaxLengths.USERNAME;

/** What identifies a data subject, as given; null where not known. */
public record Identifiers(@Size(max = NAME) String name, @Size(max = EMAIL) String email,
                          @Size(max = USERNAME) String username, @Size(max = PHONE) String phone) {

    public String get(Identifier identifier) {
        return switch (identifier) {
            case NAME -> name;
            case EMAIL -> email;
            case USERNAME -> username;
            case PHONE -> phone;
        };
    }

    /** The identifiers that carry a value; blank counts as not given. */
    public Set<Identifier> present() {
        var present = EnumSet.noneOf(Identifier.class);
        for (var identifier : Identifier.values()) {
            var value = get(identifier);
            if (value != null && !value.isBlank()) {
                present.add(identifier);
            }
        }
        return present;
    }

    public Identifiers without(Identifier identifier) {
        return new Identifiers(identifier == Identifier.NAME ? null : name,
                identifier == Identifier.EMAIL ? null : email,
                identifier == Identifier.USERNAME ? null : username,
                identifier == Identifier.PHONE ? null : phone);
    }
}
