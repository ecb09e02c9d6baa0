package fi.servicedesk.redaction.messaging;

import fi.servicedesk.redaction.corpus.CorpusExport;
import fi.servicedesk.redaction.events.MessageCaptured;
import fi.servicedesk.testsupport.ContractCatalog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local suite's demo (bin/lib/demo.sh, demo_chat and the call's transcript) through the
 * consumer path to the corpus export: the export holds no name, e-mail address, user name or
 * phone number (written, compact, international or spoken digit by digit) of anyone in the
 * demo's messages — the subject Matti Virtanen, the agent Liisa Korhonen (issue 14; R3.2, R8.2).
 * The same messages and identifiers as the demo, with a run number of this test's own; the demo
 * itself checks the running suite's export the same way (corpus_leaks).
 */
@QuarkusTest
class DemoMessagesInTheCorpusTest {

    private static final String[] FI_DIGITS = {"nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän",
            "kahdeksan", "yhdeksän"};
    private static final String[] EN_DIGITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    @Inject
    CorpusExport export;

    @Test
    void theExportHoldsNoIdentifierOfAnyoneInTheDemosMessages() {
        var run = String.format("%08x", ThreadLocalRandom.current().nextInt());
        var tag = String.format("INC%010d", Integer.toUnsignedLong(Integer.parseUnsignedInt(run, 16)));
        int n = Integer.parseUnsignedInt(run, 16) & 0x7fffffff;
        var a = String.valueOf(100 + n % 900);
        var b = String.valueOf(1000 + (n / 900) % 9000);
        var local = "040 " + a + " " + b;
        var international = "+358 40 " + a + " " + b;
        var compact = "040" + a + b;
        var email = "matti.virtanen." + run + "@example.com";
        var privateEmail = "mvirtanen." + run + "@example.fi";
        var username = "mvirtanen" + run.substring(0, 4);
        var chat = List.of(
                "Hei! VPN ei toimi, viite " + tag + ". Sähköpostini on " + email + ", soita tarvittaessa numeroon " + local + ".",
                "Hei Matti, täällä Liisa palvelupisteestä. Mikä on käyttäjätunnuksesi?",
                "Käyttäjätunnukseni on " + username + ". In English as well: my mobile is " + international + " if the chat drops.",
                "Thanks! I have reset your VPN profile, please try to connect again.",
                "It works now, kiitos! Please send the confirmation to my private address " + privateEmail + ".");
        var call = List.of(
                "Hei, täällä Matti Virtanen. Soitan tiketistä " + tag + ", Outlook ei aukea.",
                "Selvä. Mihin numeroon voin soittaa takaisin, jos puhelu katkeaa?",
                "Numeroni on " + spoken(FI_DIGITS, compact) + ".",
                "Thank you. Which e-mail address should I send the instructions to?",
                "To " + email + " please, and my work number in English is " + spoken(EN_DIGITS, compact) + ".");
        var ids = new ArrayList<UUID>();
        ids.addAll(send("CHAT", chat, email, username, "+35840" + a + b));
        ids.addAll(send("PHONE", call, email, username, "+35840" + a + b));

        await().atMost(Duration.ofSeconds(30)).until(() -> exported(ids).size() == ids.size());
        var all = String.join("\n", exported(ids));

        var leaks = new ArrayList<String>();
        for (var value : List.of(email, privateEmail, email.substring(0, email.indexOf('@')),
                privateEmail.substring(0, privateEmail.indexOf('@')), username, local, international, compact, a + " " + b)) {
            if (all.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))) {
                leaks.add(value);
            }
        }
        for (var name : List.of("Matti", "Virtanen", "Liisa", "Korhonen")) {
            if (Pattern.compile("(?iu)\\b" + name + "\\p{L}*").matcher(all).find()) {
                leaks.add(name);
            }
        }
        if (digitsOf(all).contains(a + b)) {
            leaks.add("the phone's digits, spoken digits read as digits");
        }
        assertEquals(List.of(), leaks, all);
        for (var placeholder : List.of("[EMAIL_", "[PHONE_", "[NAME_", "[USERNAME_")) {
            assertTrue(all.contains(placeholder), placeholder + " in " + all);
        }
        assertTrue(all.contains(tag), "the run's marker survives: " + all);
    }

    private static String spoken(String[] words, String digits) {
        var out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0) {
                out.append(i == 3 || i == 6 ? ", " : " ");
            }
            out.append(words[digits.charAt(i) - '0']);
        }
        return out.toString();
    }

    /** Every digit of the text, digit words read as digits (as demo.sh's digits_of). */
    private static String digitsOf(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        for (int d = 0; d < 10; d++) {
            lower = lower.replace(FI_DIGITS[d], String.valueOf(d)).replace(EN_DIGITS[d], String.valueOf(d));
        }
        return lower.replaceAll("[^0-9\n]", "");
    }

    /** Sends one contact's messages as ingest-service would: the subject's identifiers and the agent's name beside each. */
    private static List<UUID> send(String channel, List<String> texts, String email, String username, String phone) {
        var contact = UUID.randomUUID();
        var ids = new ArrayList<UUID>();
        var events = new ArrayList<CapturedEvents.Event>();
        for (int i = 0; i < texts.size(); i++) {
            var id = UUID.randomUUID();
            ids.add(id);
            var speaker = i % 2 == 0 ? "END_USER" : "AGENT";
            var data = ContractCatalog.example(MessageCaptured.TYPE)
                    .replace("7d4c2a10-1f3b-4e7a-8c55-0a9e6b2d4f01", id.toString())
                    .replace("0b7f4a52-6c1e-4a43-9f0e-2d1b9d3a6c11", contact.toString())
                    .replace("\"channel\": \"CHAT\"", "\"channel\": \"" + channel + "\"")
                    .replace("\"sequence\": 1", "\"sequence\": " + (i + 1))
                    .replace("\"speaker\": \"END_USER\"", "\"speaker\": \"" + speaker + "\"")
                    .replaceFirst("\"text\": \"[^\"]*\"", "\"text\": \"" + texts.get(i).replace("\"", "\\\"") + "\"")
                    .replace("\"email\": \"matti.virtanen@example.com\"", "\"email\": \"" + email + "\"")
                    .replace("\"username\": \"mvirtanen\"", "\"username\": \"" + username + "\"")
                    .replace("\"phone\": \"+358401234567\"", "\"phone\": \"" + phone + "\"")
                    .replace("\"agentName\": \"Liisa Agent\"", "\"agentName\": \"Liisa Korhonen\"");
            events.add(new CapturedEvents.Event(contact.toString(), UUID.randomUUID().toString(), data));
        }
        CapturedEvents.send(events);
        return ids;
    }

    /** The texts of the export's entries of these messages, as the export gives them. */
    private List<String> exported(List<UUID> ids) {
        var texts = new ArrayList<String>();
        export.forEach(0, Integer.MAX_VALUE, entry -> {
            if (ids.contains(entry.sourceMessageId)) {
                texts.add(entry.text);
            }
        });
        return texts;
    }
}
