package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameTaggerTest {

    private final NameLexicon lexicon = NameLexicon.shared();
    private final NameTagger tagger = NameTagger.shared();

    @Test
    void theModelIsReadOnceWithAThresholdBetweenNoAndCertain() {
        assertSame(tagger, NameTagger.shared());
        assertTrue(tagger.threshold() > 0 && tagger.threshold() < 1, "threshold " + tagger.threshold());
    }

    @Test
    void aWordInTheSamePlaceHasTheSameFeaturesInAnyText() {
        var once = features("Yesterday Okonkwo fixed the printer.", 1);
        assertArrayEquals(once, features("Yesterday Okonkwo fixed the printer.", 1));
        assertArrayEquals(once, features("Yesterday Okonkwo fixed the printer. Thanks!", 1));
        assertNotEquals(Arrays.toString(once), Arrays.toString(features("Yesterday Okonkwo repaired the printer.", 1)));
        assertTrue(Arrays.stream(once).allMatch(slot -> slot >= 0 && slot < TokenFeatures.SIZE));
    }

    @Test
    void featuresReadOneMessageAfterAnotherAreThoseOfTheMessageAlone() {
        var reused = new TokenFeatures();
        var messages = List.of("Yesterday Okonkwo fixed the printer.",
                "Hei Anna, Jarmo Hirvonen soitti eilen: tulostin freya on jumissa ja host thor pitää käynnistää uudelleen, "
                        + "kysy Tuulalta tai Heikiltä lisää.",
                "Thanks Grace!");
        for (var value : messages) {
            var words = Text.of(value).words();
            reused.read(value, words, lexicon, new NameLexicon.Word[words.size()]);
            var alone = features(value);
            for (int t = 0; t < words.size(); t++) {
                var buffer = new int[TokenFeatures.MAX];
                var expected = new int[TokenFeatures.MAX];
                assertArrayEquals(Arrays.copyOf(expected, alone.of(t, expected)), Arrays.copyOf(buffer, reused.of(t, buffer)),
                        value + ", word " + t);
            }
        }
    }

    @Test
    void aMessageOfMoreWordsThanAThreadKeepsIsTaggedAsAShortOne() {
        var text = "Yesterday Okonkwo fixed the printer. " + "The queue is long again today. ".repeat(300);
        assertTrue(Text.of(text).words().size() > 1024);
        assertTrue(redact(new Redactor(true), text).startsWith("Yesterday [NAME_1] fixed the printer. The queue"));
    }

    @Test
    void aNameNoRuleCuesScoresAboveTheThresholdAndAProductBelow() {
        assertTrue(probability("Yesterday Okonkwo fixed the printer.", 1) >= tagger.threshold());
        assertTrue(probability("Yesterday Outlook crashed again.", 1) < tagger.threshold());
        assertTrue(probability("Yesterday Okonkwo fixed the printer.", 2) < tagger.threshold());
    }

    @Test
    void theSwitchAddsTheTaggersNamesToTheRules() {
        var text = "Yesterday Okonkwo fixed the printer.";
        assertEquals(text, redact(new Redactor(false), text));
        assertEquals("Yesterday [NAME_1] fixed the printer.", redact(new Redactor(true), text));
    }

    @Test
    void aProductTheNameListsHoldIsNeverTheTaggersAlone() {
        var text = "Ilmoitin asiasta Dellille.";
        // The model alone would take it: what keeps it is the guard, not the score.
        assertTrue(probability(text, 2) >= tagger.threshold(), "the model scores Dellille below its threshold");
        assertEquals(text, redact(new Redactor(true), text));
        assertFalse(redact(new Redactor(true), "Tiketti siirtyi Teamsiin.").contains("NAME"));
        assertFalse(redact(new Redactor(true), "Kävin Zoomissa eilen.").contains("NAME"));
    }

    @Test
    void aProductInAnyFinnishCaseIsAThing() {
        for (var word : List.of("Jiraan", "Wilmaan", "Officeen", "Teamsiin", "Zoomissakin", "Jirassakaan", "Jiraanhan",
                "Jiralle", "Jiran", "Sonyhyn", "Exceliin", "Outlookiin")) {
            assertTrue(NameLexicon.isInflectedThing(word, 0, word.length()), word);
        }
        for (var word : List.of("Jira", "Elisa", "Miraan", "Annaan", "Kirjaan")) {
            assertFalse(NameLexicon.isInflectedThing(word, 0, word.length()), word);
        }
        assertFalse(redact(new Redactor(true), "Tein tiketin Jiraan eilen.").contains("NAME"));
    }

    @Test
    void aTablesTitleLineIsNeverTheTaggers() {
        var text = "| Task | Owner | Due |\n|---|---|---|\n| Teams upgrade | Selamawit Bekele | Fri |";
        var redacted = redact(new Redactor(true), text);
        assertTrue(redacted.startsWith("| Task | Owner | Due |\n"), redacted);
        assertTrue(redacted.contains("| [NAME_1] [NAME_2] |"), redacted);
    }

    @Test
    void aNameColumnsTitleLineIsNeverTheTaggers() {
        var text = "Webinar attendance\nFull Name\tFirst Join\tLast Leave\tTime in Call\tEmail\n"
                + "Orvokki Salmela\t10:01\t10:45\t44 min\tosalmela@example.fi\n"
                + "Rhodri Pennington\t10:03\t10:50\t47 min\trpennington@example.org";
        var redacted = redact(new Redactor(true), text);
        assertTrue(redacted.contains("\nFull Name\tFirst Join\tLast Leave\tTime in Call\tEmail\n"), redacted);
        assertTrue(redacted.contains("[NAME_1] [NAME_2]\t10:01"), redacted);
    }

    @Test
    void aWordBesideAKindOfThingHasItsFeaturesInAnyCaseOfThatWord() {
        // "palvelimelle" and "palvelimen" are both the server, by their base form; "kollegalle" is a colleague.
        var besideServer = slots("Siirsin palvelimelle thor lokit.", 2);
        besideServer.retainAll(slots("Katsoin palvelimen thor lokit.", 2));
        besideServer.removeAll(slots("Siirsin kollegalle thor lokit.", 2));
        assertFalse(besideServer.isEmpty(), "no feature of the server beside the word");
    }

    @Test
    void aHostPrinterOrGroupNamedLikeAPersonScoresBelowTheThreshold() {
        assertTrue(probability("Restart host thor tonight.", 2) < tagger.threshold());
        assertTrue(probability("Tulostin freya on jumissa.", 1) < tagger.threshold());
        assertTrue(probability("Siirsin tiketin ryhmälle Verkko.", 3) < tagger.threshold());
    }

    private Set<Integer> slots(String value, int t) {
        return Arrays.stream(features(value, t)).boxed().collect(Collectors.toSet());
    }

    private int[] features(String value, int t) {
        var buffer = new int[TokenFeatures.MAX];
        var slots = Arrays.copyOf(buffer, features(value).of(t, buffer));
        Arrays.sort(slots);
        return slots;
    }

    private double probability(String value, int t) {
        return tagger.probability(features(value), t, new int[TokenFeatures.MAX]);
    }

    private TokenFeatures features(String value) {
        var words = Text.of(value).words();
        return new TokenFeatures(value, words, lexicon, new NameLexicon.Word[words.size()]);
    }

    private static String redact(Redactor redactor, String text) {
        return redactor.redact(text, KnownIdentifiers.NONE, Placeholders.inMemory()).text();
    }
}
