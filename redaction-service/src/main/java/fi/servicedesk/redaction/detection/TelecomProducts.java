package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Mobile operators, the makers of switchboards and contact centres, and the plans and portals they sell, named as the
 * things they are in orders, bills and subscription lists ("Telia Yritysliittymä Rajaton 5G 1000M", "Tre Företag Fast
 * Pris", "Vanha operaattori: Tre, uusi: Vimla", "Vodafone Business Unlimited Max", "Tarkistin Elisa Yrityksen
 * OmaElisa"). The operators of the Nordic and Baltic countries and their MVNOs are a closed class, and so are the
 * words of their plans; the name tagger reads the capitalised words of a product as a person's by shape.
 * <ul>
 *   <li>An operator or maker is no person's name; one whose word is also a given name or an ordinary word ("Elisa",
 *       "Tre", "Hallon", "Nova") is the operator only where the text says so: a product's word no one bears after it, an
 *       operator's label before it on its line ("Nuvarande operatör: Tre", "vanhan operaattorin (Hallon)"), or a verb
 *       of billing after it ("Elisa laskutti 35 Gt").</li>
 *   <li>The capitalised words, codes and figures right after an operator, a maker or a plan's word are the product's
 *       ("DNA Yritys 5G Max", "Perhepaketti Rajaton", "Minsida Företag"), up to a comma, semicolon, bar or a word in
 *       lower case; a run stops before two names in a row, a person's full name.</li>
 * </ul>
 * A name beside the word ("Elisa Virtanen"), a greeting or cue before it ("Hei Elisa") or a reporting verb after it
 * ("Elisa soitti") keeps it a person's.
 */
final class TelecomProducts {

    /**
     * Mobile operators and MVNOs of Finland, Sweden, Norway, Denmark, Iceland and the Baltic states, and the European
     * groups that run networks there (facts, each as its brand is written, "Tele2" and "O2" with their
     * digit; not Moi, which is the greeting "moi" too).
     */
    private static final Set<String> OPERATORS = Set.of("elisa", "saunalahti", "dna", "telia", "ålcom", "ålands",
            "tele2", "telenor", "tre", "comviq", "hallon", "vimla", "halebop", "fello", "chilimobil", "lycamobile", "lebara",
            "netett", "ice", "talkmore", "onecall", "mycall", "phonero", "happybytes", "tdc", "yousee", "oister", "cbb",
            "eesy", "lmt", "bite", "síminn", "nova", "vodafone", "o2", "ee", "orange", "t-mobile");
    /**
     * Makers of company switchboards and contact-centre software that a switchboard's changes name (facts: Benemen,
     * now Enreach; Mitel's MiCollab; Puzzel, Telavox, Zisson, Avaya, Genesys; Telia's Touchpoint; Zendesk's Talk).
     */
    private static final Set<String> SWITCHBOARD_MAKERS = Set.of("benemen", "enreach", "mitel", "micollab", "puzzel",
            "telavox", "zisson", "avaya", "genesys", "touchpoint", "zendesk");
    private static final WordSet MAKERS = WordSet.of(OPERATORS, SWITCHBOARD_MAKERS);
    /**
     * Operators whose word is a given name or an ordinary word too, also where the word in capitals has no readings
     * looked up ("NOVA", "TRE").
     */
    private static final WordSet NAMES_TOO = WordSet.of(Set.of("elisa", "tre", "nova", "ice", "bite", "orange"));
    /**
     * Words of the plans themselves, Finnish, Swedish, Norwegian and English: unlimited, fixed price, family package,
     * mobile data, a subscription, a company's ("Business", "Företag", "Bedrift", "Yritys"); and the operators' self-service portals ("Minsida", "OmaElisa",
     * "Yritysportaali"). Compounds in "-liittymä", "-abonnemang" and "-paketti" are plans too ({@link #PLAN_ENDINGS}).
     */
    private static final WordSet PLANS = WordSet.of(Set.of("rajaton", "obegränsad", "obegränsat", "ubegrenset",
            "unlimited", "fastpris", "perhepaketti", "mobiilidata", "mobiililaajakaista", "jobbmobil", "mobilabonnemang",
            "kontantkort", "prepaid", "liittymä", "abonnemang", "subscription", "business", "företag", "bedrift", "yritys",
            "yrityksen", "minsida", "omaelisa", "yritysportaali", "företagsportal", "minbedrift"));
    private static final String[] PLAN_ENDINGS = {"liittymä", "abonnemang", "paketti"};
    /** Labels of an operator ("Vanha operaattori:", "Nuvarande operatör:", "Losing carrier:"), at a word's start. */
    private static final String[] OPERATOR_LABELS = {"operaattor", "operatör", "operator", "carrier"};
    /** Verbs of billing, said of an operator ("Elisa laskutti 35 Gt dataa", "Telia charged €200"). */
    private static final WordSet BILLING = WordSet.of(Set.of("laskutti", "laskuttaa", "laskuttanut", "veloitti",
            "veloittaa", "fakturerade", "fakturerar", "debiterade", "billed", "charged", "charges"));
    /** An ordinary word by Voikko or the English word list ("Nova"), which an operator may be beside a name ("Elisa", "Tre"). */
    private static final int WORD_TOO = NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD;
    private static final int LONGEST_RUN = 6;
    /** The most characters between two words of a product ("Rajaton 5G 1000M", "Yritysliittymä 5G+ (300M) Plus"). */
    private static final int LONGEST_GAP = 12;

