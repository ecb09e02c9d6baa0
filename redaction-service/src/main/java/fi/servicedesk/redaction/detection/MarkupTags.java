package fi.servicedesk.redaction.detection;

/**
 * A tag's name in a mail's or a form's HTML pasted as text is no name: the word in lower case right after "&lt;" before a
 * space or "/" ("&lt;meta charset=…&gt;", "&lt;br/&gt;"), or after "&lt;/" ("&lt;/span&gt;"). A chat log's nick alone in angle
 * brackets ("&lt;anna&gt; hei") stays, and a WebVTT voice ("&lt;v Catriona Bay&gt;") keeps its name after the tag.
 */
final class MarkupTags {

    private MarkupTags() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && isTagName(text, tokens, t)) {
                names[t] = false;
            }
        }
    }

    private static boolean isTagName(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (start == 0 || end >= text.length() || !tokens.isLowerCase(t)) {
            return false;
        }
        boolean closing = text.charAt(start - 1) == '/' && start >= 2;
        char after = text.charAt(end);
        // "<anna>" alone is a chat log's nick (IRC), "</anna>" no one's.
        return text.charAt(closing ? start - 2 : start - 1) == '<' && (after == ' ' || after == '/' || closing && after == '>');
    }
}
