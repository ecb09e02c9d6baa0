package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A capitalised word right before a noun of goods sold under a maker's name is that maker's brand, however much it
 * looks like a person's: "served Gallo wine", "includes Levi's jeans", "a Heinz ketchup". English names the maker of
 * drink, food and clothes by putting the brand, bare or in the possessive, before the kind of goods; no one writes a
 * person's name bare before them. A person's coffee, tea, jacket or shoes are met at work ("spilled Pekka's coffee"),
 * so those take the brand only without the possessive. A word beside another name is left to the name rules ("Mary
 * Gallo wine order" names Mary Gallo).
 */
final class BrandsBeforeTheirGoods {

    /** Kinds of drink, food, clothes and toiletries that shops sell under their makers' names, in English. */
    private static final WordSet GOODS = WordSet.of(Set.of("wine", "wines", "beer", "beers", "lager", "cider", "whisky",
            "whiskey", "vodka", "gin", "champagne", "prosecco", "coffee", "tea", "chocolate", "chocolates", "biscuits",
            "cookies", "crisps", "cereal", "ketchup", "jeans", "trainers", "sneakers", "shoes", "boots", "jacket",
            "jackets", "perfume", "aftershave"));
    /** Of {@link #GOODS}, what a colleague has at work, after whose possessive the name is the person's. */
    private static final WordSet THINGS_AT_HAND = WordSet.of(Set.of("coffee", "tea", "jacket", "jackets", "shoes", "boots"));

    private BrandsBeforeTheirGoods() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t + 1 < n; t++) {
            if (!names[t] || !tokens.isCapitalised(t) || besideName(tokens, names, t)) {
                continue;
            }
            boolean possessive = isPossessive(text, tokens, t);
            int noun = possessive ? t + 2 : t + 1;
            if (noun < n && tokens.spaced(noun - 1, noun) && tokens.isLowerCase(noun)
                    && GOODS.contains(text, tokens.start(noun), tokens.end(noun))
                    && !(possessive && THINGS_AT_HAND.contains(text, tokens.start(noun), tokens.end(noun)))) {
                names[t] = false;
            }
        }
    }

    /** "Levi's": an apostrophe and an "s" right after the word at {@code t}. */
    private static boolean isPossessive(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        return t + 2 < tokens.size() && end + 2 == tokens.end(t + 1) && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && tokens.is(t + 1, "s");
    }

    private static boolean besideName(Tokens tokens, boolean[] names, int t) {
        return t > 0 && names[t - 1] && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1);
    }
}
