package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern CUE = Pattern.compile(
            "nimeni|nimi on|name|puhuu|olen|I am|I'm|I’m");

    @Override
    public void find(String text, List<Finding> findings) {
        if (!CUE.matcher(text).find()) {
            return;
        }
        var names = new ArrayList<String>();
        collect(ONE_OR_TWO.matcher(text), names);
        collect(TWO.matcher(text), names);
        if (!names.isEmpty()) {
            new FinnishNameForms(names).find(text, findings);
        }
    }

    private static void collect(Matcher m, List<String> names) {
        while (m.find()) {
            names.add(m.group(1));
            if (m.group(2) != null) {
                names.add(m.group(2));
            }
        }
    }
}
