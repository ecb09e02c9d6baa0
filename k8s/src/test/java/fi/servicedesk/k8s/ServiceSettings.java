package fi.servicedesk.k8s;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service reads from its configuration, taken from its source: the keys of its
 * application.properties, the variables those values name (${INGEST_MASTER_KEYS}), and the
 * properties of its own and servicedesk-kit's @ConfigMapping interfaces. A variable of the
 * environment reaches a property when it is the property's name upper-cased with every other
 * character an underscore (SmallRye Config's rule), so the names are compared that way.
 */
final class ServiceSettings {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final String ANY = "*";

    /** Property names (a Map key is {@value #ANY}), each with whether the service cannot start without it. */
    private final Map<String, Boolean> mappingProperties = new HashMap<>();
    private final Properties properties = new Properties();
    private final Set<String> referenced = new LinkedHashSet<>();
    private final Set<String> requiredVariables = new LinkedHashSet<>();

    private ServiceSettings() {
    }

    static Path repository() {
        return Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    }

    /** The settings of {@code <service>} (e.g. "ingest-service"), with servicedesk-kit's. */
    static ServiceSettings of(String service) {
        ServiceSettings settings = new ServiceSettings();
        Path module = repository().resolve(service);
        settings.readProperties(module.resolve("src/main/resources/application.properties"));
        settings.readMappings(module.resolve("src/main/java"));
        settings.readMappings(repository().resolve("servicedesk-kit/src/main/java"));
        return settings;
    }

    static String environmentName(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9*]", "_");
    }

    /** Whether the service reads {@code variable}: a property it has or declares, or a variable its properties name. */
    boolean reads(String variable) {
        if (referenced.contains(variable)) {
            return true;
        }
        Stream<String> names = Stream.concat(properties.stringPropertyNames().stream().map(ServiceSettings::withoutProfile),
                mappingProperties.keySet().stream());
        return names.map(ServiceSettings::environmentName).anyMatch(name -> matches(name, variable));
    }

    /** Variables without which the service does not start in production. */
    Set<String> requiredVariables() {
        Set<String> required = new LinkedHashSet<>(requiredVariables);
        mappingProperties.forEach((property, needed) -> {
            if (needed && !property.contains(ANY) && !givenInProperties(property)) {
                required.add(environmentName(property));
            }
        });
        return required;
    }

    /** The topics of the service's incoming channels (mp.messaging.incoming.*.topic). */
    Set<String> consumedTopics() {
        Set<String> topics = new LinkedHashSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                topics.add(properties.getProperty(key));
            }
        }
        return topics;
    }

    /** The topics the service writes, as its events/Topics class names them ("the topics … that this service writes to"). */
    static Set<String> publishedTopics(String service) {
        Path topics = repository().resolve(service).resolve("src/main/java/fi/servicedesk")
                .resolve(service.replace("-service", "")).resolve("events/Topics.java");
        try {
            Set<String> names = new LinkedHashSet<>();
            StaticJavaParser.parse(topics).findAll(StringLiteralExpr.class).forEach(l -> names.add(l.getValue()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String property(String key) {
        return properties.getProperty(key);
    }

    private static boolean matches(String pattern, String variable) {
        return Pattern.compile(Pattern.quote(pattern).replace(ANY, "\\E[A-Z0-9_]+\\Q")).matcher(variable).matches();
    }

    private boolean givenInProperties(String property) {
        return properties.containsKey(property) || properties.containsKey("%prod." + property);
    }

    private static String withoutProfile(String key) {
        return key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
    }

    private void readProperties(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : properties.stringPropertyNames()) {
            Matcher m = REFERENCE.matcher(properties.getProperty(key));
            while (m.find()) {
                referenced.add(m.group(1));
                boolean production = !key.startsWith("%") || key.startsWith("%prod.");
                if (production && m.group(2) == null) {
                    requiredVariables.add(m.group(1));
                }
            }
        }
    }

    private void readMappings(Path sources) {
        if (!Files.isDirectory(sources)) {
            return;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                if (text.contains("@ConfigMapping")) {
                    readMapping(StaticJavaParser.parse(text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readMapping(CompilationUnit unit) {
        for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
            type.getAnnotationByName("ConfigMapping").ifPresent(annotation -> {
                String prefix = annotation.findFirst(StringLiteralExpr.class).map(StringLiteralExpr::getValue).orElse("");
                walk(unit, type, prefix);
            });
        }
    }

    private void walk(CompilationUnit unit, ClassOrInterfaceDeclaration type, String prefix) {
        for (MethodDeclaration method : type.getMethods()) {
            if (method.isDefault() || method.isStatic() || !method.getParameters().isEmpty()) {
                continue;
            }
            String name = method.getAnnotationByName("WithName").flatMap(ServiceSettings::value)
                    .orElse(method.getNameAsString().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase());
            String property = method.getAnnotationByName("WithParentName").isPresent() ? prefix : prefix + "." + name;
            String typeName = method.getType().asString();
            boolean optional = typeName.startsWith("Optional") || method.getAnnotationByName("WithDefault").isPresent();
            Optional<ClassOrInterfaceDeclaration> group = nested(unit, typeName);
            if (typeName.startsWith("Map<")) {
                Optional<ClassOrInterfaceDeclaration> values = valueType(method).flatMap(t -> nested(unit, t));
                if (values.isPresent()) {
                    walk(unit, values.get(), property + "." + ANY);
                } else {
                    mappingProperties.put(property + "." + ANY, false);
                }
            } else if (group.isPresent()) {
                walk(unit, group.get(), property);
            } else {
                mappingProperties.put(property, !optional);
            }
        }
    }

    private static Optional<String> valueType(MethodDeclaration method) {
        return method.getType().toClassOrInterfaceType().flatMap(ClassOrInterfaceType::getTypeArguments)
                .filter(args -> args.size() == 2).map(args -> args.get(1).asString());
    }

    private static Optional<ClassOrInterfaceDeclaration> nested(CompilationUnit unit, String typeName) {
        List<ClassOrInterfaceDeclaration> types = unit.findAll(ClassOrInterfaceDeclaration.class,
                t -> t.isInterface() && t.getNameAsString().equals(typeName));
        return types.stream().findFirst();
    }

    private static Optional<String> value(AnnotationExpr annotation) {
        return annotation.findFirst(StringLiteralExpr.class).map(StringLiteralExpr::getValue);
    }
}
