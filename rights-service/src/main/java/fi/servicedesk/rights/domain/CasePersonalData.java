package fi.servicedesk.rights.domain;

/** What a case holds about the person, kept sealed in {@code rights_case.personal_data}. */
public record CasePersonalData(Identifiers subject, String details, Rectification rectification) {

    public CasePersonalData withSubject(Identifiers newSubject) {
        return new CasePersonalData(newSubject, details, rectification);
    }
}
