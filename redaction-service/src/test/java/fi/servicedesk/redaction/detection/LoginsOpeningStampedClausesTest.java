package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginsOpeningStampedClausesTest {

    private static List<String> logins(String text) {
        var findings = new ArrayList<Finding>();
        LoginsOpeningStampedClauses.find(Text.of(text), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void findsTheActorBeforeWhatTheyDid() {
        var log = """
                2027-08-10 07:30:47 VISIT Ashgrove Dairy: farmer lame
                2027-08-10 07:32:09 f.bramonen took the next visit, IMEI 018459916373473
                2026-01-10 19:18:55 vol_agbeko34 otti seuraavan käynnin
                2026-11-15 19:46:21 mariosn612 took the next visit
                2027-03-08 13:47:56 K3982-KOTAV otti seuraavan käynnin
                2026-05-03 13:16:42 laikota.sec tog nästa besök
                2026-05-03 13:18:02 anna.m.virtanen took the next visit
                """;
        assertEquals(List.of("f.bramonen", "vol_agbeko34", "mariosn612", "K3982-KOTAV", "laikota.sec", "anna.m.virtanen"),
                logins(log));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // prose that opens a stamped line: no login's mark
            "2026-02-01 04:13:59 backup started",
            "2026-02-01 04:13:59 nginx reloaded its configuration",
            // a file's or a host's name
            "2026-02-01 04:13:59 deploy.sh started",
            "2026-02-01 04:13:59 web01 restarted",
            // a logger's or a class's name: a package's shape, or three dotted parts with a word among them
            "2027-03-01 10:00:01 com.acme.scheduler started nightly job",
            "2027-03-01 10:00:01 app.worker.tasks finished the batch",
            "2027-03-01 10:00:01 org.billing started nightly job",
            // an action in capitals, read by LoginsInLogRows
            "2026-02-01 04:13:59 ak2041 LUOTU vahinko",
            // a job's code in capitals without a staff number
            "2026-02-01 04:13:59 SYS-BATCH started",
            // no time stamp opens the line
            "Kirjoitti f.bramonen took the next visit",
    })
    void leavesLinesWithoutAnActor(String line) {
        assertTrue(logins(line).isEmpty(), line);
    }
}
