package fi.servicedesk.redaction.detection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces every finding of every detector with a typed placeholder. The same original text
 * gets the same placeholder ({@code [EMAIL_1]}) within one {@link Placeholders} scope, so a
 * conversation stays readable for training; overlapping findings merge, the longest wins.
 */
@ApplicationScoped
public class Redactor {

    private final List<Detector> detectors;

    Redactor(Instance<Detector> detectors) {
        this.detectors = detectors.stream().toList();
    }

    public Redaction redact(String text, Placeholders placeholders) {
        var findings = merge(detectors.stream().flatMap(d -> d.find(text).stream()).toList());
        var out = new StringBuilder(text.length());
        var applied = new ArrayList<Redaction.Replaced>();
        int at = 0;
        for (var finding : findings) {
            out.append(text, at, finding.start());
            var placeholder = placeholders.of(finding.type(), text.substring(finding.start(), finding.end()));
            out.append(placeholder);
            applied.add(new Redaction.Replaced(finding, placeholder));
            at = finding.end();
        }
        out.append(text, at, text.length());
        return new Redaction(out.toString(), applied);
    }

    /** Sorted, non-overlapping: of two overlapping findings the longer is kept. */
    static List<Finding> merge(List<Finding> findings) {
        var byLength = new ArrayList<>(findings);
        byLength.sort(Comparator.comparingInt(Finding::length).reversed().thenComparingInt(Finding::start));
        var kept = new ArrayList<Finding>();
        for (var candidate : byLength) {
            if (kept.stream().noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }

    /** Numbering of placeholders within one conversation (or one API call). */
    public static final class Placeholders {
        private final Map<EntityType, Map<String, String>> byType = new HashMap<>();

        String of(EntityType type, String original) {
            var seen = byType.computeIfAbsent(type, t -> new HashMap<>());
            return seen.computeIfAbsent(original.toLowerCase(java.util.Locale.ROOT),
                    o -> "[" + type.name() + "_" + (seen.size() + 1) + "]");
        }
    }
}
