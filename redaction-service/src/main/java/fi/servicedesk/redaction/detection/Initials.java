package fi.servicedesk.redaction.detection;

/**
 * A person's initials written beside their name are part of it, and left in clear beside the redacted name they still
 * point at them (R3.2): before a surname ("C. Bandaru", "J. R. Tolkien", "J-P Virtanen", "A.-V. Mesilehto",
 * "K.J. Ström", "M.-j. Hwang") and after a name ("Mira S.:", "Regards, Sigurður G.", "Virtanen K.-M."). An initial is a capital and
 * its full stop; several are joined by a hyphen, by nothing or by one space; one space parts them from the name. Read
 * on the characters, since a full stop glued to a letter leaves no word to the tokens ("K.J.").
 */
final class Initials {

    private Initials() {
    }

    /**
     * Where the initials written right before the word at {@code t} begin, or the word's start if none stands there;
     * not the Finnish sign-off "T." alone on a line before the writer's name ("Kiitos!\nT. Aava").
     */
    static int start(String text, Tokens tokens, int t) {
        int nameStart = tokens.start(t);
        int start = nameStart;
        while (start > 1 && text.charAt(start - 1) == ' ') {
            int group = groupEndingAt(text, start - 1);
            if (group < 0) {
                break;
            }
            if (start == nameStart && isSignOff(text, tokens, t, group)) {
                return nameStart;
            }
            start = group;
        }
        return start;
    }

    /**
     * Where the initials written right after the word at {@code t} end, or the word's end if none stands there: one
     * space, the initials, then no letter or digit; not those that open the next name marked ("Valma H. Virtanen":
     * {@link #start} gives them to Virtanen).
     */
    static int end(String text, Tokens tokens, boolean[] names, int t) {
        int nameEnd = tokens.end(t);
        if (nameEnd + 2 >= text.length() || text.charAt(nameEnd) != ' ') {
            return nameEnd;
        }
        int end = groupStartingAt(text, nameEnd + 1);
        if (end < 0 || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return nameEnd;
        }
        int next = t + 1;
        while (next < tokens.size() && tokens.start(next) < end) {
            next++;
        }
        boolean opensNextName = next < tokens.size() && names[next] && end + 1 == tokens.start(next) && text.charAt(end) == ' ';
        return opensNextName ? nameEnd : end;
    }

    /**
     * The word the initials that open at the word at {@code t} stand before, spaces between ("A.-V." or "J-P" before
     * "Mesilehto", "T. P." before "Mesisaari"), or {@code t} if no initials open there.
     */
    static int nameAfter(String text, Tokens tokens, int t) {
        int end = tokens.length(t) == 3 && NameWords.isInitial(text, tokens, t) ? tokens.end(t) : groupStartingAt(text, tokens.start(t));
        if (end < 0) {
            return t;
        }
        int spaces = end;
        while (spaces < text.length() && text.charAt(spaces) == ' ') {
            spaces++;
        }
        int name = t + 1;
        while (name < tokens.size() && tokens.start(name) < spaces) {
            name++;
        }
        if (spaces == end || name == tokens.size() || tokens.start(name) != spaces) {
            return t;
        }
        return NameWords.isInitial(text, tokens, name) ? Math.max(name, nameAfter(text, tokens, name)) : name;
    }

    /** The start of the initials that end at {@code end} (exclusive), standing apart from what is before them; -1 if none. */
    private static int groupEndingAt(String text, int end) {
        int k = end;
        boolean dotted = false;
        while (k >= 2 && text.charAt(k - 1) == '.' && (Character.isUpperCase(text.charAt(k - 2)) || isSecondOfAPair(text, k - 2))) {
            k -= 2;
            dotted = true;
            if (k >= 3 && text.charAt(k - 1) == '-' && text.charAt(k - 2) == '.') {
                k--;
            }
        }
        // "J-P": two capitals and a hyphen, no full stops.
        if (!dotted && k >= 3 && Character.isUpperCase(text.charAt(k - 1)) && text.charAt(k - 2) == '-'
                && Character.isUpperCase(text.charAt(k - 3))) {
            k -= 3;
            dotted = true;
        }
        return dotted && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)) && ".-'’".indexOf(text.charAt(k - 1)) < 0) ? k : -1;
    }

    /** The end of the dotted initials that begin at {@code start}; -1 if none. */
    private static int groupStartingAt(String text, int start) {
        int k = start;
        while (k + 1 < text.length() && Character.isUpperCase(text.charAt(k)) && text.charAt(k + 1) == '.') {
            k += 2;
            if (k + 2 < text.length() && text.charAt(k) == '-' && Character.isUpperCase(text.charAt(k + 1)) && text.charAt(k + 2) == '.') {
                k++;
            } else if (k + 2 < text.length() && text.charAt(k + 2) == '.' && isSecondOfAPair(text, k + 1)) {
                return k + 3;
            }
        }
        return k > start ? k : -1;
    }

    /**
     * The letter at {@code at} is the second initial of a hyphened pair written in lower case, as romanised Korean
     * double given names are ("M.-j." for Min-jun, "H.-w." for Hye-won); it ends the group.
     */
    private static boolean isSecondOfAPair(String text, int at) {
        return at >= 3 && Character.isLowerCase(text.charAt(at)) && text.charAt(at - 1) == '-' && text.charAt(at - 2) == '.'
                && Character.isUpperCase(text.charAt(at - 3));
    }

    /**
     * "T." alone before the name, opening its line, the name ending it: the Finnish sign-off (terveisin, regards), unless
     * the line before is a closing that leads to a name, which then is the whole line ("Kind regards,\nT. Wong").
     */
    private static boolean isSignOff(String text, Tokens tokens, int name, int group) {
        if (text.charAt(group) != 'T' || group + 2 != tokens.start(name) - 1 || !opensLine(text, group)) {
            return false;
        }
        int end = tokens.end(name);
        if (end != text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            return false;
        }
        // The token before "T" ends the line above.
        return name < 2 || !NameLayout.leadsToName(text, tokens, name - 2);
    }

    private static boolean opensLine(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }
}
