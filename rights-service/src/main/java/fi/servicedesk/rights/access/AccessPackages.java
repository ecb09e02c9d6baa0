package fi.servicedesk.rights.access;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.audit.AccessAudit;
import fi.servicedesk.rights.config.RightsConfig;
import fi.servicedesk.rights.crypto.CaseKeys;
import fi.servicedesk.rights.domain.AccessChunkRepository.StoredPart;
import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.domain.RequestType;
import fi.servicedesk.rights.domain.RightsCaseRepository;
import fi.servicedesk.rights.replies.ReplyParts;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The access package of a completed ACCESS case (R10.1): data.json with every owner's document,
 * each recording as a file of recordings/, and the bilingual report.html. Handing it out is a read of
 * personal data, so it is written into the case history (R9.2).
 */
@ApplicationScoped
@Transactional
public class AccessPackages {

    private final RightsCaseRepository cases;
    private final CaseKeys caseKeys;
    private final ReplyParts parts;
    private final AccessReport report;
    private final RightsConfig config;
    private final ObjectMapper json;
    private final AccessAudit audit;
    private final Clock clock;

    AccessPackages(RightsCaseRepository cases, CaseKeys caseKeys, ReplyParts parts, AccessReport report, RightsConfig config,
                   ObjectMapper json, AccessAudit audit, Clock clock) {
        this.audit = audit;
        this.cases = cases;
        this.caseKeys = caseKeys;
        this.parts = parts;
        this.report = report;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Checks that the package may be handed out and records that it is: 409 unless the case is a
     * COMPLETED ACCESS case; 410 Gone once its person was erased (R10.3), its reply key destroyed, or
     * rights.access-package-expiry has passed since completion. {@link #write} then streams it.
     */
    public AccessPackage prepare(UUID id, String actor, String reason) {
        var c = cases.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No request " + id + "."));
        if (c.type != RequestType.ACCESS || c.status != CaseStatus.COMPLETED) {
            throw ProblemException.conflict("A package exists only for a COMPLETED ACCESS request; this is a "
                    + c.status + " " + c.type + " request.");
        }
        var now = Instant.now(clock);
        if (c.erasedAt != null) {
            throw gone("The person's data was erased on " + c.erasedAt + "; this package no longer exists.");
        }
        var expiry = c.closedAt.plus(config.accessPackageExpiry());
        var key = caseKeys.of(c);
        if (!now.isBefore(expiry) || key.isEmpty()) {
            throw gone("This access package expired on " + expiry + "; a new access request gives a new one.");
        }
        var owners = c.owners.stream().map(o -> new OwnerReply(o.service, o.attempt, parts.of(key.get(), o.service, o.attempt)))
                .toList();
        c.record(now, actor, "PACKAGE_DELIVERED", "Access package handed out");
        audit.record(actor, AccessAudit.Read.PACKAGE, List.of(id), reason);
        return new AccessPackage(key.get(), c.receivedAt, now, owners);
    }

    /**
     * Writes the zip as a stream: data.json and report.html from the owners' documents, each read as
     * a stream from the stored reply (data.json copies it token by token, report.html reads it again
     * for its tables), then each recording copied chunk by chunk; neither a document nor a recording
     * is ever held whole, and no transaction is held while the client reads.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void write(AccessPackage content, OutputStream out) throws IOException {
        var documents = content.owners().stream().map(owner -> new AccessReport.OwnerDocument(owner.service(),
                owner.parts().isEmpty() ? null : () -> parser(content, owner))).toList();
        var requestId = content.key().caseId().toString();
        long started = System.nanoTime();
        long documentsWritten;
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("data.json"));
            writeDataJson(requestId, content, documents, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("report.html"));
            var html = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
            report.render(html, requestId, content.receivedAt(), content.generatedAt(), documents);
            html.flush();
            zip.closeEntry();
            documentsWritten = System.nanoTime();
            // Audio is compressed already; deflating it again costs time and saves nothing.
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (var owner : content.owners()) {
                for (var part : owner.parts().subList(Math.min(1, owner.parts().size()), owner.parts().size())) {
                    zip.putNextEntry(new ZipEntry(part.name()));
                    try (var recording = parts.open(content.key(), owner.service(), owner.attempt(), part)) {
                        recording.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        }
        // Times only (no personal data): where a download spends its time (docs/benchmarks.md).
        Log.infof("Package of request %s written: data.json and report.html in %d ms, recordings in %d ms", requestId,
                (documentsWritten - started) / 1_000_000, (System.nanoTime() - documentsWritten) / 1_000_000);
    }

    /** An owner's document (its reply's first part) as a stream of JSON tokens. */
    private JsonParser parser(AccessPackage content, OwnerReply owner) {
        try {
            return json.createParser(parts.open(content.key(), owner.service(), owner.attempt(), owner.parts().getFirst()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** data.json: the case's and the controller's facts, then each owner's document copied token by token. */
    private void writeDataJson(String requestId, AccessPackage content, List<AccessReport.OwnerDocument> documents,
                               OutputStream out) throws IOException {
        try (var data = json.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter()) {
            data.writeStartObject();
            data.writeStringField("requestId", requestId);
            data.writeStringField("receivedAt", content.receivedAt().toString());
            data.writeStringField("generatedAt", content.generatedAt().toString());
            var controller = config.controller();
            data.writeObjectFieldStart("controller");
            data.writeStringField("name", controller.name());
            data.writeStringField("address", controller.address());
            data.writeStringField("dpoContact", controller.dpoContact());
            data.writeStringField("requestContact", controller.requestContact());
            data.writeEndObject();
            data.writeObjectFieldStart("owners");
            for (var document : documents) {
                data.writeFieldName(document.service());
                if (document.open() == null) {
                    data.writeNull();
                    continue;
                }
                try (var owner = document.open().get()) {
                    owner.nextToken();
                    data.copyCurrentStructure(owner);
                }
            }
            data.writeEndObject();
            data.writeEndObject();
        }
    }

    private static ProblemException gone(String detail) {
        return new ProblemException(410, "Gone", detail);
    }

    /** What {@link #write} needs once the checks are done: the case's key and each owner's stored reply. */
    public record AccessPackage(CaseKeys.CaseKey key, Instant receivedAt, Instant generatedAt, List<OwnerReply> owners) {
    }

    /** One owner's accepted reply: its parts, the document first; none when it sent no access data. */
    public record OwnerReply(String service, int attempt, List<StoredPart> parts) {
    }
}
