package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CredentialDetectorTest {

    private final CredentialDetector detector = new CredentialDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "salasanani on Kesä2024! jos tarvitsette|Kesä2024!",
            "salasana on kissa123.|kissa123",
            "my password is hunter2 please reset|hunter2",
            "pw: Xy7#kLm9|Xy7#kLm9",
            "PIN 4321 ei toimi|4321",
            "PIN-koodi on 0000|0000",
            "password=\"S3cret\"|S3cret",
            "lösenordet är Vinter2025! tills vidare|Vinter2025!",
            "Mitt lösenord: hemligt99|hemligt99",
            "Salasanansa on Kesä2024#, hän kertoi|Kesä2024#",
            "passcode: 4hg7Kq|4hg7Kq",
            // A password right after its cue, shaped like one.
            "Temporary password Tammi64?95 issued; manager informed.|Tammi64?95",
            "Väliaikainen salasana Sommar18?86 annettiin, ja esimiehelle ilmoitettiin.|Sommar18?86",
            "Tillfälligt lösenord Winter91!57 skickat; chefen informerad.|Winter91!57",
            "Soittaja kertoi salasanansa Harbour98!07 puhelimessa.|Harbour98!07",
            "Uusi salasanasi Ruska13%73 on voimassa|Ruska13%73",
            // Digits after a PIN's or a one-time code's cue, in Finnish with its cases and possessive suffixes.
            "Caller also read out the PIN 3840 unasked.|3840",
            "Soittaja kertoi myös PIN-koodinsa 986709, vaikka sitä ei kysytty.|986709",
            "PIN-koodini on 1234|1234",
            "PIN-kod 4473 uppgavs.|4473",
            "PIN-koden är 5521|5521",
            // the new PIN a reset gave
            "Note (a librarian): the lost item was borrowed by her son; PIN reset to 1066.|1066",
            "Bibliotekarie Eva Lind: förnyat till 2027-03-19. PIN-kod nollställd: 127929.|127929",
            "Kirjastovirkailija: PIN-koodi nollattu: 4821.|4821",
            "the child's login is rakvin88 and PIN was reset to 2864. Escalated.|2864",
            // the one it is given to before its colon
            "paikka vahvistettu; leirisovelluksen PIN Karthikeyan Senthilille: 4543. Konfirmaatio Laskiainen.|4543",
            "Appens PIN till Eva Lind: 8812.|8812",
            // a SIM's PUK, with or without its number
            "new ICCID 89462021830639170480. PUK 86231729. Identity checked.|86231729",
            "Uusi ICCID annettiin, PUK2: 58506397|58506397",
            "Tunnuslukuni on 8822|8822",
            "kertoi tunnuslukunsa 4410 agentille|4410",
            "Your one-time code is 482913|482913",
            "Kertakäyttökoodi: 774201|774201",
            "engångskoden 3321 gäller i fem minuter|3321",
            "Passcode 482913 for the bridge|482913",
            "Enter the one-time passcode 5521 now|5521",
            // A password of letters alone after "is", "on", "är", and one of digits alone after a colon.
            "the password is kissakala|kissakala",
            "salasana on kissakala|kissakala",
            "lösenordet är vintersol|vintersol",
            "temporary password: 48213977|48213977",
            "Väliaikainen salasana: 48213977|48213977",
            // an ampersand is one of a secret's marks, unless a query's next parameter follows it
            "väliaikainen salasanasi on Revontuli&0070. Vaihda se heti.|Revontuli&0070",
            "my password is lantern&7275 if you need to log in|lantern&7275",
            "password=Kettu42x&user=mvirtanen|Kettu42x",
    })
    void findsTheSecretAfterItsCue(String text, String secret) {
        assertEquals(List.of(secret), Found.in(detector, text));
    }

    @Test
    void splitsUserNameAndPasswordPair() {
        var findings = Found.findings(detector, "tunnus ja salasana: mvirtanen / Talvi2025");
        assertEquals(List.of(EntityType.USERNAME, EntityType.CREDENTIAL), findings.stream().map(Finding::type).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "salasana on vanhentunut",
            // a question that ends its chat line on "on": the next line is the next speaker's
            "jäbä kysy et mikä tän wifin salis on\nOnar ☺\npe 10.12. klo 17.35",
            "Anniina (9.07): skidi kysy et mikä tän wifin salis on\nKatariina Lankila (9.07): moi",
            "Aihe: VL: Salasanasi on nollattu",
            "Lösenordet är återställt, logga in igen",
            "your password was updated yesterday",
            "my password is expired",
            "salasanani on unohtunut, voitteko auttaa",
            "password reset link does not work",
            "the pin on the board is bent",
            "pinnacle of support",
            "Password reset INC0012345 closed",
            "password reset call from the caller",
            "Salasanan nollaus puhelimitse.",
            "Salasana vaihdettu 12.3.2026",
            "salasanan nollaus 15.3. klo 14",
            "PIN-koodi ei toimi",
            "PIN-koodi 2026-03-12 vaihdettu",
            "password expired on 2026-01-05",
            "password self-service portal",
            "password (optional) field",
            "Tillfälligt lösenord skickat till chefen",
            "lösenord måste bytas",
            "password 2024 policy",
            "Lösenordsåterställning per telefon",
            "kertakäyttökoodi ei tullut",
            "salasanansa Teams-sovellukseen",
            "password for CHG-1234",
            "Agentti: Kenen tunnuksen salasana nollataan?",
            "Your password expires!!",
            "password reset ticket INC0012345",
            "salasana vaihdettu 12.3.2026",
            "password expires in 14 days",
            "PIN-koodi lähetetty tekstiviestillä",
            "the code 2024-11 release",
            "salasana on 12.3.2026 asti",
            "password is 2026-03-12",
            "salasana on 15.3. asti",
            "password is 14 days old",
            "password is 8 characters long",
            "salasana on 90 päivää voimassa",
            "salasana on voimassa 14 päivää",
            "lösenordet är utgånget",
            "lösenordet är fel",
    })
    void leavesTalkAboutSecretsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A provider's token is one by its prefix, wherever it is pasted; a prefix alone or in a word is none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CI still uses ghp_q8VbT1xZr4Lm0PaW2sKc7YdE9fHn3JuG6iOo in deploy.yml|ghp_q8VbT1xZr4Lm0PaW2sKc7YdE9fHn3JuG6iOo",
            "STRIPE_KEY=sk_test_51Hx9QpLk3VbN7mR2tYw8Zc|sk_test_51Hx9QpLk3VbN7mR2tYw8Zc",
            "botti käyttää xoxb-2214-99812-Qm7tLp0aZr3kV8wN avainta|xoxb-2214-99812-Qm7tLp0aZr3kV8wN",
            "aws_access_key_id AKIAQ7R2M5T8W1Z4C6B9 vuoti|AKIAQ7R2M5T8W1Z4C6B9",
            "glpat-Xr81kQm2ZtVw93LpYc0e on vanhentunut|glpat-Xr81kQm2ZtVw93LpYc0e",
    })
    void findsProviderTokensByTheirPrefix(String text, String token) {
        assertEquals(List.of(token), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GitHub tokens start with ghp_ and Stripe's with sk_live_", "the xoxb- prefix marks a bot token",
            "pk_live_51Hx9QpLk3VbN7mR2tYw8Zc is the publishable key"})
    void leavesTalkAboutPrefixesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A JSON Web Token: three base64url parts, the first a header that names its algorithm. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtdmlydGFuZW4ifQ.c2lnbmF0dXJlLXBhcnQ|eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtdmlydGFuZW4ifQ.c2lnbmF0dXJlLXBhcnQ",
            "istunto eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0. vanhentui|eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.",
    })
    void findsJsonWebTokens(String text, String token) {
        assertEquals(List.of(token), Found.in(detector, text));
    }

    /** "eyJ" that opens no header naming an algorithm, or no three parts, is no token. */
    @ParameterizedTest
    @ValueSource(strings = {
            "payload eyJzdWIiOiJtdmlydGFuZW4ifQ.eyJzdWIiOiJtdmlydGFuZW4ifQ.c2lnbmF0dXJl in the log",
            "header eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9 alone",
            "the file heyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.abc",
    })
    void leavesWhatIsNoTokenAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A secret under a key that names one, in .env, YAML, JSON and a Kubernetes Secret. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SMTP_USER=ops\\nSMTP_PASS=Kesä5137#\\nLOG_LEVEL=debug|Kesä5137#",
            "stringData:\\n  SMTP_PASS: \"Sommar1386_x\"\\n  IMAGE_TAG: \"1.2.3\"|Sommar1386_x",
            "{\"user\": \"ops\", \"clientSecret\": \"q8VbT1xZr4Lm0PaW2sKc7YdE\"}|q8VbT1xZr4Lm0PaW2sKc7YdE",
            "data:\\n  db-password: UzNjcjN0UGFzcw==|UzNjcjN0UGFzcw==",
            "export AZURE_API_KEY=Zx81kQm2ZtVw93LpYc0eQ|Zx81kQm2ZtVw93LpYc0eQ",
            // an HTTP header's credentials after their scheme
            "GET /api/v2/orders HTTP/1.1\\nAuthorization: Bearer 7hQm2ZtVw93LpYc0eXr81kQ|7hQm2ZtVw93LpYc0eXr81kQ",
            "Proxy-Authorization: Basic b3BzOmtlc2EyMDI0|b3BzOmtlc2EyMDI0",
    })
    void findsSecretsUnderKeysThatNameThem(String text, String secret) {
        assertEquals(List.of(secret), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SMTP_PASS: ${SMTP_PASS}",
            "token: expired",
            "\"key\": \"ITSM-5280\"",
            "public_key: MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A",
            "LOG_LEVEL=debug",
            "the bypass: Tammi2024 is in the manual",
            "Authorization: Bearer ${API_TOKEN}",
    })
    void leavesKeysAndValuesThatHoldNoSecretAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A token or recovery code given after its word; talk about tokens is none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the fixture still has Maren's token 771904 in it|771904",
            "vanha tokenini Lakka!3307 on yhä koodissa|Lakka!3307",
            "recovery code: k7wq2-9tbz4-m3xp8|k7wq2-9tbz4-m3xp8",
            "återställningskoden är 4kd9-x2mq-77rt|4kd9-x2mq-77rt",
    })
    void findsATokenGivenAfterItsWord(String text, String token) {
        assertEquals(List.of(token), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"token refresh fails after an hour", "the token is expired", "tokenit vanhenevat 30 päivässä",
            "recovery codes are in the vault"})
    void leavesTalkAboutTokensAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A door's code in a message about a door, gate or intercom; a code in a message about something else stays. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rappukäytävän ovikoodi on 4471, vaihtakaa se|4471",
            "Ovipuhelin ei toimi. Uusi koodi 80215 otetaan käyttöön maanantaina.|80215",
            "The gate code is 3390; the old one stops on Friday.|3390",
            "Porttelefonen ringer fel nummer. Koden är 6612.|6612",
            // the keypad's star or hash typed with the code
            "Uusi ovikoodi on *5208 ensi viikosta.|*5208",
            "The back door's code 7316# works from Monday.|7316#",
            "Access: key set K-98, door code 0502*|0502*",
            "Vaktmästaren: duschkod #2917 gäller från måndag.|#2917",
            // a shared shower's, sauna's, gate's or laundry room's code, one read in two pairs
            "Campsite notice: the shower code is 7316 this week.|7316",
            "Simhallen: bastukoden är 40921.|40921",
            "Koulun kuntosali: pesutuvan koodi 38-61 toimii maanantaista.|38-61",
            "Grindkoden är 6034 under sommaren.|6034",
            // a keypad's or key safe's name standing for its code, a gate keypad's letter after three digits
            "Access: fob 93785, keypad 3483|3483",
            "Haartmaninkatu 72, avainsäilö 4207. Lääkkeet: ei muutoksia.|4207",
            "Snellmansgatan 18, nyckelgömma 0763|0763",
            "98 King Edward Street, key safe 7476. Fell at home.|7476",
            "Mäkelänkatu 7, porttikoodi 801C. Omainen paikalla.|801C",
            "Ovipuhelin ei toimi. Ovikoodi 2622A, avaimet huoltoyhtiöltä.|2622A",
            // or its letter before them, as a hotel room's door code is given
            "Miehistöhotellin huoneen 9793 ovikoodi P461 annettu Thuy Huynhille.|P461",
            // a code given beside keys: it opens what they open
            "Avaimet: iLOQ 40285, koodi 4884|4884",
            "Nycklar: nyckel nr 052, kod 2465#|2465#",
            // a parcel locker's pickup code, whose door it opens
            "Your parcel is ready at InPost Locker Leeds. Collection code 48711858. Valid 72h.|48711858",
            "Pakettisi on noudettavissa: Posti-automaatti Kaleva. Noutokoodi 36152450. Säilytys 7 vrk.|36152450",
            "Ditt paket finns i Instabox Vasa. Upplåsningskod 291711.|291711",
            "Paketet ligger i PostNord Paketskåp Umeå, kod 8255.|8255",
    })
    void findsADoorsCode(String text, String code) {
        assertEquals(List.of(code), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Viimeisin koodi 551207 vanheni ennen kuin ehdin syöttää sen.",
            "Installer exit code 1603 on every laptop", "Ovikello soi, mutta virhekoodi 2026-11 näkyy",
            "Mäkelänkatu 7 B 801C, porttikoodi vaihtuu", "Door code changes for gate B12 next week", "Started in safe mode, error code 1603 again",
            // a date's day and month or a range after a code's word are no pairs' code
            "Suihkun koodi vaihtuu 12-06-2026 alkaen.", "Shower code changes 10-15 May.",
            // a key that is a figure speaks of no door
            "Hakukenttä hylkää avainsanan, virhekoodi 4012", "Avainasiakkaan tilauskoodi 55213 ei kelpaa",
            "Rapporten visar nyckeltal, felkod 4012",
            // a locker's id and a parcel's tracking number are no code; "automaattinen" is automatic, no locker
            "Locker 4521 at Tesco is full, parcel JJFI65574162942980", "Automaattinen uusinta epäonnistui, virhekoodi 4012",
            // a service point's pickup code, shown at its counter with an ID, opens no locker's door
            "Posti-lähetys on noudettavissa Yrjönkatu 23 A. Seurantakoodi tuli tekstiviestillä, noutokoodi 1043.",
            // an unlocking that fails names an error's code, no locker's
            "Unlock failed, error code 1603", "Avauskoodi ei kelpaa, virhekoodi 1603",
            // a ticket's barcode, cancelled with the ticket, is printed on it, no gate's code
            "Doors 22.45, Gate 62. Barcode 4892 3450 1664 3516 cancelled.",
            "Ovet klo 07.30, pääovi; viivakoodi 1744 7631 9697 4377 mitätöity."})
    void leavesOtherCodesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A code sent to someone to type, in any of the three languages; a code that names a thing stays. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Temporary password Vinter20?Kb and code 762854 sent to the customer only.|Vinter20?Kb,762854",
            "04:55 Agent: New code 140089 sent to Oluwafemi. Anything else?|140089",
            "Vastaus: uusi koodi 4052 lähetetty Maarialle. Vanha koodi mitätöity.|4052",
            "23:18 Kundtjänst: Ny kod 1812 skickad till Fredys telefon.|1812",
            "The code 5521 has been sent to your phone.|5521",
            // a password that opens with a verb's letters ("Var", was) is no verb and its secret
            "Temporary password Varhu38!k3 and code 887797 sent to the customer only.|Varhu38!k3,887797",
            // a code the agent checks was sent to the customer before
            "01:14 Valdemar: Koodi 81775739 tarkistettu. Alma-Tyynelle tehdään uusi sopimus.|81775739",
            "Agent: code 4821 verified, thanks.|4821",
            "Handläggare: Kod 663018 bekräftad.|663018",
    })
    void findsACodeSentToSomeone(String text, String codes) {
        assertEquals(List.of(codes.split(",")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tracking code 12345678 sent to the customer by email.", "Alennuskoodi 2024 lähetetty kaikille.",
            "Error code 1603 sent in the log", "Verification code sent to 040 123 4567", "Order 12345678 sent today",
            "Postal code 00100 sent wrong", "Booking code 482913 confirmed.", "Varauskoodi 482913 vahvistettu.",
            "Koodi 12.3.2026 tarkistettu", "Asunto 1234 tarkistettu.",
            // a code of a thing accepted is no one-time code typed back
            "Kustannuspaikkakoodi 4410 hyväksytty.", "Cost centre code 4410 confirmed.", "Leverantörskod 5521 godkänd"})
    void leavesCodesThatNameAThingAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A gift card's PIN printed in hyphened groups of capitals and digits; a date or a word after "PIN" stays. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nytt kort 2143579107825854159, PIN WC36-V501.|WC36-V501",
            "Sain lahjakortin (GC-9342-0694-0187, PIN ML75-X488) ystävältäni.|ML75-X488",
            "uusi kortti ja PIN DB07-E732 lähetetään.|DB07-E732",
    })
    void findsAPinOfCapitalsAndDigits(String text, String pin) {
        assertEquals(List.of(pin), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PIN 2026-01-05 vaihdettu", "PIN-koodi EI-TOIMI 2026", "PIN reset done 12.3.2026"})
    void leavesAPinsWordsAndDatesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A verification code after its word, with the word's possessive suffixes, also in a code's two groups of three. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Moi Elina, vahvistuskoodisi on 40917265. Älä jaa sitä.|40917265",
            "Varmennuskoodi: 118 204 on voimassa 10 minuuttia|118 204",
            "Din verifieringskod är 663018.|663018",
            "Your verification code is 908 112.|908 112",
            // the chat's agent writes that the code went out and gives it after a colon
            "Resetting it now. Verification code sent: 417089.|417089",
            "Vahvistuskoodi lähetetty: 29054201|29054201",
    })
    void findsAVerificationCodeAfterItsWord(String text, String code) {
        assertEquals(List.of(code), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vahvistuskoodi ei tullut perille", "Verification code sent to 040 123 4567",
            "Vahvistuskoodi on 040 123 4567 -numerossa", "security code 2026-03-12 policy",
            "Verification code sent: 12.3.2026", "Verification code sent to: 040 123 4567"})
    void leavesOtherNumbersNearAVerificationCodeAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A BitLocker recovery key by its shape: eight hyphened groups of six digits. */
    @Test
    void findsARecoveryKeyByItsShape() {
        var key = "402817-119934-560021-773405-228190-604413-915502-031877";
        assertEquals(List.of(key), Found.in(detector, "Laite pyysi avainta ja käyttäjä liitti " + key + " chattiin."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tilaus 402817-119934-560021 toimitettu", "ids 402817-119934-560021-773405-228190-604413-915502",
            "402817-119934-560021-773405-228190-604413-915502-031877-1"})
    void leavesShorterOrLongerDigitGroupsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A code that opens the user's turn right after the line that sent or asked for it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[09:12] BOT: Lähetimme kertakoodin puhelimeesi.\\n[09:13] ASIAKAS: 804 551\\n[09:13] BOT: Kiitos!|804 551",
            "[14:02] bot: Enter the 6-digit code from your authenticator app.\\n[14:03] user: 272904 and then what?|272904",
            "BOT: Engångskoden har skickats till dig.\\nKUND: 55109382|55109382",
    })
    void findsACodeGivenWhenAskedFor(String text, String code) {
        assertEquals(List.of(code), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[09:12] BOT: Mikä virhekoodi näkyy?\n[09:13] ASIAKAS: 80070005",
            "[09:12] BOT: Lähetimme kertakoodin puhelimeesi.\n[09:13] ASIAKAS: 040 123 4567 on uusi numeroni",
            "[09:12] BOT: Lähetimme kertakoodin puhelimeesi.\n[09:13] ASIAKAS: koodi tuli, tilaus 55109382",
            "[09:12] BOT: Lähetimme kertakoodin puhelimeesi.\n[09:13] ASIAKAS: 2026-03-12 asti",
            "[14:02] bot: Which authenticator do you use?\n[14:03] user: 12345",
    })
    void leavesOtherAnswersAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tammi64?95|true", "hunter#xy|true", "Kesä2024!|true",
            "reset|false", "nollaus|false", "nollataan?|false", "self-service|false", "INC0012345|false",
            "123456|false", "ab1!|false",
    })
    void takesAWordRightAfterThePasswordCueOnlyWhenShapedLikeOne(String word, boolean secret) {
        assertEquals(secret, CredentialDetector.shapedLikeASecret(word));
    }

    @Test
    void findsABearerTokenAfterItsSchemeButNotTalkAboutOne() {
        assertEquals(List.of("q8Vt2LmZ0pXc7RwYb4Ns"), Found.in(detector, "curl -H \"Authorization: Bearer q8Vt2LmZ0pXc7RwYb4Ns\" https://api.example.org/v1"));
        assertEquals(List.of("Zm9vYmFyLWJhei0xMjM0NTY3OA=="), Found.in(detector, "token_type bearer Zm9vYmFyLWJhei0xMjM0NTY3OA== expires 3600"));
        assertEquals(List.of(), Found.in(detector, "Send the Bearer token in the header; Bearer authentication is required for Authorization: Bearer <token>."));
    }

    @Test
    void leavesAMeetingsPasscodeBesideItsIdButNotAPersonsPassword() {
        assertEquals(List.of(), Found.in(detector, "Join the call\nMeeting ID: 318 220 4471\nPasscode: Rb7kQe\nDial in by phone"));
        assertEquals(List.of(), Found.in(detector, "Kokouksen tunnus: 318 220 4471\nTunnuskoodi: 773104"));
        assertEquals(List.of("Rb7kQe9!"), Found.in(detector, "Meeting at 10.\nMy password is Rb7kQe9! since Monday"));
    }

    @Test
    void leavesADialInBridgesPinAfterItsConferenceId() {
        assertEquals(List.of(), Found.in(detector, "Or dial +46 8 311 215 41 and enter conference ID 705041288#, PIN 44875"));
        assertEquals(List.of(), Found.in(detector, "Neuvottelutunnus: 969 962 976#\nOsallistujan PIN: 6084\nPakolliset: Aino"));
        assertEquals(List.of(), Found.in(detector, "Konferens-ID: 969 962 976#\nPIN: 6084"));
        assertEquals(List.of("6084"), Found.in(detector, "Kortin PIN: 6084, älä kerro kenellekään."));
    }
}
