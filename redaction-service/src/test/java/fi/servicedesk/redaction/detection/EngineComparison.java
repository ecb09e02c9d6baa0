package fi.servicedesk.redaction.detection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Two builds of the engine in one JVM, each from its own classes directory in a class loader of its
 * own (docs/redaction.md, Speed): whether they redact every evaluation set alike, and what one costs
 * beside the other in thread CPU. Run on the test class path (the dependencies), with the engines'
 * {@code target/classes} of two checkouts:
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp CLASSPATH fi.servicedesk.redaction.detection.EngineComparison \
 *     output A_CLASSES B_CLASSES                      # every set and variant, character for character; exits 1 on a difference
 * java ... EngineComparison cpu A_CLASSES B_CLASSES [warm-up s] [rounds] [passes a round]
 * java ... EngineComparison loop A_CLASSES SECONDS   # one engine over the evaluation set, for a profiler
 * </pre>
 * Calls go through reflection, so the two builds need only agree on {@code Redactor.redact},
 * {@code KnownIdentifiers.of}, {@code Placeholders.inMemory} and {@code Redaction.text}.
 */
public final class EngineComparison {

    private static final String PACKAGE = "fi.servicedesk.redaction.detection.";
    private static final List<String> SETS = List.of("evaluation-set", "held-out", "held-out-2", "held-out-3",
            "held-out-4", "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-9", "held-out-10", "held-out-11",
            "held-out-12", "held-out-13", "held-out-14", "held-out-15", "held-out-16", "held-out-17", "hand-written");
    /**
     * The variants every set is also redacted in: a rule guarded on case or on the characters around a word
     * must give the same output on them too. Re-spaced: every space doubled.
     */
    private static final List<Variant> VARIANTS = List.of(new Variant("as written", UnaryOperator.identity()),
            new Variant("upper-cased", s -> s.toUpperCase(Locale.ROOT)), new Variant("lower-cased", s -> s.toLowerCase(Locale.ROOT)),
            new Variant("re-spaced", s -> s.replace(" ", "  ")));

    private record Variant(String name, UnaryOperator<String> change) {
    }

    /** One message as the corpus consumer redacts it: its text and the event's identifiers. */
    private record Message(String text, String name, String email, String username, String agentName) {
    }

