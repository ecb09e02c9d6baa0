package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A chat mention after white space, a bracket or a quotation mark (ChatMentions); not an address's "@". */
class ChatMentionsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a notification quotes the comment that mentions someone
            "Aino commented: \"@Rasmus can you check the logs?\"|Rasmus;Aino",
            "Kommentti: “@Oddný katsotko tämän?”|Oddný",
            "(@Oddný) will take it|Oddný",
            // a double given name's parts joined by a hyphen are one mention
            "joo, @Aatu-Ilmari osaatko?|Aatu-Ilmari",
            "@Mei-Ling Ho-Leung katsotko tämän?|Mei-Ling;Ho-Leung;Ho-Leung",
            "yep, @Elle-Máret can you?|Elle-Máret",
    })
    void findsAMentionAfterAQuotationMarkOrBracket(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @Test
    void findsAMentionInLowerCaseOfAWordTheChatWritesCapitalised() {
        assertEquals(List.of("Szymon", "Woźniak", "szymon"),
                Found.inOrder(detector, "[09:14] Szymon Woźniak\nTeams crashed again\n[09:15] ask @szymon, same here"));
        // a whole channel's mention, even where the word is written capitalised too
        assertEquals(List.of(), Found.inOrder(detector, "@here Here is the link. @channel Channel closed."));
    }

    @Test
    void findsALoginOfAGivenNameAndSurnameAsOneName() {
        assertEquals(List.of("anneli.koskinen", "anneli.koskinen"),
                Found.inOrder(detector, "[11:02] anneli.koskinen: build is red again\nReview by @anneli.koskinen: LGTM"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a surname made of a word of the land, one no list knows
            "@Hilda-Elisabet Teljokangas katsokaa tämä|Hilda-Elisabet;Teljokangas",
            "Mentioned: @Dagny-Ottilia Tallgärde|Dagny-Ottilia;Tallgärde",
    })
    void findsTheSurnameAfterACapitalisedMention(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.inOrder(detector, text));
    }

    @Test
    void leavesAFirmsHandleInCamelCase() {
        assertEquals(List.of("Aino"), Found.inOrder(detector, "@VesitehoVaasa taas netti poikki, @Aino katsotko?"));
        assertEquals(List.of(), Found.inOrder(detector, "@KvarnbyBygg nätet har legat nere hela dagen"));
        assertEquals(List.of(), Found.inOrder(detector, "@PolarLedger any ETA?"));
        // a person's handle of given name and surname glued together stays a name
        assertEquals(List.of("MattiVirtanen"), Found.inOrder(detector, "@MattiVirtanen any ETA?"));
    }

    @Test
    void leavesAnOrdinaryWordAfterAMention() {
        assertEquals(List.of("Oddný"), Found.inOrder(detector, "@Oddný Kiitos paljon!"));
        assertEquals(List.of("Oddný"), Found.inOrder(detector, "@Oddný Teams kaatui taas"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mail helpdesk@Rasmus.example.com for access.",
            "Ask @example.com about it.",
            "[10:02] build.log: 42 errors",
            "[10:03] anneli.koskinen@example.com wrote",
    })
    void leavesAnAddresssAt(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
