package fi.servicedesk.redaction.detection;

/**
 * "Asenna Excel, Teams ja Nova", "offices: Finance, Legal and Payroll", "tilaa Zoom, Miro tai Kanban": the items of a
 * list are alike, so a capitalised word listed among things — two items or more, of the two before it and the two after
 * it, that no list or Voikko reads as a person's name ("Finance", "Kirjanpito") or acronyms ("HR", "VPN") — is a
 * thing too where it is also an ordinary word or a place ("Legal", "Varasto"), however the model scored it. A word
 * that is only a given name or surname stays ("Excel, Teams ja Jussi": a leak costs more, R8.2), as does a word no
 * list knows (a foreign name as often as a product), an item of more than one word, which may be a person's full
 * name, and an item of a list with a name in it ("Jussi, Legal ja Satu"). One thing beside a word is no list: a reply
 * or a greeting stands before a comma as often ("No, Ilta is off", "Moi, Modou pyysi"). {@link PlacesInLists} reads
 * the lists of places the same way.
 */
final class ThingsInLists {

    /** A name by any reading, also one the US lists hold only as a name part because it is an English word. */
    private static final int ANY_NAME = NameLexicon.Word.FIRST | NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_FIRST
            | NameLexicon.Word.PAIRED_LAST;
    /** The longest acronym read as a thing ("HR", "VPN", "CRM", "SAP"). */
    private static final int LONGEST_ACRONYM = 5;

    private ThingsInLists() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && words[t] != null && words[t].isKnown() && !isOnlyAName(words[t])
                    && PlacesInLists.standsAlone(tokens, t) && isAmongThings(text, tokens, words, names, t)) {
                names[t] = false;
            }
        }
    }

    /**
     * Two things or more among the two items before the word and the two after it, and no person: "HR, Legal and IT",
     * not "No, Ilta is off" (one word before a comma is a reply or a greeting as often as an item).
     */
    private static boolean isAmongThings(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int things = 0;
        int previous = PlacesInLists.previousItem(text, tokens, t);
        int next = PlacesInLists.nextItem(text, tokens, t);
        int[] items = {previous, previous < 0 ? -1 : PlacesInLists.previousItem(text, tokens, previous),
                next, next < 0 ? -1 : PlacesInLists.nextItem(text, tokens, next)};
        for (int item : items) {
            if (isThing(text, tokens, words, item)) {
                things++;
            } else if (item >= 0 && names[item]) {
                return false;
            }
        }
        return things >= 2;
    }

    /** A given name or surname and no ordinary word, place or English word ("Jussi", "Hirvoselle"). */
    private static boolean isOnlyAName(NameLexicon.Word w) {
        return w != null && w.isOnlyName() && !w.is(NameLexicon.Word.ENGLISH_WORD);
    }

    /** An item of one word that no reading makes a name ("Finance", "Payroll"), or an acronym ("HR", "VPN"). */
    private static boolean isThing(String text, Tokens tokens, NameLexicon.Word[] words, int item) {
        if (item < 0 || !PlacesInLists.standsAlone(tokens, item)) {
            return false;
        }
        if (tokens.isCapitalised(item)) {
            return words[item] != null && words[item].isKnown() && !words[item].is(ANY_NAME);
        }
        return isAcronym(text, tokens, item);
    }

    private static boolean isAcronym(String text, Tokens tokens, int t) {
        if (tokens.length(t) < 2 || tokens.length(t) > LONGEST_ACRONYM) {
            return false;
        }
        for (int i = tokens.start(t); i < tokens.end(t); i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }
}
