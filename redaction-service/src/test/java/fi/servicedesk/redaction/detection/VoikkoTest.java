package fi.servicedesk.redaction.detection;

import io.quarkus.runtime.Startup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without libvoikko or its Finnish dictionary the service must refuse to start rather than
 * redact fewer names (issue #14): loading fails with a message that says what to install, and
 * the engine that needs it is made at start-up.
 */
class VoikkoTest {

    @Test
    void refusesWithoutTheLibraryAndSaysWhatToInstall() {
        var refused = assertThrows(IllegalStateException.class, () -> Voikko.load("libvoikko-not-installed.so.1", "fi"));
        assertEquals("libvoikko (libvoikko-not-installed.so.1) is not installed: the redaction of people's names needs it "
                + "(Debian: apt-get install libvoikko1 voikko-fi)", refused.getMessage());
    }

    /** A dictionary variant that is not installed stands for the missing voikko-fi: libvoikko finds no dictionary for it. */
    @Test
    void refusesWithoutTheFinnishDictionary() {
        var refused = assertThrows(IllegalStateException.class, () -> Voikko.load("libvoikko.so.1", "fi-x-notinstalled"));
        assertTrue(refused.getMessage().startsWith("libvoikko found no Finnish dictionary (install voikko-fi)"), refused.getMessage());
    }

    @Test
    void analysesAFinnishNameWhenBothAreThere() {
        try (var voikko = Voikko.load()) {
            assertTrue(voikko.analyse("Hirvoselle").stream().anyMatch(a -> "sukunimi".equals(a.wordClass())
                    && "Hirvonen".equals(a.baseForm())));
        }
    }

    /** The Redactor loads the lexicon, and so Voikko, in its constructor; @Startup makes that happen before the service is ready. */
    @Test
    void theEngineIsMadeAtStartUpSoAFailedLoadStopsTheService() {
        assertTrue(Redactor.class.isAnnotationPresent(Startup.class));
    }
}
