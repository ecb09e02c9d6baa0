package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Any country's national form after a phone's cue, read through {@link PhoneDetector}. */
class NationalFormsAfterCuesTest {

    private final PhoneDetector detector = new PhoneDetector();

    /** A mobile by some country's plan, written as that country writes it, after a phone's cue. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Supervisor: Ligaya Manalo, 0918 224 6071|0918 224 6071",
            "Yhteyshenkilö on Chinedu Okafor, 0803 412 7780 (sis. 212).|0803 412 7780",
            "Kysy Eleni Vlachoun numeron 694 512 3307 listalle.|694 512 3307",
            "Jos kysyttävää, soita Mateukselle: (21) 97731-2284.|(21) 97731-2284",
            "I called Thiago on (31) 98820-4417 yesterday.|(31) 98820-4417",
            "Kysy lisää, soita Wouterille: 0486/12.77.30.|0486/12.77.30",
            // the whole number in parentheses after a name; a name's apposition closed by a comma
            "Huoltaja Khady-Ousmane Sarr-Fall (099 571 4590) huomasi virheen.|099 571 4590",
            "Consent returned by Sota-Haruka Nakamura-Yamamoto, 090 5995 4528, for the trip.|090 5995 4528",
            // a name and its login in parentheses, as a route log's or a round's header gives the driver
            "Kuljettaja: Olga-Priita Säynälampi (olgas225), 074 198 2339|074 198 2339",
            "Volunteer: Manjunath Girish Shetty-Kamath (manjunathgirish.shettykamath), 080 6997 9356|080 6997 9356",
    })
    void readsAMobileOfSomeCountryAfterACue(String text, String number) {
        assertEquals(List.of(number), Found.inOrder(detector, text));
    }

    /** After a strong cue, a number of any range, even one that no plan holds, and a country code of any length after it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The ward sister approved it. Contact: Farkas Ildikó, 06 20 318 4471.|06 20 318 4471|+36203184471",
            "Jos kysyttävää, soita Sylvainille: (514) 047-2210.|(514) 047-2210|+15140472210",
            "Puheenjohtaja vastaa numerossa +234 1 802 3315.|+234 1 802 3315|+23418023315",
    })
    void readsAnyNumberAfterAStrongCue(String text, String number, String value) {
        Found.exactly(detector, text, number, value);
    }

    /** A number that opens its line answers the question or completes the label of the line above, whose cue is its own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bot: Mihin numeroon voin lähettää koodin?\\nuser: 0769 412 8112 tai sit tseretelilt voi kysyy|0769 412 8112",
            "bot: Mihin numeroon voin lähettää koodin?\\nuser: 090 350 205 tai sit sipiläiselt voi kysyy|090 350 205",
            "Puhelin:\\n512 806 233|512 806 233",
            "numeroon\\tO\\n531715557\\tB-PHONE|531715557",
    })
    void readsANumberAskedForOnTheLineAbove(String text, String number) {
        assertEquals(List.of(number), Found.inOrder(detector, text.replace("\\n", "\n").replace("\\t", "\t")));
    }

    /** The line above asks for no number (it ends with no question or colon, its cue is a thing's), or the number does not open its line. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bot: Mikä on tilausnumerosi?\\nuser: 512 806 233",
            "bot: Mihin numeroon soitan?\\nuser: en tiedä, tilaus 512 806 233 on auki",
            "Soitin eilen varastoon.\\n512 806 233 kpl",
            "tilausta\\tO\\n531715557\\tO",
    })
    void readsNoNumberTheLineAboveDoesNotAskFor(String text) {
        assertEquals(List.of(), Found.inOrder(detector, text.replace("\\n", "\n").replace("\\t", "\t")));
    }

    @Test
    void readsNoNumberInParenthesesAfterAThing() {
        assertEquals(List.of(), Found.inOrder(detector, "Varaus (0905 596 016) vahvistettu."));
    }

    @Test
    void readsNoCueInAWordTheWindowCuts() {
        assertEquals(List.of(), Found.inOrder(detector, "Hotel: Original Sokos Hotel Vaakuna, confirmation 128213430."));
    }

    @Test
    void readsNoBuildNumberAsOne() {
        assertEquals(List.of("050 526 2237"), Found.inOrder(detector, "Good morning! call me on 050 526 2237, build 2024.11.3"));
    }
}
