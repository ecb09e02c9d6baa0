package fi.servicedesk.rights.portal;

/** One identifier of a case on its page: shown masked or revealed, and how it was verified, if it was. */
@io.quarkus.qute.TemplateData
public record IdentifierRow(String key, String label, String shown, boolean verified, String method, String by,
                            String at) {
}
