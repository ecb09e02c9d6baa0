package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommonWordsTheModelMarkedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a verb's form in -ed or -ing
            "Rejected twice after the update.|",
            "  == Spawning extension (default, 100, 1)|",
            // a label of two words or more before its colon, opening a line or sentence
            "Failure Information:\\nTarget Account: pkorhola|",
            "The upload died. Raw response follows:|The",
            // the first word after a program's tag on a line that opens with a time
            "09:12:44 sshd: Accepted publickey for deploy|",
            "2026-03-02 07:15:00 pam: Connection closed by peer|",
            // a word before a key or token
            "Authorization: Basic ZGVwbG95OnNlY3JldA==|Authorization",
            // a number's label of one word
            "Till: Kerttu Hiisilampi\\nFax: 017 965 7243|Till;Kerttu;Hiisilampi",
            // a Swedish compound naming a document; the name after it stays
            "Tågvärdsrapport SJ 279 2027-07-08|",
            "Bagageanmälan Ebba Falk|Ebba;Falk",
            // a sum's label before its currency and digits; a name paid a sum elsewhere stays
            "Balance EUR 762.50 on hold, Refund £289.24 sent.|",
            "Juniper EUR 50 paid|Juniper",
            // a common noun's plural opening a sentence before a word in lower case; a surname in -s stays
            "Printers on the third floor are offline.|",
            "Williams is covering until Friday.|Williams;Friday",
            "Tablets Saffron ordered arrived.|Tablets;Saffron",
            // an ordinary Finnish word as a menu's choice; a table's cell may hold a surname that is a noun
            "10:06:07 DTMF 2 → Salasanat\\n10:06:25 vahva tunnistus OK|",
            // a field that may be a name: a given name, a place, a word in a sentence
            "1. Mari Sarkkinen → Siru|Mari;Sarkkinen;Siru",
            "1;Anna;Virtanen;Siru\\n2;Kari;Kärpänen;Vaihde|Anna;Virtanen;Siru;Kari;Kärpänen;Vaihde",
            "Vaihde ei vastaa.|Vaihde",
            // a Finnish verb's form opening a sentence or a speaker's words; a noun and a name there stay
            "12:44 Aino Virta: Onnistuu.|Aino;Virta",
            "Toimii taas. Tuuli soitti.|Tuuli",
            // a Swedish noun in its definite form, before a name too; a surname after a given name, and outside Swedish, stays
            "Lönen för mars kom men Grannen Ebba Falk fick samma.|Ebba;Falk",
            "Dödsboet tar över avtalet, Dödsboets elavtal till Tove.|Tove",
            "Ebba Lönnen ringde till mig.|Ebba;Lönnen",
            "Karsten called about the laptop.|Karsten",
            // a word with no name reading that the message writes in lower case too, in some form; a name stays
            "Faktura 7225 väntar på attest, men fakturan går inte vidare.|",
            "Faktura nummer två kom. Jag betalade fakturan ändå.|Jag",
            // nor where the form in lower case stands in a line written in lower case, as a chat writes names too
            "Faktura kom sent.\\nhej, fakturan är betald|Faktura",
            "Tove Sandell ringde, tove har semester.|Tove;Sandell",
            // a sentence's common word, a one-word speaker's label and a label's value may be names
            "Saffron is covering until Friday.|Saffron;Friday",
            "Saffron: the printer is back|Saffron",
            "Approver: Saffron|Approver;Saffron",
            // a common word beside a name part is a name part
            "Caller Obiageli Rejected: twice|Caller;Obiageli;Rejected",
            // a word the name lists hold, even as a name part only, stays
            "Juniper Flint: printer jammed again|Juniper;Flint",
            "Handled by: Heron|Heron",
            // a sum paid to a person, and three capitals that are no currency's code, label nothing
            "Sent Heron £50 via PayPal|Sent;Heron;PayPal",
            "Assign Heron SAP 4 hours|Assign;Heron",
            // a reply of one word after a speaker's name and colon; a field's value stays
            "00:44 Benjamin-Vilho: Done, the refunds team will confirm.|Benjamin-Vilho",
            "Approver: Saffron.|Approver;Saffron",
            "Attendees: Pekka, Saffron, Lily.|Attendees;Pekka;Saffron;Lily",
            "Thanks Pekka, Saffron.|Thanks;Pekka;Saffron",
    })
    void takesTheModelsMarkOffACommonWordOnlyInARecordsPlace(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) ->
                CommonWordsTheModelMarked.unmark(s, tokens, words, new boolean[tokens.size()], marks), text, names);
    }

    /**
     * The model marks lower-case names too ("novas hotspot", Nova's): only a capitalised plural is a sentence's noun, and
     * only a capitalised word a Swedish noun's definite form.
     */
    @Test
    void leavesWordsInLowerCase() {
        MarkedWords.assertStay((s, tokens, words, marks) -> {
            Arrays.fill(marks, true);
            CommonWordsTheModelMarked.unmark(s, tokens, words, new boolean[tokens.size()], marks);
        }, "- novas hotspot syns inte", "novas;hotspot;syns;inte");
        // nor a Finnish genitive in a transcript's lower case beside a word that Swedish writes too
        MarkedWords.assertStay((s, tokens, words, marks) -> {
            Arrays.fill(marks, true);
            CommonWordsTheModelMarked.unmark(s, tokens, words, new boolean[tokens.size()], marks);
        }, "se ei vastannu ni heikkurisen veli sano", "se;ei;vastannu;ni;heikkurisen;veli;sano");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Account Holder: Saffron|Account;Holder;Saffron",
            "Wanted by: Tester|Wanted;Tester",
    })
    void leavesAWordTheRulesMarked(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) ->
                CommonWordsTheModelMarked.unmark(s, tokens, words, marks.clone(), marks), text, names);
    }
}
