package fi.servicedesk.retention.domain;

/**
 * The categories of stored data that retention covers, with where their period comes from. The
 * codes are the contracts' category names.
 */
public enum Category {

    CONTACT("contact", "R8.1", "Dispute data (purpose A) is kept 12 months from when it was stored."),
    MESSAGE("message", "R8.1, R8.2", "Chat text and transcripts serve disputes and, redacted, bot development: 12 months."),
    RECORDING("recording", "R8.3", "Call recordings, voice included, are kept 3 months from recording."),
    CORPUS("corpus", "R8.2", "The de-identified bot-development corpus is kept 12 months from when it was stored."),
    RIGHTS_CASE("rights-case", "R10.1-R10.6, GDPR Art. 5(2)",
            "Not in the notice: a data-subject case is evidence that the request was answered; kept 3 years, "
                    + "the general limitation period of claims in Finland (Act 728/2003), then deleted."),
    AUDIT("audit", "R9.2",
            "Not in the notice: access logs must outlive the 12-month data they record so that misuse can be "
                    + "investigated after the data is gone; kept 2 years.");

    private final String code;
    private final String requirement;
    private final String reason;

    Category(String code, String requirement, String reason) {
        this.code = code;
        this.requirement = requirement;
        this.reason = reason;
    }

    public String code() {
        return code;
    }

    public String requirement() {
        return requirement;
    }

    public String reason() {
        return reason;
    }

    public static Category ofCode(String code) {
        for (var category : values()) {
            if (category.code.equals(code)) {
                return category;
            }
        }
        throw new IllegalArgumentException("Unknown retention category: " + code);
    }
}
