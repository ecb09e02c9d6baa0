package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a detector finds in a text, as the substrings it would replace. */
final class Found {

    private Found() {
    }

    static List<String> in(Detector detector, String text) {
        var findings = new ArrayList<Finding>();
        detector.find(Text.of(text), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    /** Asserts that {@code detector} finds exactly {@code expected} in {@code text}, normalised to {@code value}. */
    static void exactly(Detector detector, String text, String expected, String value) {
        var findings = findings(detector, text);
        assertEquals(1, findings.size(), text);
        assertEquals(expected, text.substring(findings.getFirst().start(), findings.getFirst().end()));
        assertEquals(value, findings.getFirst().value());
    }

    /** What {@code detector} finds in {@code text}, as substrings in the order they stand in the text. */
    static List<String> inOrder(Detector detector, String text) {
        return findings(detector, text).stream().sorted((a, b) -> Integer.compare(a.start(), b.start()))
                .map(f -> text.substring(f.start(), f.end())).toList();
    }

    static List<Finding> findings(Detector detector, String text) {
        var findings = new ArrayList<Finding>();
        detector.find(Text.of(text), findings);
        return findings;
    }
}
