package fi.servicedesk.redaction.corpus;

import fi.servicedesk.redaction.detection.EntityType;
import fi.servicedesk.redaction.detection.Placeholders;
import fi.servicedesk.redaction.domain.ConversationPlaceholderRepository.Numbered;
import fi.servicedesk.redaction.domain.ConversationPlaceholderRepository.Placed;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Placeholder numbering that lasts as long as the conversation: starts from the numbers already
 * stored, numbers new values after the highest of their type and hands them to {@code added}
 * for storing with the batch. Only a keyed hash of conversation, type and value is stored, so
 * the table says nothing about the values.
 */
final class ConversationPlaceholders implements Placeholders {

    private final String conversation;
    private final Pseudonyms pseudonyms;
    private final List<Placed> added;
    private final Map<EntityType, Map<String, Integer>> numbers = new EnumMap<>(EntityType.class);

    ConversationPlaceholders(String conversation, List<Numbered> stored, Pseudonyms pseudonyms, List<Placed> added) {
        this.conversation = conversation;
        this.pseudonyms = pseudonyms;
        this.added = added;
        for (var numbered : stored) {
            numbers.computeIfAbsent(EntityType.valueOf(numbered.entityType()), t -> new HashMap<>())
                    .put(numbered.valueHash(), numbered.number());
        }
    }

    @Override
    public String placeholder(EntityType type, String value) {
        var ofType = numbers.computeIfAbsent(type, t -> new HashMap<>());
        var hash = pseudonyms.of("placeholder", conversation + "\u0000" + type + "\u0000" + value);
        var number = ofType.get(hash);
        if (number == null) {
            number = ofType.size() + 1;
            ofType.put(hash, number);
            added.add(new Placed(conversation, new Numbered(type.name(), hash, number)));
        }
        return Placeholders.format(type, number);
    }
}
