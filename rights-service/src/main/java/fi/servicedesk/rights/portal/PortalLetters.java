package fi.servicedesk.rights.portal;

import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.cases.CaseView;
import fi.servicedesk.rights.cases.CaseDesk;
import fi.servicedesk.rights.config.RightsConfig;
import fi.servicedesk.rights.domain.CaseStatus;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;
import java.util.UUID;

/**
 * Letters to the person, in Finnish or English, ready to print: the answer, the extension with
 * its reasons (Art. 12(3)) and the rejection with the right to complain to the Data Protection
 * Ombudsman (Art. 12(4), R10.4). The controller's details come from configuration (R2.1).
 */
@Path("/portal/cases/{id}/letters/{kind}")
@RolesAllowed("dpo")
public class PortalLetters {

    private final CaseDesk desk;
    private final RightsConfig config;
    private final PortalPage page;
    private final Template template;

    PortalLetters(CaseDesk desk, RightsConfig config, PortalPage page, @Location("portal/letter.html") Template template) {
        this.desk = desk;
        this.config = config;
        this.page = page;
        this.template = template;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance letter(@PathParam("id") UUID id, @PathParam("kind") String kind,
                                   @QueryParam("lang") String language) {
        var c = desk.get(id, page.user(), page.purpose());
        var l = new PortalText(Locale.of(PortalText.LANGUAGES.contains(language) ? language : page.text().language()));
        var body = switch (kind) {
            case "answer" -> answer(c, l);
            case "extension" -> {
                require(c.extended(), "The deadline of this case has not been extended.");
                yield l.format("letter.extension.body", page.date(c.dueAt()), reason(c, "EXTENDED"));
            }
            case "rejection" -> {
                require(c.status() == CaseStatus.REJECTED, "This case has not been rejected.");
                yield l.format("letter.rejection.body", reason(c, "REJECTED"), null);
            }
            default -> throw ProblemException.notFound("No letter '" + kind + "'; answer, extension or rejection.");
        };
        var controller = config.controller();
        return page.render(template, "case")
                .data("l", l)
                .data("id", id)
                .data("letterLang", l.language())
                .data("subject", l.format("letter." + kind + ".subject", l.get("type." + c.type()), page.date(c.receivedAt())))
                .data("body", body)
                .data("complaint", l.get("letter.complaint"))
                .data("controller", controller.name() + ", " + controller.address())
                .data("contact", controller.requestContact())
                .data("dpoContact", controller.dpoContact());
    }

    private String answer(CaseView c, PortalText l) {
        require(c.status() == CaseStatus.COMPLETED, "The case is not completed; the answer is written when it is.");
        return l.get("letter.answer." + c.type());
    }

    /** The reason the DPO gave for the action, as the case's timeline has it. */
    private static String reason(CaseView c, String action) {
        return c.history().stream().filter(h -> h.action().equals(action)).map(CaseView.HistoryItem::note)
                .reduce((first, last) -> last).orElse("");
    }

    private static void require(boolean condition, String otherwise) {
        if (!condition) {
            throw ProblemException.conflict(otherwise);
        }
    }
}
