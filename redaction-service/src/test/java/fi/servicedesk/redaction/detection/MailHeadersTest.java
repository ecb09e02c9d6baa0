package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailHeadersTest {

    /** Every capitalised word marked before the rule, as the tagger may mark any: what stays is the display names. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // Outlook in German, French, Estonian, Spanish, Dutch and Polish: the labels and dates are no names
            "Von: Wiebke Störtebeker <w.s@example.de>\\nGesendet: Montag, 4. Januar 2027 10:12\\nAn: Ilmari Kuusela\\n"
                    + "Cc: Oda Brekke\\nBetreff: AW: Drucker|Wiebke;Störtebeker;Ilmari;Kuusela;Oda;Brekke;Drucker",
            "De : Gwenaëlle Le Bihan <g@example.fr>\\nEnvoyé : vendredi 8 janvier 2027 09:03\\nÀ : Arvid Sundqvist\\n"
                    + "Objet : TR: Accès VPN|Gwenaëlle;Le;Bihan;Arvid;Sundqvist;Accès",
            "Saatja: Kersti Mägi <k@example.ee>\\nSaadetud: laupäev, 1. mai 2027 15:52\\nAdressaat: Urmas Tamm\\n"
                    + "Koopia: Liis Kask\\nTeema: Vs: Arve|Kersti;Mägi;Urmas;Tamm;Liis;Kask;Arve",
            "De: Itziar Etxeberria <i@example.es>\\nEnviado: martes, 5 de enero de 2027 8:15\\nPara: Bruno Carvalho\\n"
                    + "Asunto: RE: Portátil|Itziar;Etxeberria;Bruno;Carvalho;Portátil",
            "Van: Femke de Graaf <f@example.nl>\\nVerzonden: Dinsdag 5 januari 2027 08:15\\nAan: Joris Bakker\\n"
                    + "Onderwerp: Doorst: Wachtwoord|Femke;Graaf;Joris;Bakker;Wachtwoord",
            "Od: Zofia Wąsowska <z@example.pl>\\nWysłano: Wtorek, 5 Stycznia 2027 08:15\\nDo: Tadeusz Kornel\\n"
                    + "Temat: Odp: Konto|Zofia;Wąsowska;Tadeusz;Kornel;Konto",
            // a meeting's response and the subject's first word, an ordinary one; a list's name after "via"
            "From: Aune Lind <al@example.fi> via Tukiryhma\\nDate: Mon, 4 Jan 2027\\nSubject: Accepted: Tapaaminen Aune Lindin kanssa|"
                    + "Aune;Lind;Aune;Lindin",
            // quoted, and in an HTML mail turned into text
            "> *Från:* Signe Åkerlund <s@example.se>\\n> *Skickat:* den 4 januari 2027 10:12\\n> *Till:* Esko Vaara|"
                    + "Signe;Åkerlund;Esko;Vaara",
            // raw headers name no one, folded lines too; the From's display name stays
            "Message-ID: <Abc.Def@mail.example>\\nIn-Reply-To: <Ghi@mail.example>\\nThread-Topic: Tulostin\\n"
                    + "Thread-Index: AdUICbSXU8L0\\nX-Mailer: Roundcube Webmail/1.6.1\\nFrom: Veikko Harju <v@example.fi>\\n"
                    + "Received: from Relay.example by Mx.example\\n Mon, 4 Jan 2027|Veikko;Harju",
    })
    void takesTheMarkOffWhatNamesNoOne(String text, String names) {
        assertStay(text, names);
    }

    /** A label alone on its line is a word like any other: "An" is a surname, "De" a particle. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Hei,\\nAn: Lee soitti eilen|Hei;An;Lee",
            "Date: Thursday\\n\\nVon Trapp called|Date;Thursday;Von;Trapp",
    })
    void leavesALabelOutsideAHeaderBlock(String text, String names) {
        assertStay(text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "-----Ursprüngliche Nachricht-----|",
            "---------- Forwarded message ---------|",
            "-----Message d'origine-----|",
            "Välitetty viesti alkaa:|",
            "Begin forwarded message:|",
            "-----Algne sõnum-----|",
            "-----Ursprungligt meddelande-----|",
            // a digest's words and the list's name before "digest"; a banner's word in a sentence stays
            "End of Tukiryhma Digest, Vol 30, Issue 60|End",
            "Begin Tamm will forward it|Begin;Tamm",
            // the line a mail app writes under what it sent; the verb inside a sentence stays as marked
            "Kiitos\\nLähetetty Android-puhelimesta|Kiitos;Android-puhelimesta",
            "Hämta Outlook för iOS|Outlook",
            "Hei, Hanki Virtanen soitti|Hei;Hanki;Virtanen",
    })
    void takesTheMarkOffBannersAndDigests(String text, String names) {
        assertStay(text, names);
    }

    /** With nothing marked before it: the display names of the sender's and the recipients' fields. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "From: Tuulikki Rasimus <tr@example.fi>\\nSent: Monday, 4 January 2027 10:12\\nTo: Hjörtur Pálsson; Eira Lund\\n"
                    + "Subject: Printer|Tuulikki;Rasimus;Hjörtur;Pálsson;Eira;Lund",
            "Von: Rasimus, Tuulikki [mailto:tr@example.fi]\\nGesendet: Montag, 4. Januar 2027\\nAn: 'Ane Mendizabal'|"
                    + "Rasimus;Tuulikki;Ane;Mendizabal",
            "Lähettäjä: Kaisu Nieminen (Esimerkki Oy) <k@example.fi>\\nLähetetty: maanantai 4. tammikuuta 2027\\n"
                    + "Vastaanottaja: Palvelupiste <pp@example.fi>|Kaisu;Nieminen",
            // a service's mailbox is no person
            "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\\nDate: Mon, 4 Jan 2027\\nTo: Eira Lund|Eira;Lund",
            // a subject's words are no display name, nor a date's
            "From: helpdesk@example.fi\\nDate: Mon, 4 Jan 2027\\nSubject: Tuulikki Rasimus|",
    })
    void marksDisplayNames(String text, String names) {
        MarkedWords.assertMarks((s, tokens, words, marks) -> MailHeaders.markDisplayNames(s, tokens, words, marks,
                MailHeaders.find(s, tokens)), text, names);
    }

    /** The words of {@code names} (";"-separated) stay marked, in order, after the header rules take their marks off. */
    private static void assertStay(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> MailHeaders.unmark(s, tokens, words, marks,
                MailHeaders.find(s, tokens)), text, names);
    }
}
