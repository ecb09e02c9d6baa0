package fi.servicedesk.rights.portal;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 rows: every field quoted, quotes doubled, CRLF line ends. */
final class Csv {

    private Csv() {
    }

    static String row(Object... fields) {
        return Arrays.stream(fields)
                .map(f -> "\"" + String.valueOf(f == null ? "" : f).replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(",", "", "\r\n"));
    }
}
