package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetypedNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the name again in lower case, without its marks, in another case, one letter off
            "\"Soitin Hannele Korhoselle. korhonen lupasi katsoa\"|Hannele;Korhoselle;korhonen",
            "\"Tapasin Hannele Mäkisen eilen, hannelelle kävi hyvin\"|Hannele;Mäkisen;hannelelle",
            "\"Tapasin Hannele Mäkisen eilen ja hanelelle kävi hyvin\"|Hannele;Mäkisen;hanelelle",
            "\"Eilen Osmo Rautakorpi soitti, rautakopri ei muista salasanaa\"|Osmo;Rautakorpi;rautakopri",
            "\"Eilen Osmo Pyykkönen soitti, pyykköselle laitoin viestin\"|Osmo;Pyykkönen;pyykköselle",
            // ordinary words stay words
            "\"Tapasin Liisa Kallion eilen ja kallio oli märkä\"|Liisa;Kallion",
            "\"Kysyin Eeva Virtaselta, eevan mukaan virta katkesi\"|Eeva;Virtaselta;eevan",
    })
    void marksANameTheMessageAlreadyNames(String text, String names) {
        MarkedWords.assertMarks((s, tokens, words, marks) -> {
            for (int t = 0; t < tokens.size(); t++) {
                marks[t] = tokens.isCapitalised(t) && !tokens.beginsSentence(t);
            }
            RetypedNames.mark(s, tokens, words, marks);
        }, text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"Soitin eilen Hannele Korhoselle. korhonen lupasi katsoa koneen\"|Hannele;Korhoselle;korhonen",
            "\"Tapasin Osmo Pyykkösen eilen, pyykkösellä ei toimi vpn\"|Osmo;Pyykkösen;pyykkösellä",
    })
    void findsTheRetypedNameAmongTheOthers(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(new PersonNameDetector(NameLexicon.shared()), text));
    }

    @ParameterizedTest
    @CsvSource({"virtanen,virtnen,true", "virtanen,virttanen,true", "virtanen,vritanen,true", "virtanen,virtenen,true",
            "virtanen,virtanen,false", "virtanen,virta,false", "virtanen,vritnaen,false"})
    void countsOneLetterOff(String a, String b, boolean expected) {
        assertEquals(expected, RetypedNames.oneEditApart(a, b));
    }

    @ParameterizedTest
    @CsvSource({"jarvinen,true", "jarviselle,true", "jarvisen,true", "jrvinen,true", "jarvinenkin,true", "jarvinsen,true", "jarrulla,false"})
    void readsTheNameWithoutItsMarks(String word, boolean expected) {
        assertEquals(expected, RetypedNames.isRetyped(List.of(RetypedNames.Name.of("jarvinen")), word, false));
    }

    /** A mistyped name takes a case ending or nothing after it; a word of another language one letter off its first letters stays. */
    @ParameterizedTest
    @CsvSource({"bkehan,true", "bekhn,true", "behanille,true", "bekhnia,true", "behaniin,true", "bekhnta,true",
            "behandlande,false", "behanlande,false", "bekhnskaya,false"})
    void readsAMistypedNameOnlyBeforeACaseEnding(String word, boolean expected) {
        assertEquals(expected, RetypedNames.isRetyped(List.of(RetypedNames.Name.of("bekhan")), word, false));
    }
}
