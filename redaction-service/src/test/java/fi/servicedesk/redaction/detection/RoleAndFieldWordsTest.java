package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleAndFieldWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a role's word before a label's colon is no name; the value after it stays one
            "Caller: Mr Oswin Pettigrew|Mr;Oswin;Pettigrew",
            "Soittaja: Raili Väisänen, 040 123|Raili;Väisänen",
            "Uppringare: Sixten Berglund|Sixten;Berglund",
            // a case's fields: category, queue, grounds
            "Kategori: Dataskydd · ref REK-97699|Dataskydd",
            "Jono: Tunnukset\\nGrund: Artikel 17|Tunnukset;Artikel",
            "Priority: High|High",
            // a visit report's technician
            "Tekniker: Olle Kvist\\nAsentaja: Reino Hakala|Olle;Kvist;Reino;Hakala",
            "Elev: Elsa Berg, klass 4C\\nPupil: Renzo Ccori|Elsa;Berg;Renzo;Ccori",
            // without the colon, or a name before the colon, stays marked
            "Caller Oswin Pettigrew rang.|Caller;Oswin;Pettigrew",
            "Oswin: I'll call back|Oswin",
            "Kategori Aino Virta|Kategori;Aino;Virta",
            "Tekniker Olle Kvist kommer|Tekniker;Olle;Kvist",
            // a role's word as the subject of a sentence, a clause or a quotation; before a name it is the name's title
            "Huoltomiehen merkintä: “Asukas ei ollut kotona.” Kuittasi Reino Hakala.|Huoltomiehen;Kuittasi;Reino;Hakala",
            "Asiakas soitti uudelleen, Kund ringde igen.|",
            "Asiakas Raili Väisänen soitti.|Asiakas;Raili;Väisänen",
            "Merkintä: Asukas Olle Kvist ei ollut kotona.|Merkintä;Asukas;Olle;Kvist",
            // a train's crew and a debt's parties label their person too
            "Tågvärd: Signe Qvarnström\\nVelallinen: Sokha Sisavath|Signe;Qvarnström;Sokha;Sisavath",
            // a queue's value that is a phrase opens with no name; a name there stays, as does a phrase elsewhere
            "Kö: Nya uppdrag\\nQueue: New cases|",
            "Kö: Nya Berg|Nya;Berg",
            // a given name that is nothing else opens no group's name: the case is passed on about her
            "Jono: Kaisa lomalla, siirretty HR:lle|Kaisa",
            "Anteckning: Nya uppdrag|Anteckning;Nya",
    })
    void takesTheMarkOffARoleLabel(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> RoleAndFieldWords.unmark(s, tokens, words, marks), text, names);
    }

    /** A transcript by speech recognition labels its speakers by role in lower case; the people it names stay names. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "[00:00:14] agent: service desk you're speaking to hilkka\\n[00:00:21] caller: hi it's tauno|"
                    + "[00:00:14] agent: service desk you're speaking to [NAME_1]\\n[00:00:21] caller: hi it's [NAME_2]",
            "[00:00:05] asiakas: moi täällä kaarina\\n[00:00:09] tulkki: hän sanoo|"
                    + "[00:00:05] asiakas: moi täällä [NAME_1]\\n[00:00:09] tulkki: hän sanoo",
    })
    void keepsASpeakersRoleInATranscript(String text, String redacted) {
        assertEquals(redacted.replace("\\n", "\n"), new Redactor().redact(text.replace("\\n", "\n"), KnownIdentifiers.NONE,
                Placeholders.inMemory()).text());
    }
}
