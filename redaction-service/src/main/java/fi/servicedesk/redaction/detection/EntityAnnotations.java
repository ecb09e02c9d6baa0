package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A bot's training data marks the values of its entities in the examples (R3.2, R8.2): Rasa's "- soita
 * [Kaisalle](etunimi)", an annotation view's "[slot person: Maxwell]", a JSON example's {"entity": "first_name",
 * "value": "Maxwell"}. A value of a person's entity is a name whatever its case or form, and so are its words in
 * the same JSON example's "text", which bots' data often writes in lower case ("call maxwell lindqvist"); the
 * entity's name ("etunimi", "person", "first_name") names no one.
 */
final class EntityAnnotations {

    /** Entities that hold a person's name, in Finnish, Swedish and English, folded to lower case. */
    private static final Set<String> PERSON_ENTITIES = Set.of("person", "name", "first_name", "last_name", "firstname",
            "lastname", "given_name", "family_name", "surname", "full_name", "fullname", "person_name", "colleague",
            "contact_name", "per", "etunimi", "sukunimi", "nimi", "henkilo", "henkilö", "henkilonimi", "henkilönimi",
            "kollega", "fornamn", "förnamn", "efternamn", "namn");
    private static final int LONGEST_ENTITY = 30;

    private EntityAnnotations() {
    }

    /**
     * Markdown's "](", a "slot " or a JSON "entity" key: a message with none has no annotation. A slot view and markdown
     * have a "]", JSON a quote: most messages are passed over after a look at the text's characters.
     */
    static boolean mayHold(Text message) {
        var text = message.value();
        return message.has(']') && (text.contains("](") || text.contains("slot "))
                || message.has('"') && text.contains("\"entity\"");
    }

    /** Sets the {@link Annotations} roles of the annotated words; returns {@code roles}, new if null and any came. */
    static byte[] read(String text, Tokens tokens, byte[] roles) {
        roles = readMarkdown(text, tokens, roles);
        roles = readSlots(text, tokens, roles);
        return readJson(text, tokens, roles);
    }

    /** "[Kaisa Lindqvist](henkilo)": the bracketed words are the entity's value. */
    private static byte[] readMarkdown(String text, Tokens tokens, byte[] roles) {
        for (int close = text.indexOf("]("); close >= 0; close = text.indexOf("](", close + 2)) {
            int labelEnd = identifierEnd(text, close + 2);
            int open = text.lastIndexOf('[', close);
            if (labelEnd >= text.length() || text.charAt(labelEnd) != ')' || open < 0 || text.lastIndexOf('\n', close) > open
                    || text.lastIndexOf(']', close - 1) > open) {
                continue;
            }
            roles = label(text, tokens, roles, open + 1, close, close + 2, labelEnd);
        }
        return roles;
    }

    /** "[slot person: Maxwell Lindqvist]": the words after the colon up to the bracket or the line's end. */
    private static byte[] readSlots(String text, Tokens tokens, byte[] roles) {
        for (int slot = text.indexOf("slot "); slot >= 0; slot = text.indexOf("slot ", slot + 5)) {
            int labelStart = slot + 5;
            int labelEnd = identifierEnd(text, labelStart);
            if (labelEnd == labelStart || !text.startsWith(": ", labelEnd) || slot > 0 && Character.isLetter(text.charAt(slot - 1))) {
                continue;
            }
            int valueEnd = valueEnd(text, labelEnd + 2, ']');
            roles = label(text, tokens, roles, labelEnd + 2, valueEnd, slot, labelEnd);
        }
        return roles;
    }

