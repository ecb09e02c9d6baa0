package fi.servicedesk.rights.access;

import com.fasterxml.jackson.core.JsonParser;
import fi.servicedesk.rights.config.RightsConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * report.html of the access package (R10.1): the subject's data and the notice's facts, in Finnish
 * and English — controller and contact (R2.1), purposes (R3.1, R3.2), legal basis (R4.1),
 * recipients and transfers with the transfer log (R7), retention (R8), the rights (R10) and the
 * right to complain to the Data Protection Ombudsman (R10.4).
 */
@ApplicationScoped
public class AccessReport {

    private final RightsConfig config;

    AccessReport(RightsConfig config) {
        this.config = config;
    }

    /** One owner's access document, read as a stream each time it is opened; {@code open} null when it sent none. */
    public record OwnerDocument(String service, Supplier<JsonParser> open) {
    }

    /**
     * Writes the report to {@code out} (left open): the fixed sections from the configuration, the
     * owners' transfer logs and documents as they are read, each document as a stream (JsonHtml).
     */
    public void render(Writer out, String requestId, Instant receivedAt, Instant generatedAt, List<OwnerDocument> owners)
            throws IOException {
        var html = new StringBuilder(16 * 1024);
        html.append("""
                <!DOCTYPE html>
                <html lang="fi"><head><meta charset="utf-8">
                <title>Tietopyyntö / Access request</title>
                <style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}
                td,th{border:1px solid #999;padding:2px 6px;text-align:left;vertical-align:top}dt{font-weight:bold}
                [lang=en]{color:#333}</style></head><body>
                <h1>Tietopyyntö – rekisteröidyn tiedot <span lang="en">/ Access request – your personal data</span></h1>
                """);
        html.append("<p>Pyyntö / Request: ").append(Html.escape(requestId))
                .append("<br>Vastaanotettu / Received: ").append(receivedAt)
                .append("<br>Koottu / Compiled: ").append(generatedAt).append("</p>");
        controller(html);
        purposesAndBasis(html);
        out.append(html);
        transfers(out, owners);
        html.setLength(0);
        retention(html);
        rights(html);
        out.append(html);
        data(out, owners);
        out.write("</body></html>\n");
    }

    private void controller(StringBuilder html) {
        var c = config.controller();
        html.append("<h2>Rekisterinpitäjä <span lang=\"en\">/ Controller</span> (R2.1)</h2><dl>")
                .append("<dt>Nimi / Name</dt><dd>").append(Html.escape(c.name())).append("</dd>")
                .append("<dt>Osoite / Address</dt><dd>").append(Html.escape(c.address())).append("</dd>")
                .append("<dt>Tietosuojavastaava / Data protection officer</dt><dd>").append(Html.escape(c.dpoContact())).append("</dd>")
                .append("<dt>Rekisteriasioiden yhteyshenkilö / Contact person for requests</dt><dd>")
                .append(Html.escape(c.requestContact())).append("</dd></dl>");
    }

    private static void purposesAndBasis(StringBuilder html) {
        html.append("""
                <h2>Käsittelyn tarkoitukset <span lang="en">/ Purposes</span> (R3.1, R3.2)</h2>
                <ul><li>A: Tukitapahtumia koskevien riitojen selvittäminen sekä loppukäyttäjien, asiakasyrityksen ja
                rekisterinpitäjän oikeusturvan varmistaminen.
                <span lang="en">/ Resolving disputes about support events and securing the legal protection of end users,
                the customer company and the controller.</span></li>
                <li>B: Palvelun puhe- ja chat-bottien kehittäminen tunnisteettomaksi muutetuilla tiedoilla.
                <span lang="en">/ Developing the service's call and chat bots, with de-identified data only.</span></li></ul>
                <h2>Käsittelyn oikeusperuste <span lang="en">/ Legal basis</span> (R4.1)</h2>
                <p>Rekisterinpitäjän oikeutettu etu (EU:n yleinen tietosuoja-asetus, 6 artiklan 1 kohdan f alakohta)
                molemmissa tarkoituksissa. <span lang="en">/ The controller's legitimate interest (GDPR Article 6(1)(f))
                for both purposes.</span></p>
                """);
    }

