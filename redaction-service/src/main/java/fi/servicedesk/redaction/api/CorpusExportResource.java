package fi.servicedesk.redaction.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.redaction.domain.CorpusEntryRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/** The bot developers' read of the corpus (R3.2): NDJSON, resumable by cursor. */
@Path("/api/v1/corpus/export")
public class CorpusExportResource {

    public static final String NDJSON = "application/x-ndjson";

    private final CorpusEntryRepository entries;
    private final ObjectMapper json;

    CorpusExportResource(CorpusEntryRepository entries, ObjectMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @GET
    @Produces(NDJSON)
    @RolesAllowed("bot-developer")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response export(@QueryParam("since") @DefaultValue("0") @Min(0) long since,
                           @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10000) int limit) {
        var page = entries.pageAfter(since, limit);
        var body = new StringBuilder();
        for (var entry : page) {
            body.append(line(new ExportedEntry(entry.id, entry.conversation, entry.sequence, entry.speaker,
                    entry.language, entry.channel, entry.text, entry.storedAt))).append('\n');
        }
        var response = Response.ok(body.toString(), NDJSON);
        if (!page.isEmpty()) {
            response.header("X-Next-Cursor", page.getLast().id);
        }
        return response.build();
    }

    private String line(ExportedEntry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One exported line; {@code cursor} resumes the export after it. */
    public record ExportedEntry(long cursor, String conversation, int sequence, String speaker, String language,
                                String channel, String text, Instant storedAt) {
    }
}
