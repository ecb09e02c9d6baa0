package fi.servicedesk.redaction.corpus;

import fi.servicedesk.redaction.detection.PhoneDetector;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The keyed pseudonyms of a subject's identifiers, normalised so that the identifiers in a
 * rights request find what the captured message carried: e-mail and user name in lower case,
 * a phone number in E.164. The name is not used: names are shared by many people.
 */
@ApplicationScoped
public class SubjectPseudonyms {

    private final Pseudonyms pseudonyms;

    SubjectPseudonyms(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    public List<String> of(String email, String username, String phone) {
        var out = new ArrayList<String>(3);
        if (email != null && !email.isBlank()) {
            out.add(pseudonyms.of("email", email.strip().toLowerCase(Locale.ROOT)));
        }
        if (username != null && !username.isBlank()) {
            out.add(pseudonyms.of("username", username.strip().toLowerCase(Locale.ROOT)));
        }
        if (phone != null && !phone.isBlank()) {
            var e164 = PhoneDetector.e164(phone);
            out.add(pseudonyms.of("phone", e164 != null ? e164 : phone.replaceAll("[^0-9+]", "")));
        }
        return out;
    }
}
