package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets inside links: the values of query parameters that {@link SecretKeyWords} names ({@code token=},
 * {@code key=}, {@code sig=}, {@code client_secret=}, {@code X-Amz-Credential=}), and the {@code user:pass} of
 * {@code scheme://user:pass@host}, a connection string's login (a user name, R8.2) and its password (a credential).
 * Only the secret is replaced, so the link stays readable for training.
 */
public final class UrlSecretDetector implements Detector {

    /** A query parameter, its name and its value; {@link SecretKeyWords} says which names carry a secret. */
    private static final Pattern PARAMETER = Pattern.compile("[?&;#]([\\w.-]{1,64})=([^&\\s#\"'<>]+)");
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
            for (int from = 0; scan.find(from, PARAMETER_OPENING); ) {
                Matcher parameter = scan.match();
                if (SecretKeyWords.namesALinkSecret(parameter.group(1))) {
                    findings.add(new Finding(EntityType.URL_SECRET, parameter.start(2), parameter.end(2), parameter.group(2)));
                    from = parameter.end();
                } else {
                    // Another parameter's value may hold a link of its own ("?next=…/callback?token=…").
                    from = parameter.start(2);
                }
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
