package fi.servicedesk.rights.portal;

import fi.servicedesk.rights.Dpo;
import fi.servicedesk.rights.Owners;
import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's pages and forms over HTTP, signed in with bearer tokens (the browser's sign-in
 * through Keycloak is proven by suite-tests' PortalBrowserTest): roles, CSRF, languages, actions.
 */
@QuarkusTest
class PortalTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void theQueueIsForTheDpoAndTheAuditorOnly() {
        page("dpo", "/portal").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<h1>Queue</h1>"));
        page("auditor", "/portal").then().statusCode(200);
        page("dispute-handler", "/portal").then().statusCode(403);
        page("bot-developer", "/portal/records").then().statusCode(403);
        given().redirects().follow(false).get("/portal").then().statusCode(401);
    }

    @Test
    void aRequestRecordedThroughTheFormIsVerifiedAndExecutedThroughForms() {
        var form = Form.of("dpo", "/portal/cases/new");
        var created = form.post("/portal/cases/new", Map.of("type", "ERASURE", "channel", "letter",
                "name", "Aino Lomake", "email", "aino." + System.nanoTime() + "@example.com", "details", "By post"));
        created.then().statusCode(303).header("Location", containsString("/portal/cases/"));
        var path = "/portal/cases/" + created.header("Location").replaceAll(".*/portal/cases/", "");
        page("dpo", path).then().statusCode(200).body(containsString("Received"))
                .body(containsString("Letter")).body(not(containsString("Aino Lomake")));
        for (var identifier : new String[]{"name", "email"}) {
            Form.of("dpo", path).post(path + "/verify", Map.of("identifier", identifier, "method", "ID_DOCUMENT",
                    "note", "passport seen")).then().statusCode(303);
        }
        page("dpo", path).then().body(containsString("id=\"case-status\">Verified<"));
        Form.of("dpo", path).post(path + "/execute", Map.of()).then().statusCode(303);
        page("dpo", path).then().body(containsString("id=\"case-status\">Executing<"))
                .body(containsString("Executed"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        var id = Dpo.open("ACCESS", Dpo.subject()).getString("id");
        given().auth().oauth2(TestTokens.forRole("dpo")).contentType("application/x-www-form-urlencoded")
                .formParam("reason", "forged").post("/portal/cases/{id}/reject", id)
                .then().statusCode(400);
        Dpo.get(id).getString("status").equals("RECEIVED");
        assertEquals("RECEIVED", Dpo.get(id).getString("status"));
    }

    @Test
    void aPersonsCasesAreFoundByAnExactIdentifierPostedNotListedAndTheSearchIsAudited() {
        var tag = System.nanoTime();
        var email = "Hilla.Haku" + tag + "@Example.com";
        var phone = "+358 40 " + (tag % 10_000_000);
        var first = Dpo.open("ACCESS", "{\"name\":\"Hilla Haku\",\"email\":\"%s\"}".formatted(email)).getString("id");
        var second = Dpo.open("ERASURE", "{\"name\":\"Hilla Haku\",\"phone\":\"%s\"}".formatted(phone)).getString("id");
        var other = Dpo.open("ACCESS", Dpo.subject()).getString("id");

        // Case, spaces and a phone's punctuation do not make another person; the search is no URL.
        var byEmail = Form.of("auditor", "/portal").post("/portal", Map.of("identifier", "  " + email.toLowerCase() + " "));
        byEmail.then().statusCode(200).body(containsString("/portal/cases/" + first))
                .body(not(containsString("/portal/cases/" + second))).body(not(containsString("/portal/cases/" + other)))
                .body(containsString("One case has this identifier.")).body(not(containsString(email.toLowerCase())));
        Form.of("dpo", "/portal").post("/portal", Map.of("identifier", phone.replace(" ", "-")))
                .then().statusCode(200).body(containsString("/portal/cases/" + second))
                .body(not(containsString("/portal/cases/" + first)));
        Form.of("dpo", "/portal").post("/portal", Map.of("identifier", "Hilla Haku"))
                .then().statusCode(200).body(containsString("No case has this identifier."));
        Form.of("dpo", "/portal").post("/portal", Map.of()).then().statusCode(200)
                .body(containsString("No case has this identifier."));

        Dpo.as("auditor").get("/api/v1/audit?caseId={id}", first).then().statusCode(200)
                .body("findAll { it.who == 'auditor-user' }.action", org.hamcrest.Matchers.hasItem("SEARCH"));
        // Without its CSRF token the form is refused.
        given().auth().oauth2(TestTokens.forRole("dpo")).contentType("application/x-www-form-urlencoded")
                .formParam("identifier", email).post("/portal").then().statusCode(400);
    }

    @Test
    void anIdentifierRemovedFromACaseNoLongerFindsIt() {
        var email = "poisto" + System.nanoTime() + "@example.com";
        var id = Dpo.open("ACCESS", "{\"name\":\"Pia Poisto\",\"email\":\"%s\",\"phone\":\"+358501234\"}"
                .formatted(email)).getString("id");
        Dpo.dpo().delete("/api/v1/requests/{id}/subject/email", id).then().statusCode(200);
        Form.of("dpo", "/portal").post("/portal", Map.of("identifier", email)).then().statusCode(200)
                .body(not(containsString("/portal/cases/" + id)));
    }

    @Test
    void identifiersAreMaskedUntilTheDpoRevealsThemAndEachRevealIsOnTheTimeline() {
        var id = Dpo.open("ACCESS", Dpo.subject()).getString("id");
        var email = Dpo.get(id).getString("subject.email");
        var path = "/portal/cases/" + id;
        page("dpo", path).then().body(not(containsString(email)))
                .body(containsString(email.charAt(0) + "•••@example.com"));
        page("auditor", path).then().statusCode(200).body(not(containsString(email)))
                .body(not(containsString("Reveal identifiers"))).body(not(containsString(">Verify<")));
        Form.of("dpo", path).post(path + "/reveal", Map.of()).then().statusCode(200).body(containsString(email));
        page("dpo", path).then().body(containsString("Identifiers revealed"));
    }

    @Test
    void theAuditorActsOnNothingAndCannotDownloadPackages() {
        var id = Dpo.verified("ACCESS", Dpo.subject());
        var path = "/portal/cases/" + id;
        var auditorForm = Form.of("auditor", path);
        auditorForm.post(path + "/execute", Map.of()).then().statusCode(403);
        auditorForm.post(path + "/reveal", Map.of()).then().statusCode(403);
        page("auditor", path + "/package").then().statusCode(403);
        page("auditor", "/portal/cases/new").then().statusCode(403);
        assertEquals("VERIFIED", Dpo.get(id).getString("status"));
    }

    @Test
    void anExtensionNeedsAReasonHappensOnceAndShowsTheNewDueDate() {
        var id = Dpo.open("ACCESS", Dpo.subject()).getString("id");
        var path = "/portal/cases/" + id;
        Form.of("dpo", path).post(path + "/extend", Map.of("reason", " ")).then().statusCode(200)
                .body(containsString("Give a reason."));
        var dueBefore = Dpo.get(id).getString("dueAt");
        Form.of("dpo", path).post(path + "/extend", Map.of("reason", "Many recordings to gather")).then().statusCode(303);
        assertTrue(Dpo.get(id).getString("dueAt").compareTo(dueBefore) > 0);
        page("dpo", path).then().body(containsString("extended")).body(not(containsString(">Extend deadline<")));
        page("dpo", path + "/letters/extension?lang=fi").then().statusCode(200)
                .body(containsString("12 artiklan 3 kohdan")).body(containsString("Many recordings to gather"));
    }

    @Test
    void aRejectionNeedsAReasonAndItsLetterNamesTheOmbudsman() {
        var id = Dpo.open("ERASURE", Dpo.subject()).getString("id");
        var path = "/portal/cases/" + id;
        Form.of("dpo", path).post(path + "/reject", Map.of("reason", "Identity could not be verified"))
                .then().statusCode(303);
        page("dpo", path).then().body(containsString("id=\"case-status\">Rejected<"));
        page("dpo", path + "/letters/rejection?lang=en").then().statusCode(200)
                .body(containsString("Data Protection Ombudsman")).body(containsString("Identity could not be verified"));
    }

    /** An owner whose answer was not accepted gets an "Ask again" button; pressing it asks it again, once. */
    @Test
    void anOwnerWhoseAnswerFailedIsAskedAgainFromTheCasePage() {
        var id = Dpo.executing("ERASURE", Dpo.subject());
        var path = "/portal/cases/" + id;
        page("dpo", path).then().body(not(containsString("/reask\"")));
        Owners.send(Owners.INGEST, "request-answered", id, UUID.randomUUID().toString(), Owners.answerData(Owners.INGEST, id,
                "ERASURE", "FAILED", List.of(), List.of(), "database unavailable", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> "ANSWERED".equals(Dpo.get(id).getString("owners[0].status")));

        page("dpo", path).then().body(containsString("action=\"/portal/cases/" + id + "/owners/ingest-service/reask\""))
                .body(not(containsString("/owners/redaction-service/reask")));
        Form.of("dpo", path).post(path + "/owners/ingest-service/reask", Map.of()).then().statusCode(303);
        assertEquals("PENDING", Dpo.get(id).getString("owners[0].status"));
        assertEquals(2, Dpo.get(id).getInt("owners[0].attempt"));
        page("dpo", path).then().body(not(containsString("/reask\""))).body(containsString("Owner asked again"));
    }

    @Test
    void aHoldCanBePlacedAndLiftedFromTheCase() {
        var id = Dpo.open("ERASURE", Dpo.subject()).getString("id");
        var path = "/portal/cases/" + id;
        Form.of("dpo", path).post(path + "/hold", Map.of("reason", "Dispute 2026-17 pending")).then().statusCode(303);
        var withHold = page("dpo", path).then().body(containsString("Dispute 2026-17 pending")).extract().asString();
        var lift = Pattern.compile("action=\"(/portal/cases/[^\"]+/holds/[^\"]+/lift)\"").matcher(withHold);
        assertTrue(lift.find(), "the case page offers to lift the hold");
        Form.of("dpo", path).post(lift.group(1), Map.of()).then().statusCode(303);
        page("dpo", path).then().body(not(containsString("Dispute 2026-17 pending")));
    }

    @Test
    void theBrowsersLanguagePicksAndTheSwitchOverrides() {
        given().auth().oauth2(TestTokens.forRole("dpo")).header("Accept-Language", "fi-FI,fi;q=0.9,en;q=0.5")
                .get("/portal").then().body(containsString("<html lang=\"fi\">")).body(containsString("<h1>Jono</h1>"));
        var chosen = given().auth().oauth2(TestTokens.forRole("dpo")).redirects().follow(false)
                .get("/portal/language?lang=en&back=/portal/records");
        chosen.then().statusCode(303).header("Location", endsWith("/portal/records"));
        given().auth().oauth2(TestTokens.forRole("dpo")).header("Accept-Language", "fi")
                .cookie("portal-lang", chosen.cookie("portal-lang"))
                .get("/portal").then().body(containsString("<h1>Queue</h1>"));
        given().auth().oauth2(TestTokens.forRole("dpo")).redirects().follow(false)
                .get("/portal/language?lang=en&back=https://evil.example/").then().header("Location", endsWith("/portal"));
    }

    @Test
    void theRecordOfProcessingComesFromTheDeployedConfiguration() {
        page("auditor", "/portal/records").then().statusCode(200).body(containsString("Example Service Desk Oy"))
                .body(containsString("Call recordings: 3 months from"));
        given().auth().oauth2(TestTokens.forRole("auditor")).get("/portal/records/record.json").then()
                .statusCode(200).body("sections.key", org.hamcrest.Matchers.hasItems("controller", "purposes",
                        "recipients", "transfers", "retention", "security"));
        given().auth().oauth2(TestTokens.forRole("auditor")).get("/portal/records/record.csv").then()
                .statusCode(200).body(org.hamcrest.Matchers.startsWith("\"section\",\"entry\"\r\n"));
    }

    @Test
    void complianceShowsResponseFiguresAndExportsThemAsCsv() {
        Dpo.open("OBJECTION", Dpo.subject());
        page("auditor", "/portal/compliance").then().statusCode(200).body(containsString("Requests per month by type"));
        given().auth().oauth2(TestTokens.forRole("auditor")).get("/portal/compliance/requests.csv").then()
                .statusCode(200).body(org.hamcrest.Matchers.startsWith(
                        "\"month\",\"ACCESS\",\"RECTIFICATION\",\"ERASURE\",\"OBJECTION\",\"total\"\r\n"));
    }

    @Test
    void complianceShowsEachOwnersLatestSweepAndFlagsExpiredItemsLeft() {
        var sweepId = java.util.UUID.randomUUID().toString();
        var report = """
                {"sweepId":"%s","service":"ingest-service","completedAt":"%s","categories":[
                 {"category":"message","cutoff":"2026-01-01T00:00:00Z","deleted":7,"held":0,"oldestRemaining":"2025-06-01T00:00:00Z"},
                 {"category":"recording","cutoff":"2026-01-01T00:00:00Z","deleted":2,"held":1,"oldestRemaining":"2025-06-01T00:00:00Z"}]}"""
                .formatted(sweepId, java.time.Instant.now());
        fi.servicedesk.testsupport.KafkaTestClient.sendCloudEvent("retention.reports.v1", sweepId,
                java.util.UUID.randomUUID().toString(), "fi.servicedesk.ingest.sweep-completed.v1", report);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                page("auditor", "/portal/compliance").then().body(containsString(sweepId.substring(0, 8))));
        var html = page("auditor", "/portal/compliance").asString();
        var rows = html.substring(html.indexOf(sweepId.substring(0, 8)));
        assertTrue(rows.matches("(?s).*message.*Expired items remain.*recording.*Compliant.*"),
                "message: expired and unheld; recording: its old item is held");
    }

    private static Response page(String role, String path) {
        return given().auth().oauth2(TestTokens.forRole(role)).redirects().follow(false).get(path);
    }

    /** A page's CSRF cookie and form token, posted back with a form as the browser would. */
    private record Form(String role, String cookie, String token) {

        static Form of(String role, String path) {
            var response = page(role, path);
            var matcher = CSRF_FIELD.matcher(response.asString());
            var token = matcher.find() ? matcher.group(1) : "";
            var cookie = response.cookie("portal-csrf");
            return new Form(role, cookie == null ? "" : cookie, token);
        }

        Response post(String path, Map<String, String> fields) {
            var request = given().auth().oauth2(TestTokens.forRole(role)).redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded").cookie("portal-csrf", cookie)
                    .formParam("csrf-token", token);
            fields.forEach(request::formParam);
            return request.post(path);
        }
    }
}
