package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
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
 * <p>
 * A drink or dish that is a person's name whole, a given name and a surname ("Tom Collins", "Louis Roederer"), loses
 * the mark only where the text shows it served: a quantity or a glass before it ("2 x", "a glass of", "1 flaska"), a
 * word of the menu or the bar near it in its sentence ("drinks:", "maljaan", "served"), or another dish or drink on its
 * line or in its list. Elsewhere it is the person who bears the name ("Arnold Palmer called about his booking").
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
    /** What measures out a drink or a dish before its name: "2 x", "2 kpl", "a glass of", "lasillinen", "1 flaska". */
    private static final WordSet MEASURES = WordSet.of(Set.of("x", "kpl", "st", "stk", "pcs", "cl", "dl", "ml", "glass",
            "glasses", "glas", "lasi", "lasia", "lasillinen", "lasillisen", "lasillista", "pullo", "pulloa",
            "pullollinen", "flaska", "flaskor", "bottle", "bottles", "pint", "pints", "tuoppi", "tuopillinen", "shot",
            "shots", "round", "pitcher", "kannu", "kannullinen", "karahvi", "karaff", "annos", "annosta", "portion",
            "portions"));
    /** Words of the menu, the bar and the table near a drink's or dish's name, in English, Finnish and Swedish. */
    private static final WordSet TABLE_WORDS = WordSet.of(Set.of("menu", "menus", "drink", "drinks", "cocktail",
            "cocktails", "bar", "toast", "lunch", "dinner", "brunch", "breakfast", "served", "serving", "aperitif",
            "meny", "menyn", "dryck", "drycker", "drinkar", "baren", "middag", "middagen", "lunchen", "skål", "frukost",
            "ruokalista", "ruokalistalla", "tarjoilu", "tarjoiltiin", "tarjoillaan", "malja", "maljaan", "maljat",
            "juoma", "juomat", "juomaksi", "juomia", "juomalista", "drinkki", "drinkit", "drinkiksi", "drinkkejä",
            "drinkkilista", "lounas", "lounaaksi", "lounaalla", "illallinen", "illalliseksi", "illallisella", "baari",
            "baarissa", "baarista", "aamiainen", "aamiaiseksi",
            // a welcome drink is poured as the guests come
            "arrival", "ankomst", "ankomsten", "saapuessa"));
    /** Stems of the drink's words that Finnish and Swedish compounds hold: "tervetuliaismaljaksi", "välkomstdrink". */
    private static final List<String> TABLE_STEMS = List.of("malja", "juoma", "drink", "cocktail", "skål");
    /** How many words before a drink's name, and after it, a word of the table shows it served. */
    private static final int TABLE_WORDS_BEFORE = 6;
    private static final int TABLE_WORDS_AFTER = 3;

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
            if (end > t && (!isPersonShaped(words, t) || isServed(text, tokens, words, t, end))) {
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

    /** A phrase that opens with a given name ("Tom Collins", "Arnold Palmer"): some person's name too. */
    private static boolean isPersonShaped(NameLexicon.Word[] words, int t) {
        return words[t] != null && NameWords.isGivenName(words[t]);
    }

    /** The text shows the phrase {@code first..last} served: measured, near a word of the table, or among dishes. */
    private static boolean isServed(String text, Tokens tokens, NameLexicon.Word[] words, int first, int last) {
        return isMeasured(text, tokens, first) || nearTableWord(text, tokens, first, last)
                || amongDishes(text, tokens, words, first, last);
    }

    /** A number or a measure right before: "2 Tom Collins", "2 x", "lasillinen", "a glass of". */
    private static boolean isMeasured(String text, Tokens tokens, int t) {
        int i = tokens.start(t) - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && Scan.isDigit(text.charAt(i))) {
            return true;
        }
        int before = t - 1;
        if (before >= 0 && sameSentence(text, tokens.end(before), tokens.start(t))
                && (tokens.is(before, "of") || tokens.is(before, "av"))) {
            before--;
        }
        return before >= 0 && sameSentence(text, tokens.end(before), tokens.start(t))
                && MEASURES.contains(text, tokens.start(before), tokens.end(before));
    }

    /** A word of the table a few words off in the same sentence and line: "drinks: Tom Collins", "maljaan". */
    private static boolean nearTableWord(String text, Tokens tokens, int first, int last) {
        for (int k = first - 1; k >= Math.max(0, first - TABLE_WORDS_BEFORE)
                && sameSentence(text, tokens.end(k), tokens.start(first)); k--) {
            if (isTableWord(text, tokens, k)) {
                return true;
            }
        }
        for (int k = last + 1; k < Math.min(tokens.size(), last + 1 + TABLE_WORDS_AFTER)
                && sameSentence(text, tokens.end(last), tokens.start(k)); k++) {
            if (isTableWord(text, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTableWord(String text, Tokens tokens, int k) {
        if (TABLE_WORDS.contains(text, tokens.start(k), tokens.end(k))) {
            return true;
        }
        var word = text.substring(tokens.start(k), tokens.end(k)).toLowerCase(Locale.ROOT);
        return TABLE_STEMS.stream().anyMatch(word::contains);
    }

    /**
     * Another dish or drink on the phrase's line ("Tom Collins, Mojito"), or, for a line of a list, on the line before
     * or after it ("- Negroni\n- Tom Collins").
     */
    private static boolean amongDishes(String text, Tokens tokens, NameLexicon.Word[] words, int first, int last) {
        int lineStart = text.lastIndexOf('\n', tokens.start(first)) + 1;
        int lineEnd = lineEnd(text, tokens.end(last));
        int from = lineStart;
        int to = lineEnd;
        if (isListLine(text, lineStart)) {
            from = lineStart == 0 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
            to = lineEnd == text.length() ? lineEnd : lineEnd(text, lineEnd + 1);
        }
        for (int k = 0; k < tokens.size() && tokens.start(k) < to; k++) {
            if (tokens.start(k) >= from && (k < first || k > last) && isDish(text, tokens, words, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDish(String text, Tokens tokens, NameLexicon.Word[] words, int k) {
        return DIETS.contains(text, tokens.start(k), tokens.end(k)) || tokens.isCapitalised(k)
                && (isSingle(text, tokens, k) || phraseEnd(text, tokens, k) > k && !isPersonShaped(words, k));
    }

    /** A line that opens with a bullet or a number: an item of a list. */
    private static boolean isListLine(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && ("-*•·–".indexOf(text.charAt(i)) >= 0 || Scan.isDigit(text.charAt(i)));
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** No line break and no sentence's end between {@code from} and {@code to}. */
    private static boolean sameSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?') {
                return false;
            }
        }
        return true;
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
