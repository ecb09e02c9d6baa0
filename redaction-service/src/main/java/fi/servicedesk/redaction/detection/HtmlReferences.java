package fi.servicedesk.redaction.detection;

import java.util.HashMap;
import java.util.Map;

/**
 * HTML's character references as a mail or web form writes them: numeric ({@code &#322;}, {@code &#x142;}) and named
 * ({@code &auml;}), always closed by their semicolon. The named ones are the letters and marks people's names and
 * messages are written with: HTML 4's Latin-1, Greek and punctuation sets and HTML's names of the Latin Extended-A
 * letters (ł, š, ğ, ő, ā …), by code point in Unicode's order. No library on the service's class path holds the
 * table, and names are not all of HTML's 2,231: the others (arrows, mathematical signs) stand for no letter of a name.
 */
final class HtmlReferences {

    private static final Map<String, Integer> NAMED = named();
    /** The most characters between '&' and ';': the longest name, and {@code #1114111}, the highest code point. */
    private static final int LONGEST = Math.max(8, NAMED.keySet().stream().mapToInt(String::length).max().orElseThrow());

    private HtmlReferences() {
    }

    /**
     * The code point of the reference opening at {@code at} (which holds '&') and, in the high bits, how many characters
     * it takes: {@link DecodedMessage#read}; 0 where no reference opens there.
     */
    static long at(String text, int at) {
        int end = semicolon(text, at + 2);
        if (end < 0) {
            return 0;
        }
        int codePoint = text.charAt(at + 1) == '#' ? numeric(text, at + 2, end) : NAMED.getOrDefault(text.substring(at + 1, end), 0);
        return codePoint == 0 ? 0 : DecodedMessage.read(end + 1 - at, codePoint);
    }

    /** Where the semicolon closing a reference opening before {@code from} is, -1 where none is near enough. */
    private static int semicolon(String text, int from) {
        int last = Math.min(text.length(), from + LONGEST);
        for (int i = from; i < last; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return i;
            }
            if (!(c < 128 && Character.isLetterOrDigit(c) || c == '#')) {
                return -1;
            }
        }
        return -1;
    }

    /** The code point of {@code &#…;}'s digits from {@code from} to {@code end}, 0 where they name no character to decode. */
    private static int numeric(String text, int from, int end) {
        boolean hex = from < end && (text.charAt(from) == 'x' || text.charAt(from) == 'X');
        int digitsFrom = hex ? from + 1 : from;
        if (digitsFrom == end) {
            return 0;
        }
        int codePoint = 0;
        for (int i = digitsFrom; i < end; i++) {
            int digit = Character.digit(text.charAt(i), hex ? 16 : 10);
            if (digit < 0 || codePoint > 0x10FFFF) {
                return 0;
            }
            codePoint = codePoint * (hex ? 16 : 10) + digit;
        }
        return ByteEscapes.decodable(codePoint) ? codePoint : 0;
    }

    private static Map<String, Integer> named() {
        var named = new HashMap<String, Integer>(512);
        inOrder(named, 0xA0, "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2"
                + " sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml"
                + " Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml"
                + " times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil"
                + " egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash"
                + " ugrave uacute ucirc uuml yacute thorn yuml");
        // Latin Extended-A; "-" where HTML names no reference.
        inOrder(named, 0x100, "Amacr amacr Abreve abreve Aogon aogon Cacute cacute Ccirc ccirc Cdot cdot Ccaron ccaron Dcaron"
                + " dcaron Dstrok dstrok Emacr emacr - - Edot edot Eogon eogon Ecaron ecaron Gcirc gcirc Gbreve gbreve Gdot gdot"
                + " Gcedil - Hcirc hcirc Hstrok hstrok Itilde itilde Imacr imacr - - Iogon iogon Idot imath IJlig ijlig Jcirc"
                + " jcirc Kcedil kcedil kgreen Lacute lacute Lcedil lcedil Lcaron lcaron Lmidot lmidot Lstrok lstrok Nacute"
                + " nacute Ncedil ncedil Ncaron ncaron napos ENG eng Omacr omacr - - Odblac odblac OElig oelig Racute racute"
                + " Rcedil rcedil Rcaron rcaron Sacute sacute Scirc scirc Scedil scedil Scaron scaron Tcedil tcedil Tcaron"
                + " tcaron Tstrok tstrok Utilde utilde Umacr umacr Ubreve ubreve Uring uring Udblac udblac Uogon uogon Wcirc"
                + " wcirc Ycirc ycirc Yuml Zacute zacute Zdot zdot Zcaron zcaron");
        inOrder(named, 0x391, "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho - Sigma Tau"
                + " Upsilon Phi Chi Psi Omega");
        inOrder(named, 0x3B1, "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf"
                + " sigma tau upsilon phi chi psi omega");
        inOrder(named, 0x2013, "ndash mdash - - - lsquo rsquo sbquo - ldquo rdquo bdquo - dagger Dagger bull - - - hellip");
        String[] others = {"quot", "\"", "amp", "&", "apos", "'", "lt", "<", "gt", ">", "fnof", "ƒ", "circ", "ˆ", "tilde", "˜",
            "ensp", "\u2002", "emsp", "\u2003", "thinsp", "\u2009", "zwnj", "\u200C", "zwj", "\u200D", "lrm", "\u200E",
            "rlm", "\u200F", "permil", "‰", "prime", "′", "Prime", "″", "lsaquo", "‹", "rsaquo", "›", "oline", "‾",
            "frasl", "⁄", "euro", "€", "trade", "™", "inodot", "ı"};
        for (int i = 0; i < others.length; i += 2) {
            named.put(others[i], others[i + 1].codePointAt(0));
        }
        return Map.copyOf(named);
    }

    private static void inOrder(Map<String, Integer> named, int first, String names) {
        var each = names.split(" ");
        for (int i = 0; i < each.length; i++) {
            if (!each[i].equals("-")) {
                named.put(each[i], first + i);
            }
        }
    }
}
