package fi.servicedesk.ingest.api.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Turns a valid webhook body into the kinds of wrong ones a platform might send: fields dropped,
 * duplicated, retyped or null; strings huge, in other scripts or full of control characters;
 * numbers and timestamps out of every range; nested junk; and, as bytes, truncated JSON, random
 * bytes, an empty body or an array. All of it from one seeded Random, so a failure can be replayed.
 */
final class JsonMutator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\uD800", "\uDFFF\uD800",
            "😀🇫🇮", "\u202Eevil", "Ääkkönen Öljynen", "\t\r\n\b\f", "null", "true", "0", "-1", "<script>", "'; drop table contact; --",
            "%s%n%x", "\\", "\"", "../../etc/passwd", "ÿþ", "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ");
    private static final List<String> ODD_TIMES = List.of("2026-13-45T25:61:61Z", "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z", "+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z", "2026-11-20", "2026-11-20T08:15:02+25:00", "yesterday", "1e400", "");
    private static final List<String> ODD_NUMBERS = List.of("-1", "0", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "1e400", "-1e400", "3.5", "1E308", "0.0000001", "2147483648", "99999999999999999999999999");

    private final Random random;

    JsonMutator(Random random) {
        this.random = random;
    }

    /** A few mutations of the tree, then sometimes of its bytes. */
    byte[] mutate(ObjectNode valid) {
        var tree = valid.deepCopy();
        int mutations = random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            mutateSomewhere(tree);
        }
        var text = tree.toString();
        if (random.nextInt(8) == 0) {
            text = duplicateAField(text);
        }
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        return random.nextInt(6) == 0 ? mutateBytes(bytes) : bytes;
    }

    private void mutateSomewhere(ObjectNode root) {
        var containers = new ArrayList<JsonNode>();
        collect(root, containers);
        var container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            var names = new ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            var name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(5)) {
                case 0 -> object.remove(name);
                case 1 -> object.putNull(name);
                case 2 -> object.set(name, oddValue(object.get(name)));
                case 3 -> object.set(oddName(), oddValue(object.get(name)));
                default -> object.set(name, anyValue(3));
            }
        } else if (container instanceof ArrayNode array) {
            switch (random.nextInt(4)) {
                case 0 -> array.removeAll();
                case 1 -> array.add(anyValue(3));
                case 2 -> { if (!array.isEmpty()) { array.add(array.get(random.nextInt(array.size())).deepCopy()); } }
                default -> { if (!array.isEmpty()) { array.set(random.nextInt(array.size()), anyValue(2)); } }
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collect(child, containers));
        }
    }

    /** A value of the kind that breaks what the field held: its type changed, or out of its range. */
    private JsonNode oddValue(JsonNode current) {
        if (current != null && current.isTextual()) {
            return switch (random.nextInt(4)) {
                case 0 -> NODES.textNode(pick(ODD_TIMES));
                case 1 -> NODES.textNode(hugeString());
                case 2 -> NODES.textNode(pick(ODD_STRINGS) + current.asText() + pick(ODD_STRINGS));
                default -> NODES.numberNode(random.nextLong());
            };
        }
        if (current != null && current.isNumber()) {
            return NODES.numberNode(new BigDecimal(pick(ODD_NUMBERS)));
        }
        return anyValue(2);
    }

    private JsonNode anyValue(int depth) {
        return switch (random.nextInt(depth <= 0 ? 6 : 9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(new BigInteger(pick(ODD_NUMBERS).replaceAll("[.eE].*", "")));
            case 3 -> NODES.textNode(pick(ODD_STRINGS));
            case 4 -> NODES.textNode(pick(ODD_TIMES));
            case 5 -> NODES.textNode(randomUnicode(random.nextInt(40)));
            case 6 -> nested(random.nextInt(200));
            case 7 -> {
                var array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(anyValue(depth - 1));
                }
                yield array;
            }
            default -> {
                var object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(oddName(), anyValue(depth - 1));
                }
                yield object;
            }
        };
    }

    /** Arrays in arrays, as deep as asked: a parser's recursion, not its patience, is what this tries. */
    private JsonNode nested(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("x", node);
        }
        return node;
    }

    private String oddName() {
        return random.nextBoolean() ? pick(List.of("type", "text", "callId", "conversationId", "segments", "sender", "jobToken"))
                : randomUnicode(1 + random.nextInt(10));
    }

    /** Over the 64 KiB text limit, or just under it in characters that take 2–4 bytes each. */
    private String hugeString() {
        return random.nextBoolean() ? "x".repeat(65_537 + random.nextInt(1000)) : "😀ä".repeat(21_000 + random.nextInt(2_000));
    }

    private String randomUnicode(int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x5F);
                case 2 -> 0xA0 + random.nextInt(0x2000);
                default -> 0x1F300 + random.nextInt(0x300);
            });
        }
        return text.toString();
    }

    /** A field said twice: Jackson keeps the last unless told otherwise, and the first may be what was signed for. */
    private String duplicateAField(String json) {
        var colon = json.indexOf("\":");
        if (!json.startsWith("{\"") || colon < 0) {
            return json;
        }
        return "{" + json.substring(1, colon + 2) + anyValue(1) + "," + json.substring(1);
    }

    private byte[] mutateBytes(byte[] bytes) {
        return switch (random.nextInt(6)) {
            case 0 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 1 -> {
                var noise = new byte[random.nextInt(2_000)];
                random.nextBytes(noise);
                yield noise;
            }
            case 2 -> new byte[0];
            case 3 -> ("[" + new String(bytes, StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);
            case 4 -> {
                var flipped = bytes.clone();
                for (int i = 1 + random.nextInt(5); i > 0 && flipped.length > 0; i--) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                yield flipped;
            }
            default -> pick(List.of("null", "0", "\"chat.message\"", "{}", "[]", "{\"type\":null}"))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
