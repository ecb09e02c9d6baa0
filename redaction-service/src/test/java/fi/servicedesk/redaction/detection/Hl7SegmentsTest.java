package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Hl7SegmentsTest {

    private static final String MESSAGE = "MSH|^~\\&|LAB|HUS\nPID|1||022283756^^^NHS^NH\nPID 1 is no segment";

    @Test
    void readsTheSegmentALineOpens() {
        assertEquals("MSH", Hl7Segments.id(MESSAGE, 0));
        assertEquals("PID", Hl7Segments.id(MESSAGE, MESSAGE.indexOf("PID|")));
        assertTrue(Hl7Segments.is(MESSAGE, MESSAGE.indexOf("PID|"), "PID"));
        assertFalse(Hl7Segments.is(MESSAGE, 0, "PID"));
    }

    @Test
    void takesALineWithoutTheFieldSeparatorAfterItsIdForNoSegment() {
        int line = MESSAGE.indexOf("PID 1");
        assertNull(Hl7Segments.id(MESSAGE, line));
        assertFalse(Hl7Segments.is(MESSAGE, line, "PID"));
        assertNull(Hl7Segments.id("PID", 0));
    }
}