    private static void transfers(Writer html, List<OwnerDocument> owners) throws IOException {
        html.write("""
                <h2>Vastaanottajat ja siirrot <span lang="en">/ Recipients and transfers</span> (R7)</h2>
                <p>Alihankkijat käsittelevät tietoja edellä mainittuihin tarkoituksiin käsittelysopimusten nojalla.
                Tietoja ei luovuteta muille rekisterinpitäjille; niitä voidaan näyttää tarkastajille. Tiedot käsitellään
                ja säilytetään EU:n/ETA:n alueella, paitsi puhelun äänite, joka käsitellään reaaliaikaisesti EU:n/ETA:n
                ulkopuolella tunnistetiedot poistettuina eikä sitä tallenneta sinne.
                <span lang="en">/ Subcontractors process the data for these purposes under processing agreements. The data
                is not disclosed to other controllers; it may be shown to auditors. It is processed and stored in the
                EU/EEA, except the call recording, which is processed in real time outside the EU/EEA with the call's
                identifying data removed, and is never stored there.</span></p>
                <h3>Siirtoloki <span lang="en">/ Transfer log</span></h3>
                """);
        var logged = false;
        for (var owner : owners) {
            if (owner.open() != null && JsonHtml.render(owner.open(), "transfers", html)) {
                logged = true;
            }
        }
        if (!logged) {
            html.write("<p>Ei siirtoja. <span lang=\"en\">/ No transfers.</span></p>");
        }
    }

    private void retention(StringBuilder html) {
        var r = config.retention();
        html.append("<h2>Säilytysajat <span lang=\"en\">/ Retention periods</span> (R8)</h2><ul>")
                .append("<li>Riitojen selvittämiseen tarvittavat tiedot: ").append(r.disputeMonths())
                .append(" kk tallentamisesta. <span lang=\"en\">/ Dispute data: ").append(r.disputeMonths())
                .append(" months from storing.</span></li>")
                .append("<li>Bottien kehittämiseen käytetyt tunnisteettomat tiedot: ").append(r.botDevelopmentMonths())
                .append(" kk tallentamisesta. <span lang=\"en\">/ De-identified bot-development data: ")
                .append(r.botDevelopmentMonths()).append(" months from storing.</span></li>")
                .append("<li>Puhelutallenteet: ").append(r.recordingMonths())
                .append(" kk tallentamisesta. <span lang=\"en\">/ Call recordings: ").append(r.recordingMonths())
                .append(" months from recording.</span></li></ul>");
    }

    private static void rights(StringBuilder html) {
        html.append("""
                <h2>Oikeutesi <span lang="en">/ Your rights</span> (R10)</h2>
                <ul><li>Oikeus tarkastaa tietosi. <span lang="en">/ The right of access to your data.</span></li>
                <li>Oikeus vaatia virheellisen tai vanhentuneen tiedon oikaisua. <span lang="en">/ The right to have wrong
                or out-of-date data rectified.</span></li>
                <li>Oikeus vastustaa käsittelyä ja vaatia tietojen poistamista. <span lang="en">/ The right to object to the
                processing and to have your data erased.</span></li>
                <li>Pyyntöihin vastataan kuukauden kuluessa; määräaikaa voidaan perustellusta syystä jatkaa kahdella
                kuukaudella. <span lang="en">/ Requests are answered within one month; the deadline may be extended by
                two months with a reason given.</span></li>
                <li>Oikeus tehdä valitus valvontaviranomaiselle: Tietosuojavaltuutetun toimisto, tietosuoja.fi (R10.4).
                <span lang="en">/ The right to lodge a complaint with the supervisory authority,
                the Data Protection Ombudsman (Tietosuojavaltuutettu), tietosuoja.fi.</span></li></ul>
                """);
    }

    private static void data(Writer html, List<OwnerDocument> owners) throws IOException {
        html.write("""
                <h2>Sinusta tallennetut tiedot <span lang="en">/ The data held about you</span></h2>
                <p>Koneluettava versio: data.json; puhelutallenteet kansiossa recordings/.
                <span lang="en">/ Machine-readable: data.json; call recordings in the folder recordings/.</span></p>
                """);
        for (var owner : owners) {
            html.write("<h3>");
            html.write(Html.escape(owner.service()));
            html.write("</h3>");
            if (owner.open() == null || !JsonHtml.render(owner.open(), null, html)) {
                html.write("&ndash;");
            }
        }
    }
}
