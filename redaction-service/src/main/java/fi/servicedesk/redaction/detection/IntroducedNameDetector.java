package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Names a speaker introduces ("nimeni on Anna Laine", "my name is John Smith", "tässä puhuu
 * Pekka"), and every later mention of them in the same text, inflected or not. After "olen"
 * and "I am" a first and a last name are required, since one capitalised word there is often
 * a place or a product.
 */
public final class IntroducedNameDetector implements Detector {

    private static final String NAME = "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)";
    private static final Pattern ONE_OR_TWO = Pattern.compile(
            "(?<![\\p{L}])(?:[Nn]imeni on|[Mm]un nimi on|[Mm]y name is|[Mm]y name's|[Tt]ässä puhuu|[Tt]äällä puhuu)\\s+" + NAME
                    + "(?:\\s+" + NAME + ")?");
    private static final Pattern TWO = Pattern.compile(
            "(?<![\\p{L}])(?:[Oo]len|[Mm]inä olen|I am|I'm|I’m)\\s+" + NAME + "\\s+" + NAME);
    /** The cues of {@link #ONE_OR_TWO} and of {@link #TWO} after their first letter. */
    private static final List<Fragment> INTRODUCTIONS = Stream.of("imeni on", "un nimi on", "y name", "ässä puhuu", "äällä puhuu")
            .map(Fragment::of).toList();
    private static final List<Fragment> FULL_INTRODUCTIONS = Stream.of("len", " am", "'m", "’m").map(Fragment::of).toList();
    private static final Scan.Opening ONE_OR_TWO_OPENING = Scan.Opening.of("NnMmTt",
            (t, i) -> mayIntroduce(t, i) && Characters.notAfterLetter(t, i, ""));
    private static final Scan.Opening TWO_OPENING = Scan.Opening.of("OoMmI",
            (t, i) -> mayIntroduceFull(t, i) && Characters.notAfterLetter(t, i, ""));

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        var names = new ArrayList<String>();
        // A cue's letters after its first are in the text, or no cue is: the pair filter, then one indexOf each, is cheaper than a scan.
        if (containsAny(message, INTRODUCTIONS)) {
            collect(new Scan(ONE_OR_TWO, message), ONE_OR_TWO_OPENING, names);
        }
        if (containsAny(message, FULL_INTRODUCTIONS)) {
            collect(new Scan(TWO, message), TWO_OPENING, names);
        }
        if (!names.isEmpty()) {
            new FinnishNameForms(names).find(message, findings);
        }
    }

    private static boolean containsAny(Text message, List<Fragment> parts) {
        for (var part : parts) {
            if (part.mayBeIn(message) && message.value().contains(part.lower())) {
                return true;
            }
        }
        return false;
    }

    /** One of the cues of {@link #ONE_OR_TWO} opens at {@code i} (its first letter in either case). */
    private static boolean mayIntroduce(String text, int i) {
        return switch (text.charAt(i)) {
            case 'N', 'n' -> text.startsWith("imeni on", i + 1);
            case 'M', 'm' -> text.startsWith("un nimi on", i + 1) || text.startsWith("y name", i + 1);
            case 'T', 't' -> text.startsWith("ässä puhuu", i + 1) || text.startsWith("äällä puhuu", i + 1);
            default -> false;
        };
    }

    /** One of the cues of {@link #TWO} opens at {@code i}. */
    private static boolean mayIntroduceFull(String text, int i) {
        return switch (text.charAt(i)) {
            case 'O', 'o' -> text.startsWith("len", i + 1);
            case 'M', 'm' -> text.startsWith("inä olen", i + 1);
            case 'I' -> text.startsWith(" am", i + 1) || text.startsWith("'m", i + 1) || text.startsWith("’m", i + 1);
            default -> false;
        };
    }

    /** Adds each introduced name, first and last name together as one person's. */
    private static void collect(Scan scan, Scan.Opening opening, List<String> names) {
        for (int from = 0; scan.find(from, opening); from = scan.match().end()) {
            var m = scan.match();
            names.add(m.group(2) == null ? m.group(1) : m.group(1) + " " + m.group(2));
        }
    }
}
