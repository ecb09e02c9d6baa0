package fi.servicedesk.redaction.detection;

import java.util.Base64;

/**
 * RFC 2047's encoded words, as raw mail headers pasted into a ticket write a name that is not ASCII, and often one
 * that is: {@code From: =?UTF-8?Q?Aino_H=C3=A4m=C3=A4l=C3=A4inen?= <…>}, {@code =?utf-8?B?QWlubyBIw6Rtw6Rsw6RpbmVu?=},
 * {@code Subject: =?iso-8859-1?Q?Tunnus_J=E4rvel=E4lle?=}, in any charset Java knows and either case. A sender's name
 * is still theirs encoded (R3.2, R8.2), so {@link DecodedMessage} reads each word decoded: a Q-encoded one character
 * by character (an {@code =XX} group or "_" is the characters it was read from), a B-encoded one as a whole, as no
 * character of base64 stands for one of the text. An encoded word that is a display name, standing before the
 * {@code <address>} it names, is read as a whole too: a name there is the word's, whatever else the word holds.
 * Whitespace between two encoded words is read as nothing (§6.2), so a word folded over two of them is one; where a
 * display name's words are encoded one by one, the space left outside them, the join of a lower-case letter and a
 * capital is read as the space it was ("=?UTF-8?Q?Aino?= =?UTF-8?Q?H=C3=A4m=C3=A4l=C3=A4inen?=").
 */
final class EncodedWords {

    /** The longest charset name read: RFC 2047 limits a whole word to 75 characters. */
    private static final int LONGEST_CHARSET = 40;

    private EncodedWords() {
    }

    /** Where the encoded word opening at {@code at} ends, after its "?="; -1 where none opens there. */
    static int end(String text, int at) {
        int length = text.length();
        if (!text.startsWith("=?", at)) {
            return -1;
        }
        int charsetEnd = at + 2;
        while (charsetEnd < length && charsetEnd - at - 2 <= LONGEST_CHARSET && charsetCharacter(text.charAt(charsetEnd))) {
            charsetEnd++;
        }
        if (charsetEnd == at + 2 || charsetEnd + 2 >= length || text.charAt(charsetEnd) != '?' || text.charAt(charsetEnd + 2) != '?'
                || "QqBb".indexOf(text.charAt(charsetEnd + 1)) < 0) {
            return -1;
        }
        for (int i = charsetEnd + 3; i < length; i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return i + 1 < length && text.charAt(i + 1) == '=' ? i + 2 : -1;
            }
            if (c <= ' ' || c > '~') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * How many characters of whitespace, folds included, stand between the encoded word ending at {@code end} and
     * the next one; 0 where no encoded word follows.
     */
    static int gap(String text, int end) {
        int i = end;
        while (i < text.length()) {
            char c = text.charAt(i);
            int fold = c == '\r' || c == '\n' ? ContentLines.fold(text, i) : 0;
            if (fold > 0) {
                i += fold;
            } else if (c == ' ' || c == '\t') {
                i++;
            } else {
                break;
            }
        }
        return i > end && end(text, i) > 0 ? i - end : 0;
    }

    /** Whether the encoded word at {@code at} is one of a display name's: its run of encoded words stands before an address's "<". */
    static boolean inDisplayName(String text, int at) {
        int end = end(text, at);
        for (int gap = gap(text, end); gap > 0; gap = gap(text, end)) {
            end = end(text, end + gap);
        }
        int i = end < text.length() && text.charAt(end) == '"' ? end + 1 : end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '<';
    }

    /**
     * Hands {@code reader} the characters of the encoded word from {@code at} to {@code end}, each with the written
     * characters it was read from, or with the whole word where {@code whole} or the word is B-encoded; false, and
     * nothing read, where its charset is unknown or its text no text in it.
     */
    static boolean decode(String text, int at, int end, boolean whole, WrittenBytes.Reader reader) {
        int charsetEnd = text.indexOf('?', at + 2);
        int languageMark = text.indexOf('*', at + 2);
        var charset = WrittenBytes.charset(text.substring(at + 2, languageMark > 0 && languageMark < charsetEnd ? languageMark : charsetEnd));
        if (charset == null) {
            return false;
        }
        var bytes = new WrittenBytes();
        int from = charsetEnd + 3;
        int to = end - 2;
        char encoding = text.charAt(charsetEnd + 1);
        if (encoding == 'B' || encoding == 'b') {
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(text.substring(from, to));
            } catch (IllegalArgumentException notBase64) {
                return false;
            }
            for (byte b : decoded) {
                bytes.add(b, at, end);
            }
        } else if (!readQ(text, from, to, whole ? at : -1, whole ? end : -1, bytes)) {
            return false;
        }
        return bytes.decode(charset, reader);
    }

    /** The first character the encoded word at {@code at} decodes to, 0 where it decodes to none, -1 where it does not decode. */
    static int first(String text, int at) {
        var first = new int[] {0};
        boolean decodes = decode(text, at, end(text, at), true, (decoded, start, end) -> {
            if (first[0] == 0) {
                first[0] = decoded;
            }
        });
        return decodes ? first[0] : -1;
    }

    /** Q's bytes: "_" a space, {@code =XX} a byte, any other character itself; each over its characters, or the whole word's. */
    private static boolean readQ(String text, int from, int to, int wholeStart, int wholeEnd, WrittenBytes bytes) {
        for (int i = from; i < to; ) {
            char c = text.charAt(i);
            int taken = 1;
            int value = c == '_' ? ' ' : c;
            if (c == '=') {
                int high = i + 2 < to ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = i + 2 < to ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return false;
                }
                value = high << 4 | low;
                taken = 3;
            }
            bytes.add(value, wholeStart < 0 ? i : wholeStart, wholeStart < 0 ? i + taken : wholeEnd);
            i += taken;
        }
        return true;
    }

    /** A character of a charset's name, and of the language RFC 2231 adds after '*'. */
    private static boolean charsetCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':'
                || c == '*';
    }
}
