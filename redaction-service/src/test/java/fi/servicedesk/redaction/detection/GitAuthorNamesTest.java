package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GitAuthorNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Liitän tulosteen:\\nfile:/home/x/.gitconfig\tuser.name=Gentian Virtanen\\nfile:.git/config\tcore.bare=false|Gentian",
            "Klistrar in:\\nf723f26a (April Lindqvist 2026-04-12 07:03:33 +0100 43)     const url = cfg.baseUrl;|April",
            "See blame:\\n^4b92a18 app/views.py (Grace Hopper 2026-04-12 07:15:01 +0100 45) import os|Grace",
    })
    void findsTheAuthorGitPrints(String text, String name) {
        var message = text.replace("\\n", "\n");
        assertTrue(Found.in(detector, message).contains(name), Found.in(detector, message).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Aseta git config user.email=tuki@example.fi ja kokeile uudelleen.|tuki",
            "commit 4b92a184 (HEAD -> main, origin/main)|HEAD",
            "Build 2026-04-12 (Release Candidate) failed.|Release",
    })
    void leavesOtherValues(String text, String word) {
        assertFalse(Found.in(detector, text).contains(word), Found.in(detector, text).toString());
    }
}
