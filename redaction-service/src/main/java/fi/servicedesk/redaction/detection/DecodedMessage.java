package fi.servicedesk.redaction.detection;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A message as the detectors read it, with the text that systems encode decoded, and the way from its offsets back to
 * the message as written. An identifier written in escapes is still someone's (R3.2, R8.2): {@code H&auml;m&auml;l&auml;inen}
 * in an HTML mail, {@code H%C3%A4m%C3%A4l%C3%A4inen} or {@code %2B358…} in a link, {@code H=C3=A4m=C3=A4l=C3=A4inen}
 * in a quoted-printable body are read as Hämäläinen and +358…, and a finding over them covers every escape it was
 * read from. Decoded is only what cannot mean anything else: HTML's character references closed by their semicolon
 * ({@link HtmlReferences}; {@code &nbsp;} is a space, as the detectors part words by spaces); in a link or a query
 * string ({@link Links}) {@code %XX} escapes of UTF-8, and '+' in a query value that holds escapes; elsewhere only
 * escapes of a character of two to four bytes ({@code %C3%A4}), which nothing but UTF-8 in escapes writes; in a
 * quoted-printable body ({@link QuotedPrintable}) the {@code =XX} escapes in its charset and the soft line breaks ("="
 * at a line's end) that may part a word; anywhere RFC 2047's encoded words of mail headers ({@link EncodedWords}:
 * {@code =?UTF-8?Q?H=C3=A4m=C3=A4l=C3=A4inen?=}). In a calendar invitation or a card ({@link ContentLines}) the
 * folds of its lines and the escapes of its text values. The digits of other scripts are read as ASCII ones
 * ({@link DigitsOfOtherScripts}), one character for one, so that they move no offset.
 */
final class DecodedMessage {

    private final String text;
    /** Where the characters each decoded character was read from begin and end in the message as written; null where none was decoded. */
    private final int[] starts;
    private final int[] ends;

    private DecodedMessage(String text, int[] starts, int[] ends) {
        this.text = DigitsOfOtherScripts.inAscii(text);
        this.starts = starts;
        this.ends = ends;
    }

    static DecodedMessage of(String written) {
        // The cheap test first: most messages hold no '&', '%' or '=', and nothing of them is decoded.
        long calendar = ContentLines.region(written);
        int first = calendar < 0 ? firstMark(written) : first(firstMark(written), ContentLines.start(calendar));
        return first < 0 ? new DecodedMessage(written, null, null) : new Decoding(written, calendar).from(first);
    }

    /** The message as the detectors read it. */
    String text() {
        return text;
    }

    /** Whether any escape was decoded (digits read as ASCII move no offset and need no way back). */
    boolean decoded() {
        return starts != null;
    }

    /** {@code findings} in the decoded text's offsets, each now over the characters of the message as written that it was read from. */
    void toWritten(List<Finding> findings) {
        if (starts == null) {
            return;
        }
        for (int f = 0; f < findings.size(); f++) {
            var finding = findings.get(f);
            int start = starts[finding.start()];
            int end = finding.end() > finding.start() ? ends[finding.end() - 1] : start;
            findings.set(f, new Finding(finding.type(), start, end, finding.value()));
        }
    }

    /** A character read from {@code length} written ones, in one long so that reading an escape allocates nothing. */
    static long read(int length, int codePoint) {
        return (long) length << 21 | codePoint;
    }

    private static int length(long read) {
        return (int) (read >>> 21);
    }

    private static int codePoint(long read) {
        return (int) (read & 0x1F_FFFF);
    }

    private static int firstMark(String text) {
        return first(first(text.indexOf('&'), text.indexOf('%')), text.indexOf('='));
    }

    /** The earlier of two places, -1 where neither is. */
    private static int first(int a, int b) {
        return a < 0 || b >= 0 && b < a ? b : a;
    }

    /** One pass over a message that holds a mark: the text decoded so far, made only once something is. */
    private static final class Decoding {

        private final String written;
        private StringBuilder out;
        private int[] starts;
        private int[] ends;
        /** How far the message as written is in {@link #out}. */
        private int copied;
        /** Where the message's quoted-printable body is ({@link QuotedPrintable#region}), -1 where it holds none; asked at its first '='. */
        private long quotedPrintable;
        /** The quoted-printable body's charset; null until asked. */
        private Charset charset;
        private final boolean hasPercent;
        /** Where the message's calendar objects are ({@link ContentLines#region}), -1 where it holds none. */
        private final long calendar;

        Decoding(String written, long calendar) {
            this.written = written;
            this.hasPercent = written.indexOf('%') >= 0;
            this.calendar = calendar;
        }

        DecodedMessage from(int first) {
            int length = written.length();
            for (int i = first; i < length; ) {
                int taken = decodeAt(i);
                i += taken > 0 ? taken : 1;
            }
            if (out == null) {
                return new DecodedMessage(written, null, null);
            }
            copyUpTo(length);
            return new DecodedMessage(out.toString(), starts, ends);
        }

        /** Decodes what opens at {@code at}; how many characters of the message as written it took, 0 where nothing opens there. */
        private int decodeAt(int at) {
            char c = written.charAt(at);
            if (calendar >= 0 && at >= ContentLines.start(calendar) && at < ContentLines.end(calendar)) {
                int fold = ContentLines.fold(written, at);
                if (fold > 0) {
                    return put(at, fold, -1);
                }
                long escape = ContentLines.escape(written, at);
                if (escape != 0) {
                    return put(at, length(escape), codePoint(escape));
                }
            }
            if (c == '&') {
                long reference = HtmlReferences.at(written, at);
                int codePoint = codePoint(reference);
                return reference == 0 ? 0 : put(at, length(reference), codePoint == 0xA0 ? ' ' : codePoint);
            }
            if (c == '%') {
                long escapes = ByteEscapes.at(written, at, '%', false);
                if (escapes == 0 && Links.inLink(written, at)) {
                    escapes = ByteEscapes.at(written, at, '%', true);
                }
                return escapes == 0 ? 0 : put(at, length(escapes), codePoint(escapes));
            }
            if (c == '+' && hasPercent && Links.isSpace(written, at)) {
                return put(at, 1, ' ');
            }
            if (c == '=') {
                int encodedWord = EncodedWords.end(written, at);
                if (encodedWord > 0) {
                    return encodedWord(at, encodedWord);
                }
            }
            if (c == '=' && quotedPrintable(at)) {
                int softBreak = ByteEscapes.softBreak(written, at);
                if (softBreak > 0) {
                    return put(at, softBreak, -1);
                }
                long escapes = charset == StandardCharsets.UTF_8 ? ByteEscapes.at(written, at, '=', true) : 0;
                return escapes == 0 ? bytesAt(at) : put(at, length(escapes), codePoint(escapes));
            }
            return 0;
        }

        /** The {@code length} characters at {@code at} read as {@code codePoint}, or as nothing where it is -1 (a soft line break, a fold). */
        private int put(int at, int length, int codePoint) {
            copyUpTo(at);
            if (codePoint >= 0) {
                for (char decoded : Character.toChars(codePoint)) {
                    append(decoded, at, at + length);
                }
            }
            copied = at + length;
            return length;
        }

        /**
         * The encoded word from {@code at} to {@code end} read decoded ({@link EncodedWords}), and the whitespace
         * before an encoded word after it as nothing, or as a space where a display name's words meet at a capital;
         * how many characters it took, 0 where it does not decode.
         */
        private int encodedWord(int at, int end) {
            if (EncodedWords.first(written, at) < 0) {
                return 0;
            }
            copyUpTo(at);
            int before = out.length();
            boolean displayName = EncodedWords.inDisplayName(written, at);
            EncodedWords.decode(written, at, end, displayName, this::append);
            copied = end;
            int gap = EncodedWords.gap(written, end);
            int next = gap > 0 ? EncodedWords.first(written, end + gap) : -1;
            if (next < 0) {
                return end - at;
            }
            if (displayName && out.length() > before && Character.isLowerCase(out.charAt(out.length() - 1)) && Character.isUpperCase(next)) {
                append(' ', end, end + gap);
            }
            copied = end + gap;
            return end + gap - at;
        }

        private void append(char decoded, int start, int end) {
            starts[out.length()] = start;
            ends[out.length()] = end;
            out.append(decoded);
        }

        private void copyUpTo(int at) {
            if (out == null) {
                // Decoding only shortens: each decoded character was read from one or more written ones.
                out = new StringBuilder(written.length());
                starts = new int[written.length()];
                ends = new int[written.length()];
            }
            for (int i = copied; i < at; i++) {
                append(written.charAt(i), i, i + 1);
            }
            copied = at;
        }

        /** Whether {@code at} is in the message's quoted-printable body, which is looked for at the message's first '='. */
        private boolean quotedPrintable(int at) {
            if (charset == null) {
                quotedPrintable = QuotedPrintable.region(written);
                charset = quotedPrintable < 0 ? StandardCharsets.UTF_8 : QuotedPrintable.charset(written, QuotedPrintable.start(quotedPrintable));
            }
            return quotedPrintable >= 0 && at >= QuotedPrintable.start(quotedPrintable) && at < QuotedPrintable.end(quotedPrintable);
        }

        /** The run of escapes at {@code at} read in the body's charset, or as ISO-8859-1 where they are no UTF-8. */
        private int bytesAt(int at) {
            if (ByteEscapes.hexByte(written, at, '=') < 0) {
                return 0;
            }
            var bytes = new WrittenBytes();
            int length = QuotedPrintable.escapes(written, at, bytes);
            copyUpTo(at);
            if (!bytes.decode(charset == StandardCharsets.UTF_8 ? StandardCharsets.ISO_8859_1 : charset, this::append)) {
                return 0;
            }
            copied = at + length;
            return length;
        }
    }
}
