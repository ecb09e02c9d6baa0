package fi.servicedesk.rights.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** R10.5: one identifier of a case, verified by a named person with a named method. */
@Entity
@Table(name = "case_verification")
public class CaseVerification extends CasePart {

    @Enumerated(EnumType.STRING)
    public Identifier identifier;

    public String method;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verified_at")
    public Instant verifiedAt;
}
