package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A message signed with a slash before the sender's name (SlashSignatures). */
class SlashSignaturesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsTheNameAfterASignaturesSlash() {
        assertEquals(List.of("Lemlem"), Found.inOrder(detector, "Tack! /Lemlem"));
        assertEquals(List.of("Otar Chkheidze"), Found.inOrder(detector, "Tack för hjälpen!\n//Otar Chkheidze"));
    }

    @Test
    void findsTheSignersGivenNameAndSurnameAsOneName() {
        // a signature names one person: one span, not a word each, and not joined over the line break
        var text = "Tar du den? /Omari Kemar\n\n--\nHandläggare";
        var found = Redactor.merge(Found.findings(detector, text)).stream().map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(List.of("Omari Kemar"), found);
    }

    @Test
    void findsANameBeforeTheSignersNumber() {
        assertEquals(List.of("Per-Arvid"), Found.inOrder(detector, "Tack på förhand!\n/Per-Arvid, +46 70 608 9763"));
        assertEquals(List.of("Eivor-Maj"), Found.inOrder(detector, "Kiitos avusta.\n/Eivor-Maj, 09 321 6255"));
        assertEquals(List.of("Lemlem"), Found.inOrder(detector, "Thanks in advance.\n/Lemlem, (09) 321 6255"));
    }

    @Test
    void findsANameBeforeTheSignersUnitAndNumber() {
        assertEquals(List.of("Aino-Maria Kärrmark"), Found.inOrder(detector, "Tack!\n/Aino-Maria Kärrmark, avd. K3, +46 70 608 9763"));
        assertEquals(List.of("Olof Sältablad"),
                Found.inOrder(detector, "Tack!\n/Olof Sältablad, socialtjänsten, vuxenenheten, 08-561 20 00"));
    }

    @Test
    void findsASurnameOfTheLandAfterTheSignersGivenName() {
        assertEquals(List.of("Aino Ruskokorpi"), Found.inOrder(detector, "Kiitos!\n/Aino Ruskokorpi, 040 123 4567"));
    }

    @Test
    void findsANameBeforeTheSignersEmployer() {
        assertEquals(List.of("Linnea-Kristina"), Found.inOrder(detector, "Ring gärna 08-561 20 00. /Linnea-Kristina, Saimaa Pankki"));
        assertEquals(List.of("Aleksi"), Found.inOrder(detector, "Soittakaa minulle. /Aleksi, Asiakaspalvelu"));
        assertEquals(List.of("Grace"), Found.inOrder(detector, "Thanks for your feedback!\n/Grace, Bright Harbour Bank"));
    }

    @Test
    void findsANameBeforeTheSignersAddress() {
        // the surname is found by its address's local part too, inside the signature's one span
        var text = "Nytt SIM-kort 8935 8950 6892 4188 8904.\n\n/Aili-Vilhelmiina Ohraniemi, ohraniemi.aili@bredband.example.se\n";
        var found = Redactor.merge(Found.findings(detector, text)).stream().map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(List.of("Aili-Vilhelmiina Ohraniemi"), found);
        assertEquals(List.of("Sixten-Vilhelm"), Found.inOrder(detector, "Tack!\n/Sixten-Vilhelm, sixtenvilhelmk@operator.example.se"));
    }

    @Test
    void leavesAPathBeforeSomethingElseThanAnAddress() {
        // an address that goes on into a sentence, or an "@" with no domain: no signature's line
        assertEquals(List.of(), Found.inOrder(detector, "Open the share.\n/Documents, backup@host.example.org and restart"));
        assertEquals(List.of(), Found.inOrder(detector, "Open the share.\n/Documents, @mentions"));
    }

    @Test
    void leavesASentenceAfterASignaturesComma() {
        // a sentence after the comma: no employer's name
        assertEquals(List.of(), Found.inOrder(detector, "Open the share.\n/Documents, Then restart it. It works."));
        assertEquals(List.of(), Found.inOrder(detector, "Open the share.\n/Documents, Pictures and Music and Videos too"));
    }

    @Test
    void leavesPathsAndPairs() {
        assertEquals(List.of(), Found.inOrder(detector, "Copy it to /Users\nand restart."));
        assertEquals(List.of(), Found.inOrder(detector, "Open the share. /Documents"));
        assertEquals(List.of(), Found.inOrder(detector, "Open the share.\n/Documents, 3 files"));
        assertEquals(List.of(), Found.inOrder(detector, "Use TCP/IP and the VPN/Teams."));
        // initials
        assertEquals(List.of(), Found.inOrder(detector, "Soitin takaisin. /Md"));
    }
}
