package fi.servicedesk.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The event contracts of {@code contracts/}: JSON Schemas named after the CloudEvent type,
 * one example per event, and the AsyncAPI document. Contract tests check what a service
 * produces against the schema and parse every example it consumes.
 */
public final class ContractCatalog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private ContractCatalog() {
    }

    public static Path contractsDirectory() {
        var dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            var candidate = dir.resolve("contracts");
            if (Files.isRegularFile(candidate.resolve("asyncapi.yaml"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No contracts/asyncapi.yaml above " + Path.of("").toAbsolutePath());
    }

    /** Fails with every schema violation when {@code data} is not a valid payload of {@code ceType}. */
    public static void assertValid(String ceType, String data) {
        var violations = schema(ceType).validate(parse(data));
        if (!violations.isEmpty()) {
            throw new AssertionError(ceType + " violates its contract: " + violations.stream()
                    .map(Object::toString).collect(Collectors.joining("; ")) + "\n" + data);
        }
    }

    /** The contract's example payload of {@code ceType}, itself checked against the schema. */
    public static String example(String ceType) {
        var example = read(contractsDirectory().resolve("examples").resolve(ceType + ".json"));
        assertValid(ceType, example);
        return example;
    }

    public static JsonNode asyncApi() {
        try {
            return new YAMLMapper().readTree(contractsDirectory().resolve("asyncapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String ceType) {
        return SCHEMAS.getSchema(read(contractsDirectory().resolve("schemas").resolve(ceType + ".schema.json")));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
