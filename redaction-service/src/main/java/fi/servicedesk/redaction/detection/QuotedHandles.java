package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A handle in quotation marks on a line that names the chat or game service it is on (R8.2): "on Discord someone
 * called 'tomski_92' sent a link", "Discordissa joku ”iina.kor” lähetti linkin": a quoted word in lower case with a
 * digit, an underscore or a dot inside, where the line speaks of a service whose users go by handles, is someone's
 * account there. Not a file's name ("'raportti_2026.xlsx'"), whose last part is its extension.
 */
final class QuotedHandles {

    /** The chat and game services whose users are known by handles, in lower case. */
    private static final List<String> SERVICES = List.of("discord", "roblox", "steam", "xbox", "playstation", "psn",
            "twitch", "snapchat", "telegram", "fortnite", "minecraft", "epic games", "tiktok", "instagram", "reddit");
    private static final String OPENING_QUOTES = "'\"”“‘’«»";
    /** The extensions of the files a quoted name with a dot may be. */
    static final Set<String> EXTENSIONS = Set.of("txt", "pdf", "png", "jpg", "jpeg", "gif", "exe", "zip", "xls",
            "xlsx", "doc", "docx", "csv", "log", "mp3", "mp4", "mov", "ppt", "pptx", "json", "xml", "html", "msi",
            "apk", "bat", "htm", "rtf", "odt", "ods", "eml", "msg", "pst", "ost", "ini", "cfg", "conf", "yml", "yaml",
            "sql", "bak", "tmp", "dll", "sys", "jar", "war", "pem", "crt", "cer", "pfx", "dat", "tar", "rar", "iso",
            "img", "vhd", "tif", "tiff", "bmp", "svg", "heic", "wav", "avi", "mkv", "wmv", "vsd", "vsdx", "key",
            "lnk", "url", "ps1", "sh", "py", "js", "css", "ttf");
    private static final int SHORTEST = 3;

    private QuotedHandles() {
    }

    static void find(Text message, List<Finding> findings) {
        var text = message.value();
        for (int q = 0; q < text.length(); q++) {
            if (OPENING_QUOTES.indexOf(text.charAt(q)) < 0 || q > 0 && Characters.isLetterOrNumber(text.charAt(q - 1))) {
                continue;
            }
            int start = q + 1;
            int end = start;
            while (end < text.length() && isHandleChar(text.charAt(end))) {
                end++;
            }
            if (end - start >= SHORTEST && end < text.length() && OPENING_QUOTES.indexOf(text.charAt(end)) >= 0
                    && isHandle(text, start, end) && namesAService(text, start)) {
                findings.add(new Finding(EntityType.USERNAME, start, end, text.substring(start, end).toLowerCase(Locale.ROOT)));
            }
            q = Math.max(q, end - 1);
        }
    }

    /** Letters first, a digit, underscore or dot inside, no dot at either end, and no file's extension last. */
    private static boolean isHandle(String text, int start, int end) {
        if (!Character.isLetter(text.charAt(start)) || text.charAt(end - 1) == '.') {
            return false;
        }
        boolean marked = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            marked |= Scan.isDigit(c) || c == '_' || c == '.';
        }
        int dot = text.lastIndexOf('.', end - 1);
        return marked && !(dot >= start && EXTENSIONS.contains(text.substring(dot + 1, end).toLowerCase(Locale.ROOT)));
    }

    private static boolean namesAService(String text, int at) {
        var line = text.substring(Characters.lineStart(text, at), Characters.lineEnd(text, at)).toLowerCase(Locale.ROOT);
        for (var service : SERVICES) {
            if (line.contains(service)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHandleChar(char c) {
        return Character.isLowerCase(c) || Character.isUpperCase(c) || Scan.isDigit(c) || c == '_' || c == '.';
    }
}
