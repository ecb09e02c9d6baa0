package fi.servicedesk.rights.domain;

/** How the contact person established that the requester is the subject (R10.5). */
public enum VerificationMethod {
    SSO_LOGIN, CALLBACK_TO_KNOWN_NUMBER, ID_DOCUMENT, OTHER
}
