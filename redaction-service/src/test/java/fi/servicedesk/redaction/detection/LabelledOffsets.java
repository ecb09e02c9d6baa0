package fi.servicedesk.redaction.detection;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A labelled span's offsets as a Java string counts them. The generated sets (Python) count code points, Java
 * strings UTF-16 units: the two differ after a character outside the Basic Multilingual Plane (most emoji).
 * hand-written.jsonl counts UTF-16 units already.
 */
record LabelledOffsets(String text, boolean countsCodePoints) {

    static LabelledOffsets of(String set, String text) {
        return new LabelledOffsets(text, !set.endsWith("/hand-written.jsonl") && text.length() != text.codePointCount(0, text.length()));
    }

    int start(JsonNode span) {
        return utf16(span.get("start").asInt());
    }

    int end(JsonNode span) {
        return utf16(span.get("end").asInt());
    }

    private int utf16(int offset) {
        return countsCodePoints ? text.offsetByCodePoints(0, offset) : offset;
    }
}
