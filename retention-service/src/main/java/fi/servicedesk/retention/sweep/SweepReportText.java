package fi.servicedesk.retention.sweep;


import java.util.Objects;

/** The job's printed proof: counts and instants only, never personal data. */
final class SweepReportText {

    private SweepReportText() {
    }

    static String of(SweepView sweep) {
        var text = new StringBuilder()
                .append("Retention sweep ").append(sweep.id()).append(": ").append(sweep.status()).append('\n')
                .append("  as of ").append(sweep.asOf()).append(", started ").append(sweep.startedAt())
                .append(", finished ").append(sweep.finishedAt()).append('\n');
        for (var owner : sweep.owners()) {
            text.append(String.format("  %-18s %s%n", owner.service(), owner.status()));
            for (var line : owner.categories()) {
                text.append(String.format("    %-12s cutoff %s  deleted %s  held %s  expired unheld %s  oldest remaining %s%n",
                        line.category(), line.cutoff(), orDash(line.deleted()), orDash(line.held()),
                        orDash(line.expiredUnheld()),
                        line.oldestRemaining() == null ? "none" : line.oldestRemaining()));
            }
        }
        return text.toString();
    }

    private static String orDash(Object value) {
        return Objects.toString(value, "-");
    }
}
