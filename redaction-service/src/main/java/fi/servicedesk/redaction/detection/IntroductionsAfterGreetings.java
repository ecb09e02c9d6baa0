package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A caller or writer who says who they are right after a greeting, without "my name is" (R3.2): "Hi, it's Ailbhe
 * calling from Bosch", "hi its Chidi Adhikari,", "Hello, this is Mark Brown", "Hej, det är Anna Berg", "Hei! Tässä Algot
 * Nordqvist". The greeting is what makes "it's" an introduction ("it's Outlook again" is none), so the cue is the pair.
 * One capitalised word there is a name unless it is a place, a month or a product, or an ordinary word that no one is
 * called ("Hei, tässä Liite");
 * two are a name unless one of them is a product or both are English words no one is called ("Hi, this is Service
 * Desk"): a surname is often a Finnish word ("Halla Hauta"). Every later
 * mention of the name, inflected or not, is the same person's ("… Kiitos, Algot").
 */
final class IntroductionsAfterGreetings {

    private static final String NAME = "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)";
    private static final Pattern INTRODUCTION = Pattern.compile("(?<![\\p{L}])(?i:hi|hello|hey|hiya|morning|moi|hei|terve|"
            + "huomenta|hej|hejsan|tjena|god morgon)[,!.]?\\s+(?i:it's|it’s|its|it is|this is|tässä|täs on|tää on|täällä|"
            + "det är|här är)\\s+" + NAME + "(?:\\s+" + NAME + ")?(?![\\p{L}\\p{N}'’-])");
    /** The cues after their first letter, in lower case: a text with none of them holds no introduction. */
    private static final String[] CUES = {"t's", "t’s", "ts ", "t is", "his is", "ässä", "äs on", "ää on", "äällä", "et är", "är är"};
    private static final int ORDINARY = NameLexicon.Word.COMMON | NameLexicon.Word.PLACE | NameLexicon.Word.ENGLISH_WORD;

    private IntroductionsAfterGreetings() {
    }

    static void find(Text message, NameLexicon lexicon, List<Finding> findings) {
        var text = message.value();
        if (!mayHoldCue(text)) {
            return;
        }
        var names = new ArrayList<String>();
        var matcher = INTRODUCTION.matcher(text);
        while (matcher.find()) {
            var given = lexicon.lookup(text, matcher.start(1), matcher.end(1));
            if (matcher.group(2) == null) {
                if (!isProduct(matcher.group(1)) && !NotAPerson.isMonth(matcher.group(1).toLowerCase(Locale.ROOT))
                        && !given.is(NameLexicon.Word.PLACE) && (given.isName() || !given.is(ORDINARY))) {
                    names.add(matcher.group(1));
                }
            } else {
                var surname = lexicon.lookup(text, matcher.start(2), matcher.end(2));
                if (!isProduct(matcher.group(1)) && !isProduct(matcher.group(2)) && !(isEnglishWordOnly(given) && isEnglishWordOnly(surname))) {
                    names.add(matcher.group(1) + " " + matcher.group(2));
                }
            }
        }
        if (!names.isEmpty()) {
            addUnfound(message, names, findings);
        }
    }

    /** The name's mentions that no other rule has found: the rules before this one mostly have, as a name. */
    private static void addUnfound(Text message, List<String> names, List<Finding> findings) {
        var mentions = new ArrayList<Finding>();
        new FinnishNameForms(names).find(message, mentions);
        for (var mention : mentions) {
            if (Finding.noneOverlaps(findings, mention.start(), mention.end())) {
                findings.add(mention);
            }
        }
    }

    private static boolean mayHoldCue(String text) {
        for (var cue : CUES) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** An English word no one is called: two of them are a desk's or a team's name ("Service Desk"), not a person's. */
    private static boolean isEnglishWordOnly(NameLexicon.Word w) {
        return w.is(NameLexicon.Word.ENGLISH_WORD) && !w.isName();
    }

    private static boolean isProduct(String word) {
        return NameLexicon.isThingOrWord(word.toLowerCase(Locale.ROOT));
    }
}
