package fi.servicedesk.redaction.detection;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where a pasted mail's body is quoted-printable (RFC 2045 §6.7), and in which charset: {@link DecodedMessage} reads
 * its {@code =XX} escapes as the bytes they stand for and its soft line breaks ("=" at a line's end, which may part a
 * name, an address or a number: {@code Virta=⏎selle}) as nothing, only there, as elsewhere "=" at a line's end is a
 * formula's or a script's. The body is quoted-printable from its {@code Content-Transfer-Encoding: quoted-printable}
 * header to the end of its MIME part (the line of the multipart's boundary), or throughout a message without the
 * header that holds escapes of a UTF-8 character of two or more bytes ({@code =C3=A4}), which nothing else writes.
 * The escapes are read as UTF-8, or in the charset the part's {@code charset=} names, and as ISO-8859-1 where they are
 * no UTF-8 ({@code J=E4rvel=E4}).
 */
final class QuotedPrintable {

    private static final String HEADER_END = "rintable";
    private static final String HEADER = "quoted-printable";

    private QuotedPrintable() {
    }

    /** Where the message's quoted-printable body is, as {@code start << 32 | end}; -1 where it holds none. */
    static long region(String text) {
        int first = header(text, 0);
        if (first < 0) {
            return utf8Escapes(text) ? text.length() : -1;
        }
        int last = first;
        for (int next = header(text, last + 1); next >= 0; next = header(text, next + 1)) {
            last = next;
        }
        return (long) first << 32 | partEnd(text, first, last);
    }

    static int start(long region) {
        return (int) (region >>> 32);
    }

    static int end(long region) {
        return (int) region;
    }

    /** The charset the part's {@code charset=} before {@code at} names; UTF-8 where none is named or Java knows none by it. */
    static Charset charset(String text, int at) {
        int named = text.lastIndexOf("charset=", at);
        if (named < 0) {
            return StandardCharsets.UTF_8;
        }
        int from = named + "charset=".length();
        from += from < text.length() && text.charAt(from) == '"' ? 1 : 0;
        int to = from;
        while (to < text.length() && (Character.isLetterOrDigit(text.charAt(to)) || "-_.:".indexOf(text.charAt(to)) >= 0)) {
            to++;
        }
        var charset = WrittenBytes.charset(text.substring(from, to));
        return charset == null ? StandardCharsets.UTF_8 : charset;
    }

    /**
     * The bytes of the run of escapes at {@code at}, soft line breaks between them read as nothing, into {@code bytes};
     * how many characters the run takes.
     */
    static int escapes(String text, int at, WrittenBytes bytes) {
        int i = at;
        while (true) {
            int value = ByteEscapes.hexByte(text, i, '=');
            if (value < 0) {
                return i - at;
            }
            bytes.add(value, i, i + 3);
            i += 3;
            int softBreak = ByteEscapes.softBreak(text, i);
            if (softBreak > 0 && ByteEscapes.hexByte(text, i + softBreak, '=') >= 0) {
                i += softBreak;
            }
        }
    }

    /**
     * Where the "quoted-printable" of a Content-Transfer-Encoding header at or after {@code from} begins, in any case
     * ("Quoted-Printable", "QUOTED-PRINTABLE"); -1 where none is.
     */
    private static int header(String text, int from) {
        int lower = header(text, from, HEADER_END);
        int upper = header(text, from, HEADER_END.toUpperCase(Locale.ROOT));
        return lower < 0 || upper >= 0 && upper < lower ? upper : lower;
    }

    private static int header(String text, int from, String end) {
        int offset = HEADER.length() - end.length();
        for (int at = text.indexOf(end, from + offset); at >= 0; at = text.indexOf(end, at + 1)) {
            if (text.regionMatches(true, at - offset, HEADER, 0, HEADER.length())) {
                return at - offset;
            }
        }
        return -1;
    }

    /** Where the MIME part of the header at {@code last} ends: at its multipart's next boundary line, or the message's end. */
    private static int partEnd(String text, int first, int last) {
        int named = text.lastIndexOf("boundary=", first);
        if (named < 0) {
            return text.length();
        }
        int from = named + "boundary=".length();
        boolean quoted = from < text.length() && text.charAt(from) == '"';
        int to = quoted ? text.indexOf('"', from + 1) : from;
        if (!quoted) {
            while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && text.charAt(to) != ';') {
                to++;
            }
        }
        if (to < 0 || to == from) {
            return text.length();
        }
        var delimiter = "\n--" + text.substring(quoted ? from + 1 : from, to);
        int end = text.indexOf(delimiter, last);
        return end < 0 ? text.length() : end + 1;
    }

    /** Whether the text holds the escapes of a character of two or more bytes ({@code =C3=A4}). */
    private static boolean utf8Escapes(String text) {
        for (int at = text.indexOf('='); at >= 0; at = text.indexOf('=', at + 1)) {
            if (ByteEscapes.at(text, at, '=', false) != 0) {
                return true;
            }
        }
        return false;
    }
}
