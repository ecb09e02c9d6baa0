package fi.servicedesk.redaction.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import fi.servicedesk.redaction.corpus.CorpusExport;
import fi.servicedesk.redaction.domain.CorpusEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * The bot developers' read of the corpus (R3.2): NDJSON streamed page by page from the
 * database, resumable by cursor ({@code X-Next-Cursor}, and {@code cursor} on every line).
 */
@Path("/api/v1/corpus/export")
public class CorpusExportResource {

    public static final String NDJSON = "application/x-ndjson";

    private final CorpusExport export;
    private final ObjectWriter lines;

    CorpusExportResource(CorpusExport export, ObjectMapper json) {
        this.export = export;
        this.lines = json.writerFor(ExportedEntry.class);
    }

    @GET
    @Produces(NDJSON)
    @RolesAllowed("bot-developer")
    public Response export(@QueryParam("since") @DefaultValue("0") @Min(0) long since,
                           @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(100000) int limit) {
        StreamingOutput body = output -> {
            var out = new BufferedOutputStream(output, 64 * 1024);
            export.forEach(since, limit, entry -> write(out, entry));
            out.flush();
        };
        var response = Response.ok(body, NDJSON);
        export.lastCursor(since, limit).ifPresent(cursor -> response.header("X-Next-Cursor", cursor));
        return response.build();
    }

    private void write(BufferedOutputStream out, CorpusEntry entry) {
        try {
            out.write(lines.writeValueAsBytes(ExportedEntry.of(entry)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One exported line; {@code cursor} resumes the export after it. */
    public record ExportedEntry(long cursor, String conversation, int sequence, String speaker, String language,
                                String channel, String text, Map<String, Integer> entityCounts, Instant storedAt) {

        static ExportedEntry of(CorpusEntry entry) {
            return new ExportedEntry(entry.id, entry.conversation, entry.sequence, entry.speaker, entry.language,
                    entry.channel, entry.text, entry.entityCounts, entry.storedAt);
        }
    }
}
