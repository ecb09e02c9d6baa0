package fi.servicedesk.redaction.detection;

/** What a finding is; the name appears in placeholders such as {@code [EMAIL_1]}. */
public enum EntityType {
    EMAIL, PHONE, NATIONAL_ID, IBAN, PAYMENT_CARD, IP_ADDRESS, CREDENTIAL, NAME, USERNAME, URL_SECRET, DEVICE_ID
}
