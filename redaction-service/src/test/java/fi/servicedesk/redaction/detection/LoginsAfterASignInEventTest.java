package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginsAfterASignInEventTest {

    private static List<String> logins(String text) {
        var findings = new ArrayList<Finding>();
        LoginsAfterASignInEvent.find(Text.of(text), NameLexicon.shared(), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void findsTheAccountThatSignedIn() {
        var log = """
                2026-02-01 04:13:33 KIRJAUTUMINEN vasaram5 (avaimenperä tag 488508)
                2026-02-01 04:13:59 AJO ALKOI 62514 km
                2026-02-01 05:02:10 LOGOUT aleksijuhani.vasaralampi
                2026-02-01 06:40:00 INLOGGNING wahlsma (tagg 5521)
                """;
        assertEquals(List.of("vasaram5", "aleksijuhani.vasaralampi", "wahlsma"), logins(log));
    }

    @Test
    void findsTheAccountWhoseTagStartedACharge() {
        var log = """
                2026-01-05T03:34:43Z LATAUS ALKOI tunniste mavirta7
                2026-01-05T03:40:30Z LATAUS PÄÄTTYI 7842 kWh
                2026-01-05T03:40:39Z CHARGING STARTED tag eeva.koskinen
                """;
        assertEquals(List.of("mavirta7", "eeva.koskinen"), logins(log));
    }

    @Test
    void findsTheAccountBeforeItsSignIn() {
        var log = """
                Kirjoittaja: Aino-Liisa Kettunen (D4411-KETTU)

                2026-02-01 04:13:33 D4411-KETTU KIRJAUTUI, auto 115, IMEI 350887430716536
                2026-02-01 04:14:08 kulj_virtan87 KIRJAUTUI, auto 886
                2026-02-01 04:15:00 SYS-BATCH LOGIN
                2026-02-01 04:15:00 failed LOGIN
                """;
        assertEquals(List.of("D4411-KETTU", "kulj_virtan87"), logins(log));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // another event, followed by what happened
            "2026-02-01 04:13:59 YLINOPEUS km 92/80",
            "2026-02-01 04:13:59 VIRHE yhteys katkesi",
            // a service's account
            "2026-02-01 04:13:59 LOGIN root",
            // what became of the sign-in, a word of the log's language
            "2026-02-01 04:13:33 LOGIN failed",
            "2026-02-01 04:13:33 KIRJAUTUMINEN onnistui",
            "2026-02-01 04:13:33 LOGOUT timeout",
            "2026-02-01 04:13:33 KIRJAUTUMINEN epäonnistui",
            "2026-02-01 04:13:33 INLOGGNING misslyckades",
            "2026-02-01 04:13:33 UTLOGGNING gjord",
            // a tag's serial in hexadecimal, a word after the tag
            "2026-01-05T03:34:43Z LATAUS ALKOI tunniste a31c3baf",
            "2026-01-05T03:34:43Z LATAUS ALKOI tunniste puuttuu",
            // an event that neither charges nor authorises by a tag: its id is a job's or a device's
            "2026-01-05T10:00:01Z JOB FAILED id nightly-backup2",
            "2026-01-05 10:00 DEVICE ONLINE id sensor7",
            // no time stamp: a sentence
            "KIRJAUTUMINEN onnistui eilen",
    })
    void leavesOtherLines(String text) {
        assertEquals(List.of(), logins(text));
    }
}
