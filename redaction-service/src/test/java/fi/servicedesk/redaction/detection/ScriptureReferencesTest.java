package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A book of the Bible cited as a reading is no person; capitalised words come marked (ScriptureReferences). */
class ScriptureReferencesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a book before its chapter and verse, with or without the abbreviation's full stop
            "Reading: John 3:16; John Smith reads it.|Reading;John;Smith;reads;it",
            "Läsning: Joh. 3:16; Matt. 5:3-12 och Psaltaren 23.|Läsning;och",
            "Lukukappale: Room. 8:38-39; luku 1. Kor. 13, Ruutin kirja 1:16|Lukukappale;luku;kirja",
            "Reading: Romans 8:38-39. Then Matthew 5.|Reading;Then",
            "Adressin teksti: \"Matteus 5\"|Adressin;teksti",
            // a bare chapter before a word or a comma is no citation: a person's count, a time, a list
            "Mark 5 as done, says Luke 2, Anna 3.|Mark;as;done;says;Luke;Anna",
            "Job 4711 failed for Daniel.|Job;failed;for;Daniel",
            // a chat's speaker before the time and a colon
            "Mark 07:12: can't log in\\nMark 7:16: same|Mark;can;t;log;in;Mark;same",
            // a book before the word for a gospel, a book or a letter, and after "Gospel of"
            "Luku: Luukkaan evankeliumi. Luukkaan kanssa sovittu.|Luku;evankeliumi;Luukkaan;kanssa;sovittu",
            "Reading: the Gospel of Luke, read by Luke Hall.|Reading;the;Gospel;of;read;by;Luke;Hall",
            "Läsning: Markus evangelium och Jakobs brev; Markus läser.|Läsning;evangelium;och;brev;Markus;läser",
            "Raamatunluku\\nJohannes 3:16|Raamatunluku",
            // a time or a count outside a reading's frame is no citation, nor a library's book
            "Meeting with John 9:30 tomorrow about the laptop.|Meeting;with;John;tomorrow;about;the;laptop",
            "Call Mark 2:45 today, he is waiting.|Call;Mark;today;he;is;waiting",
            "Attendees: John 3, Mark 2.|Attendees;John;Mark",
            "Johanneksen kirja on myöhässä, palautus huomenna.|Johanneksen;kirja;on;myöhässä;palautus;huomenna",
            "Lukas bok är försenad.|Lukas;bok;är;försenad",
            "Jakobs brev kom i går.|Jakobs;brev;kom;i;går",
            "the book of James Bennett arrived late.|the;book;of;James;Bennett;arrived;late",
    })
    void takesTheMarkOffTheBookCited(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> ScriptureReferences.unmark(s, tokens, marks), text, names);
    }
}
