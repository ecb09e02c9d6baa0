package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Set;

/**
 * Dishes, drinks, wines and diets that bear a person's name or look like one, on a menu, an order or a complaint
 * ("Menu: Eggs Benedict; Beef Wellington", "Toast: Rossini", "viini Chablis 2021", "Aamiainen (Runebergin torttu)",
 * "fick min man Biff Lindström", "rum 421;vegan"). They are known by name, as a gazetteer of firms is: the famous
 * eponymous dishes and cocktails, wine appellations, grapes and houses, in English, Finnish and Swedish, each written
 * whole, the last word with the case ending a sentence gives it ("Beef Wellingtonia", "Janssonin kiusausta"). Only the
 * words of the dish lose the mark, so a person who bears its name elsewhere in the message stays one ("Lindströmille"
 * beside "Lindströmin pihvi"); a single word stays a name after a given name ("Anna Pavlova").
 * A wine's grade after it goes with it ("Rioja Crianza", "Malbec Reserva"). Diets are words, not names ("laktosfri",
 * "gluten-free"), wherever a model marks them.
 */
final class DishesAndDrinks {

    /** Dishes, cocktails and wines of a person's name or of several words, lower case, words parted by spaces. */
    private static final List<String[]> PHRASES = split(List.of("eggs benedict", "beef wellington", "beef stroganoff",
            "biff stroganoff", "boeuf stroganoff", "peach melba", "pêche melba", "tom collins", "john collins",
            "arnold palmer", "shirley temple", "roy rogers", "rob roy", "harvey wallbanger", "waldorf salad",
            "caesar salad", "toast skagen", "biff lindström", "lindströmin pihvi", "janssonin kiusaus",
            "janssons frestelse", "runebergin torttu", "oysters rockefeller", "lobster thermidor", "chicken kiev",
            "tournedos rossini", "bananas foster", "earl grey", "veuve clicquot", "dom pérignon", "dom perignon",
            "pol roger", "louis roederer", "pinot noir", "pinot grigio", "pinot gris",
            "pinot blanc", "cabernet sauvignon", "sauvignon blanc", "chenin blanc", "grüner veltliner",
            "côtes du rhône"));
    /** Single words: dishes, cocktails, appellations and grapes, also those that are someone's surname too. */
    private static final WordSet SINGLE = WordSet.of(Set.of("pavlova", "bellini", "rossini", "negroni", "margherita",
            "carpaccio", "stroganoff", "sachertorte", "pariisinpihvi", "napoleonleivos", "napoleonbakelse",
            "prinsesstårta", "caesarsallad", "waldorfsallad", "caesar-salaatti", "waldorf-salaatti", "runebergintorttu",
            "runebergstårta", "lindströmpihvi", "mojito", "daiquiri", "cosmopolitan", "martini", "margarita", "mimosa",
            "spritz", "sangria", "sancerre", "chablis", "malbec", "rioja", "barolo", "barbaresco", "chianti",
            "bourgogne", "beaujolais", "muscadet", "pomerol", "médoc", "valpolicella", "amarone", "brunello",
            "montepulciano", "primitivo", "nebbiolo", "sangiovese", "tempranillo", "garnacha", "grenache", "merlot",
            "chardonnay", "riesling", "gewürztraminer", "shiraz", "syrah", "zinfandel", "viognier", "albariño",
            "verdejo", "prosecco", "cava", "crémant", "sauternes", "tokaji", "lambrusco", "soave", "frascati",
            "vermentino", "carménère", "pouilly-fumé", "châteauneuf-du-pape", "moët", "bollinger", "taittinger", "krug"));
    /** A wine's grade after its name. */
    private static final WordSet GRADES = WordSet.of(Set.of("reserva", "crianza", "gran", "riserva", "classico", "superiore",
            "brut", "blanc", "rouge", "rosé", "cru", "premier", "grand", "villages"));
    /** Diets and what a guest cannot eat, as an order or a guest list writes them. */
    private static final WordSet DIETS = WordSet.of(Set.of("vegan", "vegansk", "vegaani", "vegaaninen", "vegetarian",
            "vegetarisk", "kasvis", "pescatarian", "laktosfri", "glutenfri", "mjölkfri", "laktoositon", "gluteeniton",
            "maidoton", "gluten-free", "lactose-free", "dairy-free", "nut-free", "halal", "kosher", "keliakia",
            "coeliac", "celiac"));
    /** "Wellingtonia", "kiusausta", "Pavlovaa", "Malbecs": the Finnish, Swedish and English endings a dish takes. */
    private static final Set<String> ENDINGS = Set.of("n", "a", "ä", "ia", "iä", "ta", "tä", "na", "nä", "lla", "llä",
            "lle", "lta", "ltä", "sta", "stä", "ssa", "ssä", "ksi", "in", "iin", "s", "en", "ns");

    private DishesAndDrinks() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (DIETS.contains(text, tokens.start(t), tokens.end(t))) {
                names[t] = false;
                continue;
            }
            if (!tokens.isCapitalised(t)) {
                continue;
            }
            int end = phraseEnd(text, tokens, t);
            if (end > t) {
                for (int r = t; r <= end; r++) {
                    names[r] = false;
                }
                t = end;
            } else if (isSingle(text, tokens, t) && !besideName(tokens, words, names, t)) {
                names[t] = false;
                for (int g = t + 1; g < tokens.size() && tokens.spaced(g - 1, g) && tokens.isCapitalised(g)
                        && GRADES.contains(text, tokens.start(g), tokens.end(g)); g++) {
                    names[g] = false;
                }
            }
        }
    }

    /** The last token of a listed phrase of two or more words opening at {@code t}, or -1. */
    private static int phraseEnd(String text, Tokens tokens, int t) {
        for (var phrase : PHRASES) {
            int last = t + phrase.length - 1;
            if (last >= tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < phrase.length && matches; i++) {
                int r = t + i;
                matches = (i == 0 || tokens.spaced(r - 1, r))
                        && (i < phrase.length - 1 ? tokens.is(r, phrase[i]) : isFormOf(text, tokens, r, phrase[i]));
            }
            if (matches) {
                return last;
            }
        }
        return -1;
    }

    private static boolean isSingle(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (SINGLE.contains(text, start, end)) {
            return true;
        }
        for (var ending : ENDINGS) {
            if (end - ending.length() > start && text.startsWith(ending, end - ending.length())
                    && SINGLE.contains(text, start, end - ending.length())) {
                return true;
            }
        }
        return false;
    }

    /** The word as listed, or with one of the {@link #ENDINGS}. */
    private static boolean isFormOf(String text, Tokens tokens, int t, String word) {
        int start = tokens.start(t);
        int ending = tokens.length(t) - word.length();
        return ending >= 0 && Characters.regionMatchesIgnoringCase(text, start, word)
                && (ending == 0 || ENDINGS.contains(text.substring(start + word.length(), tokens.end(t))));
    }

    /**
     * A given name marked right before the word at {@code t} ("Anna Pavlova"), or, for a word that is a name too, any
     * capitalised word marked right after it ("Bellini Rossi"): a person's full name.
     */
    private static boolean besideName(Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        return t > 0 && names[t - 1] && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1) && NameWords.isGivenName(words[t - 1])
                || t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1)
                        && words[t] != null && NameWords.isAnyName(words[t]);
    }

    private static List<String[]> split(List<String> phrases) {
        return phrases.stream().map(phrase -> phrase.split(" ")).toList();
    }
}
