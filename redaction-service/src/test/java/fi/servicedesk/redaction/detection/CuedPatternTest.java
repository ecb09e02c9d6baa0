package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CuedPatternTest {

    private static final CuedPattern REVIEW = new CuedPattern("  ", List.of("approved these changes", "commented"),
            "(?m)^[ \\t]*([a-z]+) (?:approved these changes|commented)\\b");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'  jdoe approved these changes'|true",
            "'  jdoe commented'|true",
            "'  JDOE COMMENTED'|true",
            "'  jdoe merged the pull request'|false",
            "'  1234 5678'|false",
    })
    void mayMatchOnlyWithTheCueAndOneOfTheOthers(String text, boolean expected) {
        assertEquals(expected, REVIEW.mayMatch(Text.of(text)));
    }
}
