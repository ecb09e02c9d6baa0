package fi.servicedesk.rights.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.audit.AccessAudit;
import fi.servicedesk.rights.config.RightsConfig;
import fi.servicedesk.rights.crypto.Sealer;
import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.domain.RequestType;
import fi.servicedesk.rights.domain.RightsCase;
import fi.servicedesk.rights.domain.RightsCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The access package of a completed ACCESS case (R10.1): data.json with every owner's document,
 * recordings moved out into recordings/, and the bilingual report.html. Handing it out is a read of
 * personal data, so it is written into the case history (R9.2).
 */
@ApplicationScoped
@Transactional
public class AccessPackages {

    private static final String RECORDINGS = "recordings/";

    private final RightsCaseRepository cases;
    private final Sealer sealer;
    private final AccessReport report;
    private final RightsConfig config;
    private final ObjectMapper json;
    private final AccessAudit audit;
    private final Clock clock;

    AccessPackages(RightsCaseRepository cases, Sealer sealer, AccessReport report, RightsConfig config,
                   ObjectMapper json, AccessAudit audit, Clock clock) {
        this.audit = audit;
        this.cases = cases;
        this.sealer = sealer;
        this.report = report;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The zip's bytes; 409 unless the case is a COMPLETED ACCESS case; 410 Gone once its person was
     * erased (R10.3) or rights.access-package-expiry has passed since completion.
     */
    public byte[] build(UUID id, String actor, String reason) {
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
        if (!now.isBefore(expiry)) {
            throw gone("This access package expired on " + expiry + "; a new access request gives a new one.");
        }
        var recordings = new LinkedHashMap<String, byte[]>();
        var owners = ownerDocuments(c, recordings);
        var zip = zip(dataJson(c, now, owners), report.render(c.id.toString(), c.receivedAt, now, owners), recordings);
        c.record(now, actor, "PACKAGE_DELIVERED", "Access package handed out (" + zip.length + " bytes)");
        audit.record(actor, AccessAudit.Read.PACKAGE, List.of(id), reason);
        return zip;
    }

    private static ProblemException gone(String detail) {
        return new ProblemException(410, "Gone", detail);
    }

    private ObjectNode ownerDocuments(RightsCase c, Map<String, byte[]> recordings) {
        var owners = json.createObjectNode();
        for (var owner : c.owners) {
            JsonNode document = owner.document == null ? json.nullNode() : read(sealer.open(owner.document));
            moveRecordingsOut(document, recordings);
            owners.set(owner.service, document);
        }
        return owners;
    }

    /** Replaces every {@code {"file": "recordings/…", "data": base64}} by a file entry of the zip. */
    private static void moveRecordingsOut(JsonNode node, Map<String, byte[]> recordings) {
        if (node.isObject()) {
            var file = node.path("file").asText("");
            if (file.startsWith(RECORDINGS) && node.path("data").isTextual()) {
                var safeName = RECORDINGS + file.substring(RECORDINGS.length()).replaceAll("[^A-Za-z0-9._-]", "_");
                recordings.put(safeName, Base64.getMimeDecoder().decode(node.get("data").asText()));
                ((ObjectNode) node).remove("data");
                ((ObjectNode) node).put("file", safeName);
            }
            node.forEach(child -> moveRecordingsOut(child, recordings));
        } else if (node.isArray()) {
            node.forEach(child -> moveRecordingsOut(child, recordings));
        }
    }

    private byte[] dataJson(RightsCase c, Instant now, ObjectNode owners) {
        var data = json.createObjectNode();
        data.put("requestId", c.id.toString());
        data.put("receivedAt", c.receivedAt.toString());
        data.put("generatedAt", now.toString());
        var controller = config.controller();
        data.putObject("controller")
                .put("name", controller.name())
                .put("address", controller.address())
                .put("dpoContact", controller.dpoContact())
                .put("requestContact", controller.requestContact());
        data.set("owners", owners);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(byte[] dataJson, String reportHtml, Map<String, byte[]> recordings) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            entry(zip, "data.json", dataJson);
            entry(zip, "report.html", reportHtml.getBytes(StandardCharsets.UTF_8));
            for (var recording : recordings.entrySet()) {
                stored(zip, recording.getKey(), recording.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Audio is compressed already; deflating it again costs time and saves nothing. */
    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        var entry = new ZipEntry(name);
        var crc = new CRC32();
        crc.update(bytes);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private JsonNode read(byte[] document) {
        try {
            return json.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
