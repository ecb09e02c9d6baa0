package fi.servicedesk.rights.portal;

import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * The GDPR Art. 30(1) record of processing of this register, as a page, JSON and CSV show it:
 * each section a heading and its entries.
 */
@TemplateData
public record ProcessingRecord(String register, List<Section> sections) {

    @TemplateData
    public record Section(String key, String heading, List<String> entries) {
    }
}
