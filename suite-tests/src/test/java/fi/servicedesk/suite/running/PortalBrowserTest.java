package fi.servicedesk.suite.running;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DPO portal in a real browser (Debian's chromium, driven by Playwright) against the running
 * local suite with Keycloak: `bin/suite up`, then
 * {@code bin/suite test -Dtest='KeycloakAudienceTest,PortalBrowserTest' -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.build.skip=true}
 * (docs/portal.md; .ci/run does it after the demo).
 * Sign-in is Keycloak's own page; every page passes axe-core with no serious or critical
 * violation (WCAG 2.1 AA); screenshots go to target/portal-screenshots.
 */
class PortalBrowserTest {

    private static final String PORTAL = System.getenv().getOrDefault("SUITE_PORTAL_URL", "http://127.0.0.1:8084/portal");
    private static final Path SCREENSHOTS = Path.of("target/portal-screenshots");
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("SUITE_CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void theDpoHandlesAnAccessRequestFromTheFormToTheDownloadedPackage() throws IOException {
        try (var context = english()) {
            var page = signIn(context, "dpo");
            assertThat(page.locator("h1")).hasText("Queue");
            check(page, "queue");

            var tag = UUID.randomUUID().toString().substring(0, 8);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New request")).click();
            check(page, "new-request");
            page.getByLabel("Type of request").selectOption("ACCESS");
            page.getByLabel("Received by").selectOption("email");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Paula Portaali " + tag);
            page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill("paula." + tag + "@example.com");
            page.getByLabel("Details").fill("Asked by e-mail for a copy of her data");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the request")).click();
            assertThat(page.locator("#case-status")).hasText("Received");
            assertThat(page.locator("body")).not().containsText("paula." + tag + "@example.com");
            check(page, "case-received");

            for (var identifier : List.of("Name", "E-mail")) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify " + identifier)).click();
            }
            assertThat(page.locator("#case-status")).hasText("Verified");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Execute")).click();
            assertThat(page.locator(".timeline")).containsText("Executed");
            waitForStatus(page, "Completed");
            check(page, "case-completed");

            var download = page.waitForDownload(() -> page.getByText("Download package").click());
            var zip = Files.readAllBytes(download.path());
            assertArrayEquals(new byte[]{'P', 'K'}, new byte[]{zip[0], zip[1]}, "the package is a ZIP");
            page.reload();
            assertThat(page.locator(".timeline")).containsText("Package downloaded");
            var caseUrl = page.url();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("in English")).first().click();
            assertThat(page.locator("#letter-body")).containsText("We have gathered the personal data");
            check(page, "letter-answer");

            // The queue's search finds the case by its e-mail, in any case, with the identifier in no URL.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Queue")).click();
            page.getByLabel("E-mail, user name or phone").fill("Paula." + tag + "@Example.com");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
            assertThat(page.locator("#search-result")).hasText(java.util.regex.Pattern.compile("One case has this identifier\\..*"));
            assertThat(page.locator("a[href='" + caseUrl.substring(caseUrl.indexOf("/portal/cases/")) + "']")).hasCount(1);
            assertTrue(!page.url().contains(tag), "the identifier stays out of the URL: " + page.url());
            assertThat(page.locator("body")).not().containsText("paula." + tag);
            check(page, "queue-search");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compliance")).click();
            assertThat(page.locator("h1")).hasText("Compliance");
            assertThat(page.locator("#h-verdicts")).hasText("Retention verdicts");
            check(page, "compliance");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Records of processing")).click();
            assertThat(page.locator("h1")).hasText("Records of processing");
            check(page, "records");
        }
    }

    @Test
    void theDpoExtendsRejectsAndHolds() {
        try (var context = english()) {
            var page = signIn(context, "dpo");
            openNewCase(page, "ERASURE", "phone");
            page.getByLabel("Reason for the extension").fill("Recordings from three systems to gather");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Extend deadline")).click();
            assertThat(page.locator("#case-due")).containsText("extended");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Extend deadline"))).hasCount(0);

            page.getByLabel("Reason for a legal hold").fill("Dispute about a support call");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place a legal hold")).click();
            assertThat(page.locator("section[aria-labelledby=h-holds]")).containsText("Dispute about a support call");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lift the hold")).click();
            assertThat(page.locator("section[aria-labelledby=h-holds]")).containsText("No legal hold covers this person.");

            page.getByLabel("Reason for the rejection").fill("The requester could not be identified");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject")).click();
            assertThat(page.locator("#case-status")).hasText("Rejected");
            check(page, "case-rejected");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("suomeksi")).last().click();
            assertThat(page.locator("#letter-body")).containsText("The requester could not be identified");
            assertThat(page.locator("article")).containsText("tietosuojavaltuutetun");
        }
    }

    @Test
    void theAuditorReadsButActsOnNothingAndOtherRolesAreRefused() {
        String caseUrl;
        try (var context = english()) {
            var page = signIn(context, "dpo");
            openNewCase(page, "ACCESS", "letter");
            caseUrl = page.url();
        }
        try (var context = english()) {
            var page = signIn(context, "auditor");
            page.navigate(caseUrl);
            assertThat(page.locator("#case-status")).hasText("Received");
            for (var action : List.of("Verify Name", "Reject", "Extend deadline", "Place a legal hold")) {
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(action))).hasCount(0);
            }
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal identifiers"))).hasCount(0);
            check(page, "case-auditor");
            assertEquals(403, page.navigate(caseUrl + "/package").status());
            page.navigate(PORTAL);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New request"))).hasCount(0);
            check(page, "queue-auditor");
        }
        try (var context = english()) {
            var page = signIn(context, "handler");
            assertEquals(403, page.navigate(PORTAL).status());
        }
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        try (var context = english()) {
            var page = signIn(context, "dpo");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page.locator("h1")).hasText("You have signed out");
            check(page, "signed-out");
            page.navigate(PORTAL);
            assertThat(page.locator("#kc-login")).isVisible();
        }
    }

    @Test
    void theBrowsersLanguagePicksFinnish() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("fi-FI"))) {
            var page = signIn(context, "dpo");
            assertThat(page.locator("h1")).hasText("Jono");
            assertThat(page.locator("html")).hasAttribute("lang", "fi");
            check(page, "queue-fi");
        }
    }

    private static BrowserContext english() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setAcceptDownloads(true));
    }

    /** Opens the portal, which sends the browser to Keycloak's sign-in page, and signs in as {@code user}. */
    private static Page signIn(BrowserContext context, String user) {
        var page = context.newPage();
        page.navigate(PORTAL);
        assertTrue(page.url().contains("/realms/servicedesk/"), "Keycloak's sign-in page, not " + page.url());
        page.locator("#username").fill(user);
        page.locator("#password").fill(SuiteSecrets.password(user));
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(PORTAL));
        return page;
    }

    private static void openNewCase(Page page, String type, String channel) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        page.navigate(PORTAL + "/cases/new");
        page.getByLabel("Type of request").selectOption(type);
        page.getByLabel("Received by").selectOption(channel);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Olli Oikeus " + tag);
        page.getByLabel("Phone", new Page.GetByLabelOptions().setExact(true)).fill("+35840" + Math.abs(tag.hashCode() % 10_000_000));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the request")).click();
        assertThat(page.locator("#case-status")).hasText("Received");
    }

    /** Reloads the case until the owners' answers have completed it (the saga runs on Kafka). */
    private static void waitForStatus(Page page, String expected) {
        var shown = page.locator("#case-status");
        for (int attempt = 0; attempt < 120 && !expected.equals(shown.textContent().strip()); attempt++) {
            page.waitForTimeout(1000);
            page.reload();
        }
        assertThat(shown).hasText(expected);
    }

    /** No serious or critical axe-core violation of WCAG 2.1 A/AA on the page; a screenshot of it. */
    private static void check(Page page, String name) {
        var results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        var serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                .toList();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        assertEquals(List.of(), serious, "axe-core on " + name);
    }
}
