package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;

/** What a finding in a decoded message covers in the message as written. */
final class WrittenSpans {

    private WrittenSpans() {
    }

    /** The written characters a finding over the first {@code value} of {@code written} read decoded maps back to. */
    static String of(String written, String value) {
        var decoded = DecodedMessage.of(written);
        int start = decoded.text().indexOf(value);
        var findings = new ArrayList<>(List.of(new Finding(EntityType.NAME, start, start + value.length(), value)));
        decoded.toWritten(findings);
        return written.substring(findings.getFirst().start(), findings.getFirst().end());
    }
}
