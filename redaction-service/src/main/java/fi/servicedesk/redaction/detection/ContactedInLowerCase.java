package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "soitin kaitsulle", "kysyin jartsalta", "mä laitoin shirinille viestiä": chat written in lower case names
 * whom one called, asked or messaged in the allative or ablative right after the verb (or after "jo",
 * "vielä", "vaikka"), also where a voicemail asks the desk to ("kysykää vaikka javierilta"). There a word
 * in lower case is a name when it has a name reading (Voikko's or the lists'), or when neither Voikko nor
 * the lists know it at all; an ordinary word stays ("soitin asiakkaalle", "kysyin kollegalta").
 */
final class ContactedInLowerCase {

    /**
     * Verbs of calling, asking, telling and messaging as written, in the first person and the third of the past
     * and the imperative: Voikko's first reading of "soitin", "laitoin" or "sanoin" is a noun's (instrument, lay,
     * words), so base forms would not do, and colloquial forms ("pingasin") it does not know.
     */
    private static final WordSet CONTACT_VERBS = WordSet.of(Set.of("soitin", "soitan", "soita", "soitti", "laitoin",
            "laitan", "laita", "laittoi", "kysyin", "kysyn", "kysy", "kysyi", "pingasin", "pingaa", "pingas", "lähetin",
            "lähetä", "lähetti", "kerroin", "kerro", "kertoi", "ilmoitin", "ilmoita", "ilmoitti", "sanoin", "sano",
            "sanoi", "puhuin", "vastasin", "tekstasin", "tekstaa", "huikkasin", "huikkaa", "meilasin", "meilaa",
            // the imperative to several, as a voicemail or a chat asks the desk: "kysykää vaikka javierilta"
            "soittakaa", "kysykää", "kertokaa", "laittakaa", "ilmoittakaa", "lähettäkää"));
    private static final int LONGEST_VERB = 11;
    /** Words between the verb and whom it names: "kysyin jo …", "kysykää vaikka …" (for instance). */
    private static final WordSet PARTICLES = WordSet.of(Set.of("jo", "vielä", "myös", "taas", "vaikka"));
    private static final int LONGEST_PARTICLE = 6;
    /** A stem of three letters and the ending. */
    private static final int SHORTEST = 6;

    private ContactedInLowerCase() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        // Most words are not in lower case, long enough and in the allative or ablative: those tests first.
        if (names[t] || t == 0 || !tokens.isLowerCase(t) || tokens.length(t) < SHORTEST || !isToOrFrom(text, tokens.end(t))) {
            return;
        }
        var w = words[t];
        if (w == null || !w.isName() && w.kinds() != 0) {
            return;
        }
        int verb = t - 1;
        if (!tokens.spaced(verb, t)) {
            return;
        }
        if (verb > 0 && tokens.length(verb) <= LONGEST_PARTICLE && PARTICLES.contains(text, tokens.start(verb), tokens.end(verb)) && tokens.spaced(verb - 1, verb)) {
            verb--;
        }
        names[t] = tokens.length(verb) <= LONGEST_VERB && CONTACT_VERBS.contains(text, tokens.start(verb), tokens.end(verb));
    }

    /** The word ending at {@code end} ends in "lle", "lta" or "ltä". */
    private static boolean isToOrFrom(String text, int end) {
        char last = text.charAt(end - 1);
        return last == 'e' && text.charAt(end - 2) == 'l' && text.charAt(end - 3) == 'l'
                || (last == 'a' || last == 'ä') && text.charAt(end - 2) == 't' && text.charAt(end - 3) == 'l';
    }
}
