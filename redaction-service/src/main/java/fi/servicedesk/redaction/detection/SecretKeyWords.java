package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that say a key's value is a secret (R8.2), one vocabulary for the rules that read keys: a settings file's
 * or an HTTP header's ({@link SecretsInSettings}: "SMTP_PASS=", "clientSecret:", "Authorization:") and a link's query
 * parameter ({@link UrlSecretDetector}: "?access_token=", "&sig="). A key is read by its words, split at "_", "-" and
 * "." and where a capital follows a small letter ("SMTP_PASS", "clientSecret", "x-amz-credential"), and its last word
 * decides: a secret's word ("password", "token", "credential"), or "key" after another word ("API_KEY", "secretKey";
 * a record's bare "key" is its id, "public_key" no secret). A link names some secrets by short words a settings file
 * uses for other things ("key", "sig", "code", "session"): those only in a link.
 */
final class SecretKeyWords {

    /** A key's last word that names a secret. */
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pass", "pwd", "secret", "token",
            "passphrase", "credential", "credentials", "authorization");
    /** A key's last word that is a secret's only after another word: "API_KEY", "secretKey"; not "public_key". */
    private static final String KEY = "key";
    private static final Set<String> PUBLIC_KEYS = Set.of("public", "pub", "primary", "foreign", "sort", "partition");
    /** A link's query parameters that carry a secret by a name no settings key would be read by ("?sig=", "&code="). */
    private static final Set<String> LINK_PARAMETERS = Set.of("key", "apikey", "sig", "signature", "auth", "code",
            "session", "sessionid", "sid");
    /** What every secret's key holds, for the pair filter before a message is read for keys. */
    static final Fragment[] CUES = Fragment.each("pass", "pwd", "secret", "token", "key", "credential", "authorization");

    private SecretKeyWords() {
    }

    /** Whether the key ("SMTP_PASS", "clientSecret", "api-key", "Authorization") names a secret. */
    static boolean namesASecret(String key) {
        var words = words(key);
        if (words.isEmpty()) {
            return false;
        }
        var last = words.getLast();
        return SECRET_WORDS.contains(last) || last.equals(KEY) && words.size() > 1 && !isPublic(words);
    }

    /** Whether a link's query parameter ("access_token", "sig", "X-Amz-Signature") carries a secret. */
    static boolean namesALinkSecret(String parameter) {
        var words = words(parameter);
        return !words.isEmpty() && (SECRET_WORDS.contains(words.getLast())
                || LINK_PARAMETERS.contains(words.getLast()) && !isPublic(words));
    }

    /** "public_key", "sort_key": the word before the key's last says it is no secret. */
    private static boolean isPublic(List<String> words) {
        return words.size() > 1 && PUBLIC_KEYS.contains(words.get(words.size() - 2));
    }

    /** The key's words in small letters, split at "_", "-" and "." and where a capital follows a small letter. */
    private static List<String> words(String key) {
        var words = new ArrayList<String>();
        int start = 0;
        for (int i = 0; i <= key.length(); i++) {
            boolean separator = i < key.length() && "_-.".indexOf(key.charAt(i)) >= 0;
            boolean camel = i > 0 && i < key.length() && Character.isUpperCase(key.charAt(i)) && Character.isLowerCase(key.charAt(i - 1));
            if (i == key.length() || separator || camel) {
                if (i > start) {
                    words.add(key.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = separator ? i + 1 : i;
            }
        }
        return words;
    }
}