    private TelecomProducts() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            boolean maker = isMaker(text, tokens, t);
            if (!maker && !isPlan(text, tokens, t)) {
                // "Tele2 Företag Obegränsad": a brand with a digit is no word of its own; the product opens after it.
                if (afterBrandWithDigit(text, tokens, t) && opensProduct(tokens, words, t)) {
                    int last = lastOfRun(text, tokens, words, t);
                    for (int k = t; k <= last; k++) {
                        names[k] = false;
                    }
                    t = last;
                }
                continue;
            }
            int last = lastOfRun(text, tokens, words, t);
            // A plan's word is never a name; an operator's may be a word or a name too.
            boolean wordToo = maker && (words[t] != null && (words[t].is(WORD_TOO) || NameWords.isAnyName(words[t]))
                    || NAMES_TOO.contains(text, tokens.start(t), tokens.end(t)));
            boolean thing = !isPerson(text, tokens, words, names, t, last)
                    && (!wordToo || last > t && namesNoOne(text, tokens, t + 1) || afterOperatorLabel(text, tokens, t)
                    || beforeBilling(text, tokens, t));
            if (!thing) {
                continue;
            }
            names[t] = false;
            if (last > t && !opensProduct(tokens, words, t + 1)) {
                continue;
            }
            for (int k = t + 1; k <= last; k++) {
                names[k] = false;
            }
            t = last;
        }
    }

    private static boolean isMaker(String text, Tokens tokens, int t) {
        return MAKERS.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * An operator written with its digit ("Tele2", "O2") and a space before the word: the words split no such brand,
     * as a word glued to digits is a code's.
     */
    private static boolean afterBrandWithDigit(String text, Tokens tokens, int t) {
        int end = tokens.start(t) - 1;
        if (end < 2 || text.charAt(end) != ' ' || !Character.isDigit(text.charAt(end - 1))) {
            return false;
        }
        int start = end - 1;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return MAKERS.contains(text, start, end);
    }

    private static boolean isPlan(String text, Tokens tokens, int t) {
        if (tokens.isLowerCase(t)) {
            return false;
        }
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (PLANS.contains(text, start, end)) {
            return true;
        }
        for (var ending : PLAN_ENDINGS) {
            if (end - start > ending.length() + 2 && text.regionMatches(true, end - ending.length(), ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A product's first word: a plan's word, a code or figure in capitals ("5G", "ACE"), or a capitalised word that is
     * no name ("Yritysliittymä", "Touchpoint"); not a given name or surname ("Elisa Virtanen").
     */
    private static boolean opensProduct(Tokens tokens, NameLexicon.Word[] words, int k) {
        return !tokens.isCapitalised(k) || words[k] == null || !NameWords.isAnyName(words[k]);
    }

    /**
     * After an operator whose word is a name too, a product's first word that no one bears: a plan's word ("Elisa
     * Yritysliittymä", "Elisa Yrityksen", "Tre Företag"); not any other word, which a surname may be ("Elisa Kaskikokko",
     * "Elisa Kaskikylän kanssa"), nor one in capitals, which a shouted message writes every word in ("NOVA YOU NEED").
     */
    private static boolean namesNoOne(String text, Tokens tokens, int k) {
        return isPlan(text, tokens, k);
    }

    /**
     * The last word of the product that begins at {@code t}: the words after it that are not in lower case, each after
     * spaces, figures, codes, brackets or a plus ("Rajaton 5G 1000M", "Yritysliittymä 5G+ (300M)"), until a comma, semicolon,
     * bar, dash, colon or line end; before two names in a row.
     */
    private static int lastOfRun(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int last = t;
        for (int k = t + 1; k < tokens.size() && k - t <= LONGEST_RUN; k++) {
            if (tokens.isLowerCase(k) || !isProductGap(text, tokens.end(k - 1), tokens.start(k))
                    || isName(tokens, words, k) && k + 1 < tokens.size() && tokens.spaced(k, k + 1) && isName(tokens, words, k + 1)) {
                break;
            }
            last = k;
        }
        return last;
    }

    private static boolean isName(Tokens tokens, NameLexicon.Word[] words, int k) {
        return tokens.isCapitalised(k) && words[k] != null && NameWords.isAnyName(words[k]);
    }

    /**
     * Spaces, at least one, and figures, codes of letters and figures (which are no words: "5G", "1000M"), brackets or
     * a plus between them; not a full stop, after which a name may open the next sentence.
     */
    private static boolean isProductGap(String text, int from, int to) {
        if (to - from > LONGEST_GAP) {
            return false;
        }
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                space = true;
            } else if (!Character.isLetterOrDigit(c) && c != '(' && c != ')' && c != '+') {
                return false;
            }
        }
        return space;
    }

    /** A marked name right beside the product, a greeting or cue before it, or a reporting verb after it. */
    private static boolean isPerson(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t, int last) {
        return t > 0 && tokens.spaced(t - 1, t) && names[t - 1] && isName(tokens, words, t - 1)
                || last == t && t + 1 < tokens.size() && tokens.spaced(t, t + 1) && names[t + 1] && isName(tokens, words, t + 1)
                || t > 0 && NamesAfterCues.framesPerson(text, tokens, words, t - 1, t)
                || last + 1 < tokens.size() && tokens.spaced(last, last + 1) && NamesBeforeReportingVerbs.isReportingVerb(text, tokens, last + 1);
    }

    /** An operator's label earlier on the word's line ("Vanha operaattori: Tre, uusi: Vimla"). */
    private static boolean afterOperatorLabel(String text, Tokens tokens, int t) {
        int line = Characters.lineStart(text, tokens.start(t));
        for (int k = t - 1; k >= 0 && tokens.start(k) >= line; k--) {
            if (tokens.isLowerCase(k) || tokens.isCapitalised(k)) {
                for (var label : OPERATOR_LABELS) {
                    if (tokens.length(k) >= label.length() && text.regionMatches(true, tokens.start(k), label, 0, label.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean beforeBilling(String text, Tokens tokens, int t) {
        return t + 1 < tokens.size() && tokens.spaced(t, t + 1) && BILLING.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }
}
