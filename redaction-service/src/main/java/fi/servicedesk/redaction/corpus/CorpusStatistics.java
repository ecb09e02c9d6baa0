package fi.servicedesk.redaction.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the corpus holds, per UTC day: entries and replaced entities by type. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CorpusStatistics {

    private final EntityManager entityManager;

    CorpusStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Day(LocalDate day, long entries, Map<String, Long> entities) {
    }

    public record Stats(long entries, Map<String, Long> entities, List<Day> days) {
    }

    @SuppressWarnings("unchecked")
    public Stats stats() {
        var days = new TreeMap<LocalDate, Day>();
        List<Object[]> perDay = entityManager.createNativeQuery(
                "select cast(stored_at at time zone 'UTC' as date), count(*) from corpus_entry group by 1").getResultList();
        for (var row : perDay) {
            var day = toDate(row[0]);
            days.put(day, new Day(day, ((Number) row[1]).longValue(), new TreeMap<>()));
        }
        List<Object[]> perType = entityManager.createNativeQuery(
                "select cast(stored_at at time zone 'UTC' as date), kv.key, sum(cast(kv.value as bigint))"
                        + " from corpus_entry, jsonb_each_text(entity_counts) kv group by 1, 2").getResultList();
        var totals = new TreeMap<String, Long>();
        for (var row : perType) {
            long count = ((Number) row[2]).longValue();
            var day = days.get(toDate(row[0]));
            if (day != null) {
                day.entities().put((String) row[1], count);
            }
            totals.merge((String) row[1], count, Long::sum);
        }
        long entries = days.values().stream().mapToLong(Day::entries).sum();
        return new Stats(entries, totals, new ArrayList<>(days.values()));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
