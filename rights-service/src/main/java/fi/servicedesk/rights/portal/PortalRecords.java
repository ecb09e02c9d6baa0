package fi.servicedesk.rights.portal;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.stream.Collectors;

/** The Art. 30 record of processing: a printable page, JSON and CSV (dpo and auditor). */
@Path("/portal/records")
@RolesAllowed({"dpo", "auditor"})
public class PortalRecords {

    private final ProcessingRecords records;
    private final PortalPage page;
    private final Template template;

    PortalRecords(ProcessingRecords records, PortalPage page, @Location("portal/records.html") Template template) {
        this.records = records;
        this.page = page;
        this.template = template;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return page.render(template, "records").data("record", records.record(page.text(), page::date));
    }

    @GET
    @Path("/record.json")
    @Produces(MediaType.APPLICATION_JSON)
    public ProcessingRecord json() {
        return records.record(page.text(), page::date);
    }

    @GET
    @Path("/record.csv")
    @Produces("text/csv")
    public Response csv() {
        var record = records.record(page.text(), page::date);
        var csv = record.sections().stream()
                .flatMap(s -> s.entries().stream().map(e -> Csv.row(s.heading(), e)))
                .collect(Collectors.joining("", Csv.row("section", "entry"), ""));
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"records-of-processing.csv\"").build();
    }
}
