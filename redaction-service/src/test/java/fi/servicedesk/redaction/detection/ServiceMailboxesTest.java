package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceMailboxesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a common noun that is its own address's local part is a service's mailbox
            "From: Voicemail <voicemail@clinic.example.org>|From",
            "Lähettäjä: Reception <reception@example.fi>|Lähettäjä",
            // a person's display name stays: a given name as the local part, or a name beside another address
            "From: Rose <rose@example.org>|From;Rose",
            "From: Voicemail <tuuli.aho@example.org>|From;Voicemail",
            "From: Tuuli Aho <voicemail@example.org>|From;Tuuli;Aho",
            // a unit's mailbox: its display name spells its address, after "för", before "puolesta", before "(address)"
            "Från: Dag Back för Dataskydd <dataskydd@foretag.example.se> räkning|Från;Dag;Back",
            "Lähettäjä: Aini Lehto käyttäjän Payroll puolesta <payroll@example.fi>|Lähettäjä;Aini;Lehto",
            "lägg till i funktionsbrevlådan Löneservice (loneservice@example.se)|",
            "Hej, funktionsbrevlådan Reception Solna (reception.solna@example.se): syns som Eva Ek för Reception Solna räkning|Hej;Eva;Ek",
            "Jaetun postilaatikon Laskutus (laskutus@example.fi) nimi näkyy väärin, pitäisi näkyä pelkkä Laskutus.|Jaetun",
            "Please add Ann Lee to the shared mailbox Payroll (payroll@example.com).|Please;Ann;Lee",
            // a person's name beside their own address stays, also one word of it a common noun
            "Lähettäjä: Aino Virta <aino.virta@example.fi>|Lähettäjä;Aino;Virta",
            "Kopio: Tuuli Kivi (tuuli.kivi@example.fi)|Kopio;Tuuli;Kivi",
            "Kopio: Välimäki, Tuike <tuike1977@inbox.example.ee>|Kopio;Välimäki;Tuike",
            "Lähettäjä: Jovnâ Musta <jovna.musta@example.fi>, kopio Musta|Lähettäjä;Jovnâ;Musta;Musta",
            "Jaettu postilaatikko Asiakaspalvelu Tikkurila (asiakaspalvelu.tikkurila@example.fi)|Jaettu",
            "Från: Laskutus Oy <info@example.fi>|Från;Laskutus;Oy",
    })
    void takesTheMarkOffAServiceMailbox(String text, String names) {
        MarkedWords.assertStay(ServiceMailboxes::unmark, text, names);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // the mail system's and the network's role mailboxes
            "postmaster@kunta.example.fi", "mailer-daemon@mx2.example.net", "abuse@isp.example.com",
            "hostmaster@example.org", "webmaster@koulu.example.fi",
            // addresses that take no reply, and tools' senders
            "noreply@example.com", "no-reply@portal.example.fi", "do_not_reply@bank.example.se",
            "donotreply-invoices@example.com", "calendar-notification@example.com", "notifications@git.example.org",
            "alerts@monitor.example.net", "jira@tiketti.example.fi",
            // a mailing list's server, its command addresses, any address at a list host
            "listserv@univ.example.edu", "majordomo@example.org", "kuoro-request@example.fi",
            "saunaseura-leave@example.fi", "owner-talkoot@example.org", "devs-bounces@example.com",
            "talkoot@lists.example.fi",
    })
    void knowsAddressesThatReachNoOne(String address) {
        assertTrue(ServiceMailboxes.reachesNoOne(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // people, also with a sub-address's tag, and names that hold a role's letters
            "riikka.noc@example.fi", "eino+noreply@example.fi", "newsome@example.com", "postma@example.nl",
            "alert.oja@example.fi", "listerine.k@example.com",
            // shared mailboxes of a department or a function: people read and answer them
            "palkat@kaupunki.example.fi", "servicedesk@example.com", "info@firma.example.de", "support@vendor.example.com",
            "security@example.co.uk", "tietosuoja@example.fi",
    })
    void keepsAddressesThatPeopleRead(String address) {
        assertFalse(ServiceMailboxes.reachesNoOne(address), address);
    }
}
