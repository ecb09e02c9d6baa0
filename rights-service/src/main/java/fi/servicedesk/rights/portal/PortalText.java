package fi.servicedesk.rights.portal;

import io.quarkus.qute.TemplateData;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Every text of the portal in one language, from the message bundle {@code portal/messages}
 * (English, and Finnish in {@code messages_fi}). Templates read it as {@code {t.get('queue.title')}}.
 */
@TemplateData
public final class PortalText {

    public static final Set<String> LANGUAGES = Set.of("fi", "en");
    private final ResourceBundle bundle;
    private final Locale locale;

    PortalText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("portal.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text of {@code prefix + code} when the bundle has one, else the code itself (a new code not yet worded). */
    public String label(String prefix, String code) {
        return bundle.containsKey(prefix + code) ? get(prefix + code) : code;
    }

    /** The text of {@code key} with {@code {0}} and {@code {1}} filled in. */
    public String format(String key, Object first, Object second) {
        return new MessageFormat(get(key), locale).format(new Object[]{first, second});
    }
}
