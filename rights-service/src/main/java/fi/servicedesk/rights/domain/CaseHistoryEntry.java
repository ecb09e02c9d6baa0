package fi.servicedesk.rights.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of a case, who took it and why: the evidence that the request was handled (R10). */
@Entity
@Table(name = "case_history")
public class CaseHistoryEntry extends CasePart {

    public Instant at;

    public String actor;

    public String action;

    public String note;
}