    /**
     * {"entity": "first_name", "value": "Maxwell"} inside an example whose "text" holds the value: the value's words are
     * a name there too, in any case.
     */
    private static byte[] readJson(String text, Tokens tokens, byte[] roles) {
        for (int key = text.indexOf("\"entity\""); key >= 0; key = text.indexOf("\"entity\"", key + 8)) {
            int labelStart = stringStart(text, key + 8);
            int labelEnd = labelStart < 0 ? -1 : text.indexOf('"', labelStart);
            int objectEnd = text.indexOf('}', key);
            int value = labelEnd < 0 || objectEnd < 0 ? -1 : text.indexOf("\"value\"", labelEnd);
            int valueStart = value < 0 || value > objectEnd ? -1 : stringStart(text, value + 7);
            int valueEnd = valueStart < 0 ? -1 : text.indexOf('"', valueStart);
            if (valueEnd < 0 || labelEnd - labelStart > LONGEST_ENTITY) {
                continue;
            }
            roles = label(text, tokens, roles, valueStart, valueEnd, labelStart, labelEnd);
            // The keys are the format's words too.
            roles[first(tokens, key)] = Annotations.LABEL;
            roles[first(tokens, value)] = Annotations.LABEL;
            if (isPersonEntity(text, labelStart, labelEnd)) {
                roles = markInExampleText(text, tokens, roles, key, text.substring(valueStart, valueEnd));
            }
        }
        return roles;
    }

    /** The value's words, in any case, in the "text" of the line that holds the entity. */
    private static byte[] markInExampleText(String text, Tokens tokens, byte[] roles, int key, String value) {
        int line = Characters.lineStart(text, key);
        int field = text.indexOf("\"text\"", line);
        int start = field < 0 || field > key ? -1 : stringStart(text, field + 6);
        int end = start < 0 ? -1 : text.indexOf('"', start);
        if (end < 0) {
            return roles;
        }
        List<String> parts = new ArrayList<>();
        for (var part : value.split("[\\s,]+")) {
            if (part.length() > 1) {
                parts.add(part.toLowerCase(Locale.ROOT));
            }
        }
        for (int t = first(tokens, start); t < tokens.size() && tokens.end(t) <= end; t++) {
            if (parts.contains(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT))) {
                roles = Annotations.orNew(roles, tokens.size());
                roles[t] = Annotations.PERSON;
            }
        }
        return roles;
    }

    /**
     * The words of {@code [labelStart, labelEnd)} (the entity's name, with its key) are labels; the value's words a
     * person's where the entity, the last word of the label, holds a name.
     */
    private static byte[] label(String text, Tokens tokens, byte[] roles, int valueStart, int valueEnd, int labelStart,
            int labelEnd) {
        roles = Annotations.orNew(roles, tokens.size());
        for (int t = first(tokens, labelStart); t < tokens.size() && tokens.end(t) <= labelEnd; t++) {
            roles[t] = Annotations.LABEL;
        }
        if (isPersonEntity(text, identifierStart(text, labelEnd), labelEnd)) {
            for (int t = first(tokens, valueStart); t < tokens.size() && tokens.end(t) <= valueEnd; t++) {
                roles[t] = Annotations.PERSON;
            }
        }
        return roles;
    }

    private static boolean isPersonEntity(String text, int start, int end) {
        return end - start <= LONGEST_ENTITY && PERSON_ENTITIES.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** The first word starting at or after {@code offset}. */
    private static int first(Tokens tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.start(middle) < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Where the entity's name ending at {@code end} starts. */
    private static int identifierStart(String text, int end) {
        int i = end;
        while (i > 0 && end - i <= LONGEST_ENTITY
                && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_' || text.charAt(i - 1) == '-')) {
            i--;
        }
        return i;
    }

    /** After an entity's name's letters, digits, "_" and "-". */
    private static int identifierEnd(String text, int from) {
        int i = from;
        while (i < text.length() && i - from <= LONGEST_ENTITY
                && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /** Where a slot's value ends: at {@code close} or the line's end. */
    private static int valueEnd(String text, int from, char close) {
        int i = from;
        while (i < text.length() && text.charAt(i) != close && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** After a key's colon and the string's opening quote ({@code ": "}, {@code ":"}); -1 where no string follows. */
    private static int stringStart(String text, int afterKey) {
        int i = afterKey;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ':')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '"' && i > afterKey ? i + 1 : -1;
    }
}
