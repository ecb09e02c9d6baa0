package fi.servicedesk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The charts of k8s/charts, copied once per test run to target/charts-work with their
 * file:// dependencies built there (so the source tree gets no Chart.lock or packaged
 * dependencies), and rendered with the Helm that helm-java embeds: no helm binary, no cluster,
 * no network.
 */
final class Charts {

    static final List<String> SERVICES = List.of("ingest-service", "redaction-service", "retention-service", "rights-service");
    static final String LIBRARY = "servicedesk-lib";
    static final String UMBRELLA = "servicedesk-register";
    static final List<String> ALL = List.of(LIBRARY, "ingest-service", "redaction-service", "retention-service", "rights-service", UMBRELLA);

    static final String RELEASE = "servicedesk";
    static final String NAMESPACE = "servicedesk";
    /** The oldest Kubernetes the charts are meant for (CronJob time zones are GA from 1.27). */
    static final String KUBE_VERSION = "1.30.0";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static Path work;

    private Charts() {
    }

    static Path source() {
        return Path.of(System.getProperty("charts.dir", "charts")).toAbsolutePath();
    }

    static Path examples() {
        return Path.of(System.getProperty("charts.examples.dir", "examples")).toAbsolutePath();
    }

    static Path productionValues() {
        return examples().resolve("production-values.yaml");
    }

    static Path asyncApi() {
        return Path.of(System.getProperty("contracts.asyncapi", "../contracts/asyncapi.yaml")).toAbsolutePath();
    }

    /** The working copy of a chart, with its dependencies built. */
    static synchronized Path chart(String name) {
        if (work == null) {
            work = prepare();
        }
        return work.resolve(name);
    }

    private static Path prepare() {
        Path target = Path.of(System.getProperty("charts.work.dir", "target/charts-work")).toAbsolutePath();
        deleteTree(target);
        copyTree(source(), target);
        // Services first: the umbrella packages each service chart with its own charts/ folder.
        for (String service : SERVICES) {
            new Helm(target.resolve(service)).dependency().update().skipRefresh().call();
        }
        new Helm(target.resolve(UMBRELLA)).dependency().update().skipRefresh().call();
        return target;
    }

    /** Renders a chart (helm template) and returns its YAML text. */
    static String renderText(String chart, Path valuesFile, Map<String, Object> sets) {
        TemplateCommand template = new Helm(chart(chart)).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        if (valuesFile != null) {
            template = template.withValuesFile(valuesFile);
        }
        for (Map.Entry<String, Object> set : sets.entrySet()) {
            template = template.set(set.getKey(), set.getValue());
        }
        return template.call();
    }

    /** Renders a chart and parses every non-empty document as a YAML tree. */
    static List<JsonNode> render(String chart, Path valuesFile, Map<String, Object> sets) {
        return documents(renderText(chart, valuesFile, sets));
    }

    static List<JsonNode> documents(String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNextValue()) {
                JsonNode document = it.nextValue();
                if (document != null && !document.isNull() && !document.isMissingNode() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path relative = from.relativize(path);
                // Never carry built dependencies or locks from a developer's own helm runs.
                if (relative.toString().matches("[^/]+/(charts(/.*)?|Chart\\.lock)")) {
                    continue;
                }
                Path copy = to.resolve(relative);
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
