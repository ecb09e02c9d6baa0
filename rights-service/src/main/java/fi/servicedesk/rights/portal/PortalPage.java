package fi.servicedesk.rights.portal;

import fi.servicedesk.rights.audit.AccessAudit;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What every page of the portal shows around its content: the language (a cookie set by the
 * switch, else the browser's Accept-Language), the signed-in user and what they may do.
 */
@RequestScoped
public class PortalPage {

    static final String LANGUAGE_COOKIE = "portal-lang";
    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final ZoneId zone;
    private PortalText text;

    PortalPage(SecurityIdentity identity, HttpServerRequest request,
               fi.servicedesk.rights.config.RightsConfig config) {
        this.identity = identity;
        this.request = request;
        this.zone = config.deadlineZone();
    }

    public PortalText text() {
        if (text == null) {
            text = new PortalText(Locale.of(language()));
        }
        return text;
    }

    /** The template with the page's frame filled in: texts, language, user, role, current path. */
    public TemplateInstance render(Template template, String page) {
        return template.data("t", text())
                .data("lang", text().language())
                .data("user", user())
                .data("dpo", isDpo())
                .data("page", page)
                .data("path", request.path());
    }

    public String user() {
        return identity.getPrincipal().getName();
    }

    /** Why the signed-in user reads personal data on a page (R9.2). */
    public String purpose() {
        return AccessAudit.purposeOf(isDpo());
    }

    public boolean isDpo() {
        return identity.hasRole("dpo");
    }

    public String date(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(text().locale())
                .format(at.atZone(zone));
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(text().locale()).format(at.atZone(zone));
    }

    private String language() {
        var cookie = request.getCookie(LANGUAGE_COOKIE);
        if (cookie != null && PortalText.LANGUAGES.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        var accepted = request.getHeader("Accept-Language");
        if (accepted != null) {
            try {
                for (var range : Locale.LanguageRange.parse(accepted)) {
                    var language = range.getRange().split("-")[0];
                    if (PortalText.LANGUAGES.contains(language)) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException e) {
                return "en";
            }
        }
        return "en";
    }
}