    private EngineComparison() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "output" -> System.exit(sameOutput(new Engine(args[1]), new Engine(args[2])) ? 0 : 1);
            case "cpu" -> cpu(new Engine(args[1]), new Engine(args[2]), argument(args, 3, 20), argument(args, 4, 300), argument(args, 5, 2));
            case "loop" -> loop(new Engine(args[1]), argument(args, 2, 60));
            default -> throw new IllegalArgumentException("output, cpu or loop, not " + args[0]);
        }
    }

    private static int argument(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }

    /** Prints each message whose output differs and a count per set and variant; true when there is none. */
    static boolean sameOutput(Engine a, Engine b) throws IOException {
        int differences = 0;
        int compared = 0;
        for (var set : SETS) {
            var messages = load(set);
            for (var variant : VARIANTS) {
                int differing = 0;
                for (var m : messages) {
                    var text = variant.change().apply(m.text());
                    var changed = new Message(text, m.name(), m.email(), m.username(), m.agentName());
                    var outA = a.redact(changed);
                    var outB = b.redact(changed);
                    compared++;
                    if (!outA.equals(outB)) {
                        differing++;
                        System.out.printf("DIFFERS (%s, %s)%n  in: %s%n  a:  %s%n  b:  %s%n", set, variant.name(), text, outA, outB);
                    }
                }
                differences += differing;
                System.out.printf("%-15s %-12s %5d messages, %d differ%n", set, variant.name(), messages.size(), differing);
            }
        }
        System.out.printf("%d outputs compared, %d differ%n", compared, differences);
        return differences == 0;
    }

    /**
     * Alternating rounds, each engine redacting the evaluation set {@code passes} times a round, after
     * {@code warmUpSeconds} of the same alternation: the median round of each by the thread's CPU time, the
     * ratio of the medians (b to a) and the quartiles of the ratio of each round's pair. Also the bytes each
     * allocates a message (the least of the rounds).
     */
    static void cpu(Engine a, Engine b, int warmUpSeconds, int rounds, int passes) throws IOException {
        var messages = load(SETS.getFirst());
        var knownA = a.known(messages);
        var knownB = b.known(messages);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (long end = System.nanoTime() + warmUpSeconds * 1_000_000_000L; System.nanoTime() < end; ) {
            sink += a.pass(messages, knownA) + b.pass(messages, knownB);
        }
        var cpuA = new double[rounds];
        var cpuB = new double[rounds];
        var ratios = new double[rounds];
        long allocatedA = Long.MAX_VALUE;
        long allocatedB = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long start = threads.getCurrentThreadCpuTime();
            for (int p = 0; p < passes; p++) {
                sink += a.pass(messages, knownA);
            }
            long middle = threads.getCurrentThreadCpuTime();
            long bytesMiddle = threads.getCurrentThreadAllocatedBytes();
            for (int p = 0; p < passes; p++) {
                sink += b.pass(messages, knownB);
            }
            long end = threads.getCurrentThreadCpuTime();
            allocatedA = Math.min(allocatedA, bytesMiddle - bytes);
            allocatedB = Math.min(allocatedB, threads.getCurrentThreadAllocatedBytes() - bytesMiddle);
            double perMessage = 1e3 * passes * messages.size();
            cpuA[round] = (middle - start) / perMessage;
            cpuB[round] = (end - middle) / perMessage;
            ratios[round] = cpuB[round] / cpuA[round];
        }
        Arrays.sort(cpuA);
        Arrays.sort(cpuB);
        Arrays.sort(ratios);
        double medianA = cpuA[rounds / 2];
        double medianB = cpuB[rounds / 2];
        double perPass = (double) passes * messages.size();
        System.out.printf("a %s: median %.2f µs a message (quartiles %.2f-%.2f), %.2f KB allocated a message%n",
                a.name(), medianA, cpuA[rounds / 4], cpuA[3 * rounds / 4], allocatedA / perPass / 1024);
        System.out.printf("b %s: median %.2f µs a message (quartiles %.2f-%.2f), %.2f KB allocated a message%n",
                b.name(), medianB, cpuB[rounds / 4], cpuB[3 * rounds / 4], allocatedB / perPass / 1024);
        System.out.printf("b/a: ratio of medians %.3f; per round median %.3f (quartiles %.3f-%.3f); %d rounds of %d passes (%d)%n",
                medianB / medianA, ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4], rounds, passes, sink % 2);
    }

    /** The evaluation set redacted over and over by one engine, for a profiler attached from the start. */
    static void loop(Engine engine, int seconds) throws IOException {
        var messages = load(SETS.getFirst());
        var known = engine.known(messages);
        long sink = 0;
        int passes = 0;
        for (long end = System.nanoTime() + seconds * 1_000_000_000L; System.nanoTime() < end; passes++) {
            sink += engine.pass(messages, known);
        }
        System.out.printf("%d passes (%d)%n", passes, sink % 2);
    }

    private static List<Message> load(String set) throws IOException {
        var resource = "/evaluation/" + set + ".jsonl";
        var stream = EngineComparison.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        var json = new ObjectMapper();
        var out = new ArrayList<Message>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                var node = json.readTree(line);
                var known = node.get("known");
                out.add(new Message(node.get("text").asText(), text(known, "name"), text(known, "email"),
                        text(known, "username"), text(known, "agentName")));
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** One build of the engine, its classes and resources read from its own directory before the class path's. */
    static final class Engine {

        private final String name;
        private final Object redactor;
        private final Method redact;
        private final Method knownOf;
        private final Method placeholders;
        private final Method text;

        Engine(String classes) throws ReflectiveOperationException {
            this.name = classes;
            var loader = new OwnClassesFirst(Path.of(classes));
            var redactorClass = loader.loadClass(PACKAGE + "Redactor");
            var knownClass = loader.loadClass(PACKAGE + "KnownIdentifiers");
            var placeholdersClass = loader.loadClass(PACKAGE + "Placeholders");
            redactor = redactorClass.getConstructor().newInstance();
            redact = redactorClass.getMethod("redact", String.class, knownClass, placeholdersClass);
            knownOf = knownClass.getMethod("of", String.class, String.class, String.class, String.class);
            placeholders = placeholdersClass.getDeclaredMethod("inMemory");
            placeholders.setAccessible(true);
            text = loader.loadClass(PACKAGE + "Redaction").getMethod("text");
        }

        String name() {
            return name;
        }

        String redact(Message m) {
            try {
                var known = knownOf.invoke(null, m.name(), m.email(), m.username(), m.agentName());
                return (String) text.invoke(redact.invoke(redactor, m.text(), known, placeholders.invoke(null)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * The messages' identifiers made once, as the benchmark makes them: the cost compared is the
         * engine's, not that of making them.
         */
        Object[] known(List<Message> messages) {
            var known = new Object[messages.size()];
            try {
                for (int k = 0; k < known.length; k++) {
                    var m = messages.get(k);
                    known[k] = knownOf.invoke(null, m.name(), m.email(), m.username(), m.agentName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return known;
        }

        /** The whole list redacted once; the output's length, so that the work is not dropped. */
        long pass(List<Message> messages, Object[] known) {
            long length = 0;
            try {
                for (int k = 0; k < known.length; k++) {
                    var redaction = redact.invoke(redactor, messages.get(k).text(), known[k], placeholders.invoke(null));
                    length += ((String) text.invoke(redaction)).length();
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return length;
        }
    }

    /**
     * The engine's package and its resources (the name lists) from the one directory, all else from the
     * class path: two engines then share the libraries and nothing of their own.
     */
    private static final class OwnClassesFirst extends URLClassLoader {

        OwnClassesFirst(Path classes) {
            super(new URL[]{url(classes)}, EngineComparison.class.getClassLoader());
        }

        private static URL url(Path classes) {
            try {
                return classes.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                var loaded = findLoadedClass(name);
                var c = loaded != null ? loaded : findClass(name);
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            var own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
