package fi.servicedesk.redaction.detection;

/**
 * Bytes written as escapes, a mark and two hexadecimal digits ({@code %C3%A4} in a link, {@code =C3=A4} in a
 * quoted-printable body), read as UTF-8: only a whole, valid sequence is a character, so an escape of another
 * charset's byte ({@code %E4}, Latin-1's ä) or a mark that opens no escape stays as written.
 */
final class ByteEscapes {

    private ByteEscapes() {
    }

    /**
     * The character whose escapes open at {@code at} (which holds {@code mark}) and, in the high bits, how many
     * characters they take: {@link DecodedMessage#read}; 0 where no whole sequence opens there, or where it is one
     * byte and {@code ascii} is false. In quoted-printable ({@code mark} '=') the digits are in capitals and a soft line
     * break may stand between the escapes of one character.
     */
    static long at(String text, int at, char mark, boolean ascii) {
        int first = hexByte(text, at, mark);
        int bytes = first < 0x80 ? 1 : first >= 0xC2 && first <= 0xDF ? 2 : first >= 0xE0 && first <= 0xEF ? 3
                : first >= 0xF0 && first <= 0xF4 ? 4 : 0;
        if (first < 0 || bytes == 0 || bytes == 1 && !ascii) {
            return 0;
        }
        int codePoint = bytes == 1 ? first : first & (0x7F >> bytes);
        int i = at + 3;
        for (int b = 1; b < bytes; b++) {
            if (mark == '=') {
                i += softBreak(text, i);
            }
            int next = hexByte(text, i, mark);
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
            codePoint = codePoint << 6 | next & 0x3F;
            i += 3;
        }
        // Overlong forms, surrogates and controls are no character a message is written with.
        boolean shortest = bytes < 3 || bytes == 3 && codePoint >= 0x800 || bytes == 4 && codePoint >= 0x10000;
        return shortest && decodable(codePoint) ? DecodedMessage.read(i - at, codePoint) : 0;
    }

    /** Whether a decoded {@code codePoint} is text: no surrogate, no control but tab and line breaks. */
    static boolean decodable(int codePoint) {
        return codePoint <= 0x10FFFF && !(codePoint >= 0xD800 && codePoint <= 0xDFFF)
                && (codePoint >= 0x20 && !(codePoint >= 0x7F && codePoint <= 0x9F) || codePoint == '\t' || codePoint == '\n'
                || codePoint == '\r');
    }

    /** How many characters the quoted-printable soft line break at {@code at} takes ("=", spaces, a line break); 0 if none is there. */
    static int softBreak(String text, int at) {
        if (at >= text.length() || text.charAt(at) != '=') {
            return 0;
        }
        int i = at + 1;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        return i < text.length() && text.charAt(i) == '\n' ? i + 1 - at : 0;
    }

    /** The byte of the escape at {@code at}, -1 where none is. */
    static int hexByte(String text, int at, char mark) {
        if (at + 2 >= text.length() || text.charAt(at) != mark) {
            return -1;
        }
        int high = hex(text.charAt(at + 1), mark);
        int low = hex(text.charAt(at + 2), mark);
        return high < 0 || low < 0 ? -1 : high << 4 | low;
    }

    /** A hexadecimal digit's value; quoted-printable writes its digits in capitals (RFC 2045), a link in either case. */
    private static int hex(char c, char mark) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return mark == '%' && c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }
}
