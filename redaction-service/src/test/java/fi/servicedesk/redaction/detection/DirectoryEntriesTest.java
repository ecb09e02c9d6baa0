package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The names in a directory's entry pasted into a ticket: distinguished names, attributes, filters (DirectoryEntries). */
class DirectoryEntriesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsADistinguishedNamesCommonName() {
        // surname first with its comma escaped, or given name first; the words are glued to "=" and "\,"
        assertFound("Sync failed for CN=Abashidze\\, Lasha,OU=Users,DC=corp,DC=example", "Abashidze", "Lasha");
        assertFound("object CN=Lemlem Gebre,OU=Contractors,DC=corp,DC=example has no manager", "Lemlem", "Gebre");
    }

    @Test
    void findsTheNameAttributesOfGetAdUserLdifAndGraph() {
        // the attribute says the word is a name, even one that is an ordinary word ("Kivi")
        assertFound("GivenName         : Otar\nSurname           : Kivi", "Otar", "Kivi");
        assertFound("dn: CN=Gebre Lemlem,OU=Staff,DC=corp\nsn: Gebre\ngivenName: Lemlem", "Gebre", "Lemlem", "Gebre", "Lemlem");
        assertFound("{\"displayName\": \"Chkheidze, Otar\", \"jobTitle\": \"Analyst\"}", "Chkheidze", "Otar");
    }

    @Test
    void findsACommonNameByTheEntrysOwnNameAttributes() {
        // "Hetta" is a village to Voikko and "Juhán" no word it knows: the entry's givenName and sn say they are names
        assertFound("dn: cn=Juhán Hetta,ou=Staff,dc=museum,dc=org\ngivenName: Juhán\nsn: Hetta",
                "Juhán", "Hetta", "Juhán", "Hetta");
        // a particle joined by a hyphen in lower case
        assertFound("manager: cn=Dalia al-Tamimi,ou=Staff,dc=museum,dc=org", "Dalia", "al-Tamimi");
    }

    @Test
    void findsThePeopleARecordNamesByTheirRole() {
        // a time entry's fee earner: a given name no list knows, a surname the US lists hold that is also a word ("Mire")
        assertFound("{\"date\": \"2027-02-07\", \"fee_earner\": \"Hibaaq Mire\", \"hours\": 0.8}", "Hibaaq", "Mire");
        // a role's value that is no person
        assertFound("{\"client\": \"Chrome\", \"handler\": \"Finance Team\"}");
    }

    @Test
    void findsTheNameAFilterLooksFor() {
        assertFound("PS C:\\> Get-ADUser -Filter \"Surname -eq 'Chkheidze'\" -Properties Manager", "Chkheidze");
    }

    @Test
    void leavesGroupsContainersComputersAndAttributeNames() {
        assertFound("Member of CN=Domain Users,CN=Users,DC=corp,DC=example");
        assertFound("CN=Print Operators,CN=Builtin,DC=corp,DC=example");
        assertFound("CN=HKI-WS0412,OU=Computers,DC=corp,DC=example");
        assertFound("Owner: CN=Finance Team,OU=Groups,DC=corp,DC=example");
        assertFound("DistinguishedName : CN=HKI-WS0412,OU=Computers,DC=corp,DC=example");
        // a common name that is no part of a distinguished name
        assertFound("Set CN=Production Server in the config");
    }

    private void assertFound(String text, String... expected) {
        assertEquals(List.of(expected), Found.inOrder(detector, text), text);
    }
}
