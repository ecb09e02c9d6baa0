package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "Office move to Leeds", "flight to Darwin", "resa till Huddinge": after a word of travelling or moving house and
 * the preposition of direction ("to", Swedish "till") the capitalised words (up to three) are a place, though a name
 * list holds them. One is handed over or sent to a person ("moved to Anna", "skickas till Anna"), which these words
 * leave out: they are the nouns and the present forms of going somewhere, which take a place, and the past of moving
 * after who moves house or office ("Our office moved to Charlotte"). A possessive after
 * them goes to a person's home ("trip to Anna's").
 */
final class PlacesTravelledTo {

    /** Nouns and present forms of travelling and moving, English and Swedish; not "moved" (a ticket moved to someone). */
    private static final WordSet TRAVELLING = WordSet.of(Set.of("move", "moving", "relocation", "relocating", "relocated", "trip",
            "trips", "flight", "flights", "travel", "travelling", "traveling", "journey", "commute", "commuting", "flytt",
            "flyttar", "flytten", "resa", "resan", "reser", "åker", "flyger", "flyget", "tåget", "tåg"));
    private static final WordSet DIRECTIONS = WordSet.of(Set.of("to", "till"));
    private static final int LONGEST_NAME = 3;
    /** Who moves house or office ("Our office moved to Charlotte", "we moved to Leeds"), where a ticket moves to a person. */
    private static final WordSet MOVERS = WordSet.of(Set.of("office", "offices", "headquarters", "hq", "company", "firm",
            "family", "we", "i", "they"));

    private PlacesTravelledTo() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 2; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t) || !tokens.spaced(t - 1, t) || !tokens.spaced(t - 2, t - 1)
                    || !DIRECTIONS.contains(text, tokens.start(t - 1), tokens.end(t - 1)) || !tokens.isLowerCase(t - 1)
                    || !(TRAVELLING.contains(text, tokens.start(t - 2), tokens.end(t - 2)) || isMoveOfHouse(text, tokens, t - 2))) {
                continue;
            }
            t = ThingsUsed.unmarkUnlessOwner(text, tokens, names, t, LONGEST_NAME);
        }
    }

    /** "office moved", "we moved": the past of moving after who moves house or office. */
    private static boolean isMoveOfHouse(String text, Tokens tokens, int verb) {
        return verb > 0 && tokens.is(verb, "moved") && tokens.spaced(verb - 1, verb)
                && MOVERS.contains(text, tokens.start(verb - 1), tokens.end(verb - 1));
    }
}
