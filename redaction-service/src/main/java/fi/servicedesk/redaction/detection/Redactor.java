package fi.servicedesk.redaction.detection;

import fi.servicedesk.redaction.config.RedactionConfig;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The de-identification engine (R8.2, R9.4): runs every detector, merges overlapping findings
 * (the longest wins, so "matti.virtanen@example.com" is one EMAIL, not a USERNAME inside one; of one
 * length a checked number, then a user name, before the rest)
 * and replaces each with its typed placeholder. Nothing of a finding survives: the whole span
 * goes, never a partial mask. Thread-safe; plain Java so that tests and the benchmark use it
 * without a container. Made at start-up: without libvoikko it cannot be made, and the service
 * must then refuse to start rather than redact fewer names.
 */
@Startup
@Singleton
public class Redactor {

    private static final Set<EntityType> CHECKED = EnumSet.of(EntityType.NATIONAL_ID, EntityType.IBAN, EntityType.PAYMENT_CARD);
    /**
     * Of two findings of one length the more certain goes first ({@link #certainty}), then a secret before a phone
     * (the secret was read after its cue, "vahvistuskoodisi on 023 514", the phone from its digits alone), then the
     * earlier.
     */
    private static final Comparator<Finding> LONGEST_FIRST = (a, b) -> {
        int byLength = Integer.compare(b.length(), a.length());
        if (byLength != 0) {
            return byLength;
        }
        int byCertainty = Integer.compare(certainty(a), certainty(b));
        if (byCertainty != 0) {
            return byCertainty;
        }
        int bySecret = Integer.compare(secretOverPhone(a, b), secretOverPhone(b, a));
        return bySecret != 0 ? bySecret : Integer.compare(a.start(), b.start());
    };
    private static final Comparator<Finding> BY_START = (a, b) -> Integer.compare(a.start(), b.start());

    /**
     * Above this many the cache of known identifiers' detectors starts over: a detector holds about 1 KB, and the
     * conversations under way at once, whose messages ask it again, are far fewer.
     */
    private static final int KNOWN_LIMIT = 1_000;

    private final List<Detector> detectors;
    /**
     * The detector of each set of known identifiers: every message of a conversation brings the
     * same ones, and making their name forms costs more than finding them.
     */
    private final Map<KnownIdentifiers, KnownIdentifierDetector> knownDetectors = new ConcurrentHashMap<>();

    /** With the name tagger, as the service runs by default. */
    public Redactor() {
        this(true);
    }

    @Inject
    Redactor(RedactionConfig config) {
        this(config.names().tagger().enabled());
    }

    /** {@code tagger}: whether {@link NameTagger} adds its names to the rules' (redaction.names.tagger.enabled). */
    public Redactor(boolean tagger) {
        this(List.of(new EmailDetector(), new UrlSecretDetector(), new PhoneDetector(), new SpokenPhoneDetector(),
                new NationalIdDetector(), new IbanDetector(), new PaymentCardDetector(), new DeviceIdDetector(), new IpAddressDetector(),
                new CredentialDetector(), new UsernameDetector(NameLexicon.shared()), new IntroducedNameDetector(),
                new PersonNameDetector(NameLexicon.shared(), tagger ? NameTagger.shared() : null)));
    }

    Redactor(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    public Redaction redact(String text, KnownIdentifiers known, Placeholders placeholders) {
        var findings = merge(find(text, known));
        if (findings.isEmpty()) {
            return new Redaction(text, List.of());
        }
        var out = new StringBuilder(text.length() + 16 * findings.size());
        var replaced = new ArrayList<Redaction.Replaced>(findings.size());
        int at = 0;
        // Indexed loops over the findings here and in merge: the JIT left their iterators allocated (3 % of the engine's bytes).
        for (int f = 0; f < findings.size(); f++) {
            var finding = findings.get(f);
            var placeholder = placeholders.placeholder(finding.type(), finding.value());
            out.append(text, at, finding.start()).append(placeholder);
            replaced.add(new Redaction.Replaced(finding, placeholder));
            at = finding.end();
        }
        out.append(text, at, text.length());
        return new Redaction(out.toString(), replaced);
    }

    /**
     * Every detector's findings, overlapping as they come, in the offsets of {@code text}: the detectors read it
     * decoded ({@link DecodedMessage}), and each finding covers all the escapes its characters were read from.
     */
    public List<Finding> find(String text, KnownIdentifiers known) {
        var findings = new ArrayList<Finding>();
        var decoded = DecodedMessage.of(text);
        var message = Text.of(decoded.text());
        for (var detector : detectors) {
            detector.find(message, findings);
        }
        if (!known.isEmpty() && KnownIdentifierDetector.mayHoldAnyOf(known, message)) {
            knownDetector(known).find(message, findings);
        }
        decoded.toWritten(findings);
        if (decoded.decoded()) {
            var written = Text.of(text);
            for (var detector : detectors) {
                if (detector.readsLinkSyntax()) {
                    detector.find(written, findings);
                }
            }
        }
        return findings;
    }

    private KnownIdentifierDetector knownDetector(KnownIdentifiers known) {
        var detector = knownDetectors.get(known);
        if (detector == null) {
            detector = new KnownIdentifierDetector(known);
            if (knownDetectors.size() >= KNOWN_LIMIT) {
                knownDetectors.clear();
            }
            knownDetectors.put(known, detector);
        }
        return detector;
    }

    /** Sorted, non-overlapping: of two overlapping findings the longer is kept. */
    static List<Finding> merge(List<Finding> findings) {
        if (findings.size() < 2) {
            return findings;
        }
        var candidates = new ArrayList<>(findings);
        candidates.sort(LONGEST_FIRST);
        var kept = new ArrayList<Finding>(candidates.size());
        for (int c = 0; c < candidates.size(); c++) {
            var candidate = candidates.get(c);
            if (!overlapsAny(kept, candidate)) {
                kept.add(candidate);
            }
        }
        kept.sort(BY_START);
        return kept;
    }

    /**
     * -1 for a device's identifier after its label. 0 for another finding a check digit proved: "050984-8032" is a
     * valid mobile number and a valid identity code, and the code's date and mod-31 check are the rarer coincidence. 1 for a user name, the event's known one or a login
     * pair's, which is exact where the name rules only read a word as a name: in capitals a user name after its cue
     * is a word in capitals they take for one ("KÄYTTÄJÄTUNNUKSENI ON LKOSKINEN"). 2 for the rest.
     */
    private static int certainty(Finding finding) {
        // Its label and its check digit: "IMEI 350887430716536" is a card's number only by its digits.
        if (finding.type() == EntityType.DEVICE_ID) {
            return -1;
        }
        if (CHECKED.contains(finding.type())) {
            return 0;
        }
        return finding.type() == EntityType.USERNAME ? 1 : 2;
    }

    /** -1 where {@code a} is a secret and {@code b} a phone, else 0. */
    private static int secretOverPhone(Finding a, Finding b) {
        return a.type() == EntityType.CREDENTIAL && b.type() == EntityType.PHONE ? -1 : 0;
    }

    private static boolean overlapsAny(List<Finding> kept, Finding candidate) {
        for (int k = 0; k < kept.size(); k++) {
            if (kept.get(k).overlaps(candidate)) {
                return true;
            }
        }
        return false;
    }
}
