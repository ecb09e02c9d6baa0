package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UsernameDetectorTest {

    private final UsernameDetector detector = new UsernameDetector(NameLexicon.shared());

    @Test
    void findsAMentionOfALoginFoundBesideItsOwnersName() {
        var text = "Verena Huber @verhub changed milestone\nJoel Koski assigned to @verhub · 5 hours ago";
        var findings = new java.util.ArrayList<Finding>();
        detector.find(Text.of(text), findings);
        assertEquals(List.of("verhub", "verhub"), findings.stream().map(f -> text.substring(f.start(), f.end())).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Käyttäjätunnus mvirtanen lukittui.|mvirtanen",
            "Username: j.smith2 cannot log in.|j.smith2",
            "Login jdoe_adm expired.|jdoe_adm",
            "Användarnamn annlun01 fungerar inte.|annlun01",
            "Käyttäjä aino.laaksonen ei pääse Sapiin.|aino.laaksonen",
            "käyttäjätunnukseni on vlaine|vlaine",
            // the cue's possessive forms: his, yours, ours
            "Hänen tunnuksensa on ekorhonen3, ei muuta.|ekorhonen3",
            "Tunnuksesi on mvirta2 ja salasana tulee tekstiviestillä.|mvirta2",
            "Tiimin tunnuksemme on tk_huolto.|tk_huolto",
            "Käyttäjätunnuksensa oli jlahti12.|jlahti12",
            // a login that opens with a verb's letters is read whole
            "Tunnus onnvaa29 on lukittu.|onnvaa29",
            "Tunnus isiikaranta on lukittu.|isiikaranta",
            "UPN: CORP\\mvirtanen|CORP\\mvirtanen",
            "Lisää käyttäjälle tkorhonen oikeudet.|tkorhonen",
            "user id is \"mkoskinen\"|mkoskinen",
            // a login in parentheses after the name it is made of
            "Laite: HP EliteBook 840 G8, omistaja Tiina Rantala (trantala).|trantala",
            "Please reset MFA for Ville Laine (ville.laine) today.|ville.laine",
            "Ana Díaz (adiaz2) needs Teams.|adiaz2",
            "Uusi tunnus Jääskeläinen Aino? Ei: Aino Jääskeläinen (ainoj).|ainoj",
            // a log's key and value: any login, also one no name's lexicon splits
            "2026-11-02T08:14:09Z sso: login ok user=pkorvenk ip=10.4.8.1|pkorvenk",
            "vpn-gw02: user=tyl src=172.16.0.9 result=DENIED|tyl",
            // an opaque id where the record names no one else is the account that logged in
            "WARN kirjautuminen epäonnistui user=u955746 host=zeus|u955746",
            // a form's field is no chat's turn, even where its label is the bare word
            "User: m.virtanen (locked since Monday)|m.virtanen",
            // an opaque id after a user name's word is the account of whoever the sentence names
            "Kerkkäsen tunnus a03503 tarvitsee lukuoikeuden.|a03503",
            // a login of the starts of both names, or an opaque id, after its owner's name
            "Kollegani Lerato Mokoena (mokoenle) sanoi samaa.|mokoenle",
            "My colleague Navdeep Dhaliwal (navdha38) connects fine.|navdha38",
            "Please also give Bakyt Toktogulov (u716376) read access.|u716376",
            // a login made of the name of its owner, who stands before the cue
            "Juutilaisen tunnus juutilka tarvitsee lukuoikeuden.|juutilka",
            "Gueyen tunnus mgueye tarvitsee lukuoikeuden.|mgueye",
            // Jira's mention of an account
            "Password was reset by [~kenshu19]; still failing.|kenshu19",
            // a login no name list holds, after a cue that states it
            "mun käyttäjätunnus on hpeltokangas jos se auttaa|hpeltokangas",
            "hi, my username is tbrandvold|tbrandvold",
            "Sanna what's your username, svirkkunen?|svirkkunen",
            "MITÄ? SUN KÄYTTÄJÄTUNNUS OLI? okalliom|okalliom",
            "- pelinimi olli2011, klaani [ABC]|olli2011",
            "mitt användarnamn ar hbrandvo|hbrandvo",
            // the account someone uses "as" a login
            "Your partner shares the family account as msysiaho. Over to Ari.|msysiaho",
            "She shares the account as temaury5.|temaury5",
            // a JSON record's login field, whatever its letters
            "{\"role\": \"handler\", \"name\": \"Hafsat Zubairu\", \"login\": \"hzubairu\"}|hzubairu",
            "{\"login\": \"rs5985\", \"created\": \"2026-06-05\"}|rs5985",
    })
    void findsAUserNameAfterItsCue(String text, String username) {
        assertEquals(List.of(username), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Käyttäjä ei pääse kirjautumaan.",
            "Tunnus lukittui taas.",
            "The user reports that the VPN drops.",
            "Username is locked since Monday.",
            // a cue among the columns a query lists
            "mysql> SELECT user_id, login, full_name, mobile FROM intra.staff LIMIT 5;",
            "The account team needs guest Wi-Fi.",
            "Login page shows an error.",
            "Käyttäjä Honka-Turunen Kuura siirtyy Teamsiin.",
            "Log in as user admin first.",
            "Send it to the user@example.com mailbox.",
            "user cannot log in",
            "Write it as a user story.",
            "Your account is ready.",
            // what an account is flagged as, or compared to, in words
            "We flagged the account as suspicious.",
            "Keep the account as it is.",
            "Treat the user as a guest.",
            "Login as soon as you can.",
            "Subject: Key account handover – Kivijalka Oy",
            "Hei, tunnus lukossa taas.",
            "Tunnus svc_backup lukittui maanantaina.",
            "Account sa_sql locked at 16:30.",
            "session opened for user www-data by (uid=0)",
            "  REPLICA_USER: gitlab-runner",
            "vpn-gw02: user=root src=172.16.0.9 result=DENIED",
            "sshd: user=svc_deploy accepted publickey",
            "Tiina Rantala (talous) soitti.",
            "Ville Laine (poissa) ei vastaa.",
            // an opaque id beside the person's name in its record is the directory's key, no login
            "WARN kirjautuminen epäonnistui user=u955746 displayName=\"Ilona Sarpola\" host=zeus",
            "Maria Andersson (man) soitti.",
            "Virtasen tunnus lukossa taas.",
            "Anna Svensson (ansvarig) vastaa.",
            "cc [~accountid:3fb7d9ab959571a459543c7b] tänään",
            "Account v2 is gone, login x64 too.",
            "her login doesn't work since Monday",
            "my gamer tag was stolen yesterday",
            "användarnamnet är fel igen",
            // a JSON record's system account, and a key's quote with no value after it
            "{\"user\": \"root\", \"shell\": \"/bin/bash\"}",
            "the \"login\" button stays grey",
            "{\"userId\": \"fa9b3eef-f14e-1928-f010-9418b59e725f\", \"appDisplayName\": \"Office 365\"}",
            "{\"userId\": \"cbaa042e-6416-d70f-dbb8-8bf3c7568bf5\", \"appDisplayName\": \"Office 365\"}",
    })
    void leavesOtherWordsAfterACueAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A login found is found again wherever the message writes it as a word of its own, not inside another word. */
    @Test
    void findsALoginAgainWhereverTheMessageWritesIt() {
        assertEquals(List.of("rkoivist", "rkoivist"), Found.in(detector,
                "sso: login failed user=rkoivist\nTunnuksen rkoivist haltija ei tunnista kirjautumista."));
        assertEquals(List.of("rkoivist"), Found.in(detector,
                "sso: login failed user=rkoivist\nrkoivist.bak and rkoivist@example.fi are other things."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "bot: Kerrotko nimesi?\nuser: aino-maria laakso\nbot: Kiitos!",
            "[07:41] bot: What is your name?\n[07:42] user: jean-luc picard",
            "  botti: Mikä nimesi on?\n  käyttäjä: ville.laine tässä",
    })
    void takesNoUserNameFromTheUsersTurnInAChatWithABot(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @Test
    void findsTheLoginUnderADirectorysAttributeButNotAnAddressOrANull() {
        assertEquals(List.of("hkallio7"), Found.in(detector, "{\n  \"onPremisesSamAccountName\": \"hkallio7\",\n  \"mailNickname\": null\n}"));
        assertEquals(List.of("z400913"), Found.in(detector, "{\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"], \"userName\": \"z400913\"}"));
        assertEquals(List.of("tvaris"), Found.in(detector, "SamAccountName    : tvaris\nUserPrincipalName : tvaris@firma.fi"));
        assertEquals(List.of(), Found.in(detector, "\"userName\": \"t.varis@firma.fi\""));
    }
}
