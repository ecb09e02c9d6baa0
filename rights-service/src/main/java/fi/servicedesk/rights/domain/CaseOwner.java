package fi.servicedesk.rights.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** An owner service that must answer a case's command (DESIGN §5), and what it answered. */
@Entity
@Table(name = "case_owner")
public class CaseOwner extends CasePart {

    public String service;

    @Enumerated(EnumType.STRING)
    public OwnerStatus status;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** COMPLETED, NOTHING_FOUND or FAILED, as the owner reported it. */
    public String outcome;

    public String summary;

    /** Why this answer does not complete the case (owner failed, access data did not verify); null when it does. */
    public String failure;

    /** How many times the owner was asked (the first command is 1); only this attempt's reply counts. */
    public int attempt = 1;

    public boolean completesCase() {
        return status == OwnerStatus.ANSWERED && failure == null;
    }
}
