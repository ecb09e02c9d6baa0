package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets inside links: the values of query parameters such as {@code token=}, {@code key=},
 * {@code sig=}, {@code password=}, and the {@code user:pass} of {@code scheme://user:pass@host}, a connection
 * string's login (a user name, R8.2) and its password (a credential).
 * Only the secret is replaced, so the link stays readable for training.
 */
public final class UrlSecretDetector implements Detector {

    private static final Pattern PARAMETER = Pattern.compile(
            "[?&;#](?:access_token|refresh_token|id_token|token|api_key|apikey|api-key|key|sig|signature|password|passwd|pwd|secret"
                    + "|client_secret|auth|code|session|sessionid|sid|x-amz-signature|x-amz-credential)=([^&\\s#\"'<>]+)",
            Pattern.CASE_INSENSITIVE);
    /** A parameter opens at one of these: the search tries the pattern there only (see {@link Scan}), not at every character. */
    private static final Scan.Opening PARAMETER_OPENING = Scan.Opening.of("?&;#", (text, i) -> true);
    private static final Pattern USER_INFO = Pattern.compile("://([^/\\s:@?#]+):([^/\\s@]+)@");

    @Override
    public boolean readsLinkSyntax() {
        return true;
    }

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        if (message.has('=')) {
            var scan = new Scan(PARAMETER, message);
            for (int from = 0; scan.find(from, PARAMETER_OPENING); from = scan.match().end()) {
                Matcher parameter = scan.match();
                findings.add(new Finding(EntityType.URL_SECRET, parameter.start(1), parameter.end(1), parameter.group(1)));
            }
        }
        if (message.has(':') && text.contains("://")) {
            Matcher userInfo = USER_INFO.matcher(text);
            while (userInfo.find()) {
                findings.add(new Finding(EntityType.USERNAME, userInfo.start(1), userInfo.end(1), userInfo.group(1)));
                findings.add(new Finding(EntityType.CREDENTIAL, userInfo.start(2), userInfo.end(2), userInfo.group(2)));
            }
        }
    }
}
