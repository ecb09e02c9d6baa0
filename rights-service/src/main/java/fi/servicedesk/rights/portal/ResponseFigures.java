package fi.servicedesk.rights.portal;

import fi.servicedesk.rights.cases.CaseView;
import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.domain.RequestType;
import io.quarkus.qute.TemplateData;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How the register answers requests (Art. 12(3): one month, extendable once): requests per month
 * by type, days from receipt to completion (median, 95th percentile), the share completed by the
 * due date, and what is open and overdue now.
 */
@TemplateData
public record ResponseFigures(List<Month> months, int completed, Double medianDays, Double p95Days,
                              Double onTimePercent, long open, long overdue) {

    @TemplateData
    public record Month(String month, List<Long> byType, long total) {
    }

    public static ResponseFigures of(List<CaseView> cases, ZoneId zone, Instant now) {
        var types = RequestType.values();
        Map<YearMonth, long[]> perMonth = new TreeMap<>();
        for (var c : cases) {
            var counts = perMonth.computeIfAbsent(YearMonth.from(c.receivedAt().atZone(zone)), m -> new long[types.length]);
            counts[c.type().ordinal()]++;
        }
        var months = perMonth.entrySet().stream()
                .map(e -> new Month(e.getKey().toString(), Arrays.stream(e.getValue()).boxed().toList(),
                        Arrays.stream(e.getValue()).sum()))
                .toList();
        var done = cases.stream().filter(c -> c.status() == CaseStatus.COMPLETED && completedAt(c) != null).toList();
        var days = done.stream()
                .map(c -> Duration.between(c.receivedAt(), completedAt(c)).toMinutes() / 1440.0)
                .sorted().toList();
        var onTime = done.stream().filter(c -> !completedAt(c).isAfter(c.dueAt())).count();
        var open = cases.stream().filter(c -> !c.status().isClosed()).toList();
        return new ResponseFigures(months, done.size(), percentile(days, 50), percentile(days, 95),
                done.isEmpty() ? null : 100.0 * onTime / done.size(), open.size(),
                open.stream().filter(c -> c.dueAt().isBefore(now)).count());
    }

    public String medianText() {
        return medianDays == null ? "–" : "%.1f".formatted(medianDays);
    }

    public String p95Text() {
        return p95Days == null ? "–" : "%.1f".formatted(p95Days);
    }

    public String onTimeText() {
        return onTimePercent == null ? "–" : "%.0f %%".formatted(onTimePercent);
    }

    /** When the case completed: its timeline's COMPLETED entry. */
    static Instant completedAt(CaseView c) {
        return c.history().stream().filter(h -> h.action().equals("COMPLETED")).map(CaseView.HistoryItem::at)
                .findFirst().orElse(null);
    }

    /** The nearest-rank percentile of sorted values; null for none. */
    static Double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        var rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** The months as CSV: month, one column per type, total. */
    public String csv() {
        var header = new Object[RequestType.values().length + 2];
        header[0] = "month";
        for (var type : RequestType.values()) {
            header[type.ordinal() + 1] = type.name();
        }
        header[header.length - 1] = "total";
        return months.stream().map(m -> {
            var row = new Object[header.length];
            row[0] = m.month();
            for (int i = 0; i < m.byType().size(); i++) {
                row[i + 1] = m.byType().get(i);
            }
            row[row.length - 1] = m.total();
            return Csv.row(row);
        }).collect(Collectors.joining("", Csv.row(header), ""));
    }
}
