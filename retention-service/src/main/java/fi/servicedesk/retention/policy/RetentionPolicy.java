package fi.servicedesk.retention.policy;

import fi.servicedesk.retention.config.RetentionConfig;
import fi.servicedesk.retention.domain.Category;
import fi.servicedesk.retention.events.PolicyAnnounced;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The configured periods and owners, and the cut-offs they give for an as-of time (R8.1-R8.3). */
@ApplicationScoped
public class RetentionPolicy {

    private final RetentionConfig config;

    RetentionPolicy(RetentionConfig config) {
        this.config = config;
    }

    public Period period(Category category) {
        var policy = config.policy();
        return switch (category) {
            case CONTACT -> policy.contact();
            case MESSAGE -> policy.message();
            case RECORDING -> policy.recording();
            case CORPUS -> policy.corpus();
            case RIGHTS_CASE -> policy.rightsCase();
            case AUDIT -> policy.audit();
        };
    }

    /**
     * Items stored before the cut-off have expired. Months are counted in UTC calendar months; a day
     * that does not exist (31 May − 3 months) falls back to the month's last day, which only keeps
     * data a little longer, never deletes it early.
     */
    public Instant cutoff(Category category, Instant asOf) {
        return asOf.atOffset(ZoneOffset.UTC).minus(period(category)).toInstant();
    }

    public Map<Category, Instant> cutoffs(Instant asOf) {
        var cutoffs = new EnumMap<Category, Instant>(Category.class);
        for (var category : Category.values()) {
            cutoffs.put(category, cutoff(category, asOf));
        }
        return cutoffs;
    }

    /** The policy as retention-service announces it (DESIGN §4): every category's period, who deletes what. */
    public PolicyAnnounced announcement(Instant at) {
        return new PolicyAnnounced(at,
                Arrays.stream(Category.values()).map(c -> new PolicyAnnounced.Period(c.code(), period(c).toString(),
                        c.requirement())).toList(),
                owners().entrySet().stream().map(e -> new PolicyAnnounced.Owner(e.getKey(),
                        e.getValue().stream().map(Category::code).toList())).toList());
    }

    /** Expected owners in name order, each with the categories it deletes. */
    public Map<String, List<Category>> owners() {
        return new TreeMap<>(config.owners());
    }
}
