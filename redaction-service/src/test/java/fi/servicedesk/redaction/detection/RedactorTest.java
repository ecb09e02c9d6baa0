package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    @Test
    void theContractExampleKeepsNoIdentifier() {
        var known = KnownIdentifiers.of("Matti Virtanen", "matti.virtanen@example.com", "mvirtanen", "Liisa Agent");
        var text = "Hei, olen Matti Virtanen ja sähköpostini on matti.virtanen@example.com, puh. 040 123 4567. VPN ei toimi.";

        var redacted = redactor.redact(text, known, Placeholders.inMemory()).text();

        assertEquals("Hei, olen [NAME_1] [NAME_2] ja sähköpostini on [EMAIL_1], puh. [PHONE_1]. VPN ei toimi.", redacted);
    }

    @Test
    void theAgentsNameDoesNotTurnTheWordAgentIntoAName() {
        var known = KnownIdentifiers.of("Matti Virtanen", "matti.virtanen@example.com", "mvirtanen", "Liisa Agent");
        var text = "Hi, Liisa Agent here. The agent on call can reset it; ask any agent.";

        var redacted = redactor.redact(text, known, Placeholders.inMemory()).text();

        assertEquals("Hi, [NAME_1] [NAME_2] here. The agent on call can reset it; ask any agent.", redacted);
    }

    @Test
    void theSameValueGetsTheSamePlaceholderAcrossMessagesOfAScope() {
        var scope = Placeholders.inMemory();
        var first = redactor.redact("mail a@example.fi or b@example.fi", KnownIdentifiers.NONE, scope).text();
        var second = redactor.redact("+358 40 123 4567 and A@example.fi; 040-1234567", KnownIdentifiers.NONE, scope).text();

        assertEquals("mail [EMAIL_1] or [EMAIL_2]", first);
        assertEquals("[PHONE_1] and [EMAIL_1]; [PHONE_1]", second);
    }

    @Test
    void aScopeWithManyValuesNumbersEachTypeInTheOrderItsValuesCame() {
        var scope = Placeholders.inMemory();
        for (int n = 1; n <= 20; n++) {
            assertEquals("[EMAIL_" + n + "]", scope.placeholder(EntityType.EMAIL, "user" + n + "@example.fi"));
            assertEquals("[PHONE_" + n + "]", scope.placeholder(EntityType.PHONE, "+35840000000" + n));
        }
        assertEquals("[EMAIL_3]", scope.placeholder(EntityType.EMAIL, "user3@example.fi"));
        assertEquals("[PHONE_20]", scope.placeholder(EntityType.PHONE, "+35840000000" + 20));
        assertEquals("[NAME_1]", scope.placeholder(EntityType.NAME, "matti"));
    }

    @Test
    void overlappingFindingsMergeAndTheLongestWins() {
        var merged = Redactor.merge(List.of(new Finding(EntityType.USERNAME, 0, 14, "x"),
                new Finding(EntityType.EMAIL, 0, 26, "y"), new Finding(EntityType.NAME, 6, 14, "z"),
                new Finding(EntityType.PHONE, 30, 40, "p")));
        assertEquals(List.of(EntityType.EMAIL, EntityType.PHONE), merged.stream().map(Finding::type).toList());
    }

    @Test
    void aKnownUserNameInCapitalsStaysAUserNameThoughTheNameRulesReadItAsAName() {
        var known = KnownIdentifiers.of("Laura Koskinen", "laura_koskinen41@example.com", "lkoskinen", "Matti Agentti");
        for (var text : List.of("Huomenta! käyttäjätunnukseni on lkoskinen, price 49.90 EUR",
                "HUOMENTA! KÄYTTÄJÄTUNNUKSENI ON LKOSKINEN, PRICE 49.90 EUR")) {
            assertEquals(text.substring(0, 32) + "[USERNAME_1]" + text.substring(41),
                    redactor.redact(text, known, Placeholders.inMemory()).text());
        }
        var merged = Redactor.merge(List.of(new Finding(EntityType.NAME, 32, 41, "lkoskinen"),
                new Finding(EntityType.USERNAME, 32, 41, "lkoskinen")));
        assertEquals(List.of(EntityType.USERNAME), merged.stream().map(Finding::type).toList());
    }

    @Test
    void aCodeAfterItsCueStaysASecretThoughThePhoneRulesReadItsDigits() {
        var text = "Hei Aune, varmennuskoodisi on 047 318. Älä jaa sitä.";
        assertEquals("Hei Aune, varmennuskoodisi on [CREDENTIAL_1]. Älä jaa sitä.",
                redactor.redact(text, KnownIdentifiers.NONE, Placeholders.inMemory()).text().replace("[NAME_1]", "Aune"));
        var merged = Redactor.merge(List.of(new Finding(EntityType.PHONE, 30, 37, "047318"),
                new Finding(EntityType.CREDENTIAL, 30, 37, "047 318")));
        assertEquals(List.of(EntityType.CREDENTIAL), merged.stream().map(Finding::type).toList());
    }

    @Test
    void nothingOfTheOriginalSurvives() {
        var text = "kortti 4111 1111 1111 1111, IBAN FI21 1234 5600 0007 85, hetu 131052-308T, ip 10.1.2.3";
        var redacted = redactor.redact(text, KnownIdentifiers.NONE, Placeholders.inMemory()).text();
        assertEquals("kortti [PAYMENT_CARD_1], IBAN [IBAN_1], hetu [NATIONAL_ID_1], ip [IP_ADDRESS_1]", redacted);
        assertFalse(redacted.matches(".*\\d{3}.*"), redacted);
    }

    @Test
    void anIdentityCodeThatIsAlsoAValidPhoneNumberIsAnIdentityCode() {
        assertEquals("henkilötunnus [NATIONAL_ID_1]",
                redactor.redact("henkilötunnus 050984-8032", KnownIdentifiers.NONE, Placeholders.inMemory()).text());
    }

    @Test
    void anIdentityCodeInParenthesesIsAnIdentityCode() {
        assertEquals("valtakirja ([NATIONAL_ID_1]) liitteenä, puh. ([PHONE_1])",
                redactor.redact("valtakirja (020296-2281) liitteenä, puh. (040 123 4567)", KnownIdentifiers.NONE,
                        Placeholders.inMemory()).text());
    }

    @Test
    void lookAlikesSurvive() {
        var text = "Tiketti INC0012345, tilaus 123456789, 20.11.2026 klo 08:15, versio 10.0.19045.3803, hinta 1 299,00 €.";
        assertEquals(text, redactor.redact(text, KnownIdentifiers.NONE, Placeholders.inMemory()).text());
    }
}
