package fi.servicedesk.rights.cases;

import fi.servicedesk.rights.crypto.Sealer;
import fi.servicedesk.rights.domain.CasePersonalData;
import fi.servicedesk.rights.domain.RightsCase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/** Turns a case record into its API shape, opening the sealed identifiers. */
@ApplicationScoped
public class CaseViews {

    private final Sealer sealer;
    private final Deadlines deadlines;
    private final Clock clock;

    CaseViews(Sealer sealer, Deadlines deadlines, Clock clock) {
        this.sealer = sealer;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public CasePersonalData personalData(RightsCase rightsCase) {
        return sealer.openJson(rightsCase.personalData, CasePersonalData.class);
    }

    public CaseView view(RightsCase c) {
        var data = personalData(c);
        return new CaseView(c.id, c.type, c.status, data.subject(), c.receivedAt, c.dueAt,
                deadlines.daysLeft(c.dueAt, Instant.now(clock)), c.extended, c.channel, data.details(),
                data.rectification(),
                c.verifications.stream().map(v -> new CaseView.Verification(v.identifier.key(), v.method,
                        v.verifiedBy, v.verifiedAt)).toList(),
                c.owners.stream().map(o -> new CaseView.Owner(o.service, o.status, o.answeredAt, o.summary,
                        o.failure, o.attempt)).toList(),
                c.history.stream().map(h -> new CaseView.HistoryItem(h.at, h.actor, h.action, h.note)).toList());
    }
}
