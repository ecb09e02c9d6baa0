package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsOpeningAClauseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a conjunction or determiner opening a sentence
            "Leider funktioniert der Drucker nicht.|Drucker",
            "Vielen Dank, Kasun.|Dank;Kasun",
            "La facture 817366 est toujours ouverte.|",
            "Palun helista Marile.|Marile",
            // a French question's verb and its pronoun
            "Pouvez-vous donner à Jasy Riveros l'accès ?|Jasy;Riveros",
            "Jos yhteys ei toimi, soita.|",
            "Jos Lilja ei ehdi, soita.|Lilja",
            "Om bryggan inte fungerar, ring Mats.|Mats",
            "Senaste koden gick ut.|",
            // a Swedish ordinal and an English preposition, given names too, before a word in lower case
            "Andra läraren, Greta Holm, svarar.|Greta;Holm",
            "Första dagen ringde Birgit.|Birgit",
            "In the morning Wilma called.|Wilma",
            "After lunch Jorma will sign it.|Jorma",
            // one that is a given name too stays before a capitalised word
            "Andra Ionescu ringde.|Andra;Ionescu",
            "In Sook approved the order.|In;Sook",
            "Om Prakash ringde.|Om;Prakash",
            // an ordinary word in a form no name takes, before a word in lower case
            "Laskujen hyväksynnät hoitaa Kirsti Talvi.|Kirsti;Talvi",
            "Yksityinen numero siirtyy omiin nimiin.|",
            // a given name Voikko reads as a noun stays, and so does a word the message names elsewhere
            "Aarre korjasi tulostimen.|Aarre",
            "Soita Haverinen.\\nHaverinen soittaa.|Soita;Haverinen;Haverinen",
            // an initial's full stop opens no sentence: Voikko reads many a surname in -inen as an adjective
            "E. Tähtinen approved remote work.|Tähtinen",
            "Hei, I. Tähtisen mukaan tunnus on voimassa.|Hei;Tähtisen",
            // a preposition of the partitive before one; the genitive of a given name before a noun stays
            "Ilman Vilhelmiinaa olisin ollut pulassa.|Vilhelmiinaa",
            "Ilman Kukkia emme pääse eteenpäin.|Kukkia",
            "Ilman Virtanen soitti.|Ilman;Virtanen",
            // a label before its colon; a speaker's name stays
            "Hotel: Premier Inn|Premier;Inn",
            "Henning: kommer strax|Henning",
            // a Finnish word opening a label of words in lower case; an English word the US lists hold before a date
            "Haudan haltija: Sakari Kettuharju|Sakari;Kettuharju",
            "Toinen huoltaja: Taavetti Onni|Taavetti;Onni",
            // a given name that is a word too, then a verb and a colon, opens a sentence: it stays
            "Lumi sanoi näin: kortti ei toimi.|Lumi",
            "Tuuli kysyi vielä: onko lasku maksettu?|Tuuli",
            "Journey: 23 September 2027 20:57 to the bus station|September",
            "Journey: hi there|Journey",
            "Hunter: 040 123 4567|Hunter",
            "Summer: 3 tickets for Friday|Summer;Friday",
            // a participle before the agent's preposition and the colon; a name there stays
            "Utkvitterad av: Ylva Berg|Ylva;Berg",
            "Henning av: Ylva Berg|Henning;Ylva;Berg",
    })
    void takesTheMarkOffOrdinaryWordsOpeningASentenceOrALabel(String text, String names) {
        MarkedWords.assertStay(WordsOpeningAClause::unmark, text, names);
    }
}
