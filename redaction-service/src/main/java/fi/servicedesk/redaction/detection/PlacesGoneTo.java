package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "Dubois'n kone jäi Lyoniin", "Matti muutti Tampereelle"... in Finnish one goes, moves or is left into a place
 * (the illative, "Lyoniin", "Bergeniin"), but to a person (the allative, "Virtaselle"): a capitalised word in
 * the illative right after a verb of going, staying or leaving is a place, though a name list holds it (Lyon).
 * "Luotan Mattiin", "otin yhteyttä Virtaseen" keep theirs: trusting and contacting are no going. Getting into
 * is going too: "ei pääse Oskariin" is a system's name. One lives in a place, in the inessive ("asun Salossa"), and a
 * word Voikko reads as a place is the place in the inessive wherever it stands ("avataan Salossa"). A name that is so
 * as it stands keeps its mark ("Eilen lähti Maureen").
 */
final class PlacesGoneTo {

    /** Verbs of going, staying behind, moving and arriving, as written in the third person and the first. */
    private static final WordSet VERBS_OF_GOING = WordSet.of(Set.of("jäi", "jää", "jäivät", "jäin", "meni", "menee",
            "menin", "menen", "lähti", "lähtee", "lähdin", "muutti", "muuttaa", "muutin", "matkusti", "matkustaa",
            "matkustin", "palasi", "palaa", "palasin", "saapui", "saapuu", "lensi", "lentää", "lensin", "unohtui",
            "lähetettiin", "toimitettiin", "postitettiin",
            // carrying and sending, also over the thing carried ("vei laitteen Loviisaan")
            "vei", "veivät", "vein", "viedään", "vietiin", "lähetti", "lähetin", "toimitti", "kuljetti",
            // getting into a system or a place ("ei pääse Oskariin"); one gets to a person in the allative
            "pääse", "pääsee", "pääsen", "pääsi", "pääsin", "päässyt", "päästä", "pääsevät", "päässeet"));
    private static final int LONGEST_VERB = 12;
    /** Verbs of living or lying somewhere, whose place is in the inessive ("asun Salossa"); one lives at a person's in the adessive. */
    private static final WordSet VERBS_OF_LIVING = WordSet.of(Set.of("asun", "asut", "asuu", "asumme", "asutte", "asuvat",
            "asuin", "asui", "asuimme", "asuivat", "asunut", "asuneet", "sijaitsee", "sijaitsevat", "sijaitsi"));
    /** Forms of "olla" before a place or a person in the inessive ("Vika on Matissa", "ei ole", "ei oo"). */
    private static final WordSet COPULAS = WordSet.of(Set.of("on", "ole", "oo", "oli", "ollut", "olisi", "ovat", "olivat"));
    private static final int LONGEST_COPULA = 6;
    /** Postpositions after a genitive, which may end as an illative does ("jäi Linhin luo" is Linh's). */
    private static final WordSet POSTPOSITIONS = WordSet.of(Set.of("luo", "luokse", "luona", "kanssa", "puolesta",
            "kautta", "takia", "vuoksi", "mukaan", "mukana", "tilalle", "pöydälle", "koneelle", "kotiin"));

    private PlacesGoneTo() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && isIllative(text, tokens.start(t), tokens.end(t)) && !isBaseForm(text, tokens, words, t)
                    && (isVerbOfGoing(text, tokens, t - 1) || t > 1 && tokens.isLowerCase(t - 1) && tokens.spaced(t - 1, t)
                    && isVerbOfGoing(text, tokens, t - 2))
                    && tokens.spaced(t - 1, t) && !isGenitive(text, tokens, t)) {
                names[t] = false;
            }
            if (names[t] && tokens.isCapitalised(t) && isInessive(text, tokens.start(t), tokens.end(t)) && tokens.spaced(t - 1, t)
                    && tokens.length(t - 1) <= LONGEST_VERB && VERBS_OF_LIVING.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                    && !isGenitive(text, tokens, t)) {
                names[t] = false;
            }
            if (names[t] && tokens.isCapitalised(t) && isPlaceIn(text, tokens, words, t)) {
                names[t] = false;
            }
        }
    }

    /**
     * "Uusi varasto avataan Salossa", "puhelin jäi junaan Loviisassa": a word Voikko reads as a place, in the
     * inessive, is the place wherever it stands, though people bear its name (Salo, Loviisa, Kallio); a person is
     * had, reached or spoken of in the adessive, allative or elative, not in the inessive. Not beside another
     * capitalised word, which may make a full name of it, nor after a copula, where a fault or a quality is in a
     * person as in a place ("Vika ei ole Kreetassa vaan koneessa").
     */
    private static boolean isPlaceIn(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return words[t] != null && words[t].is(NameLexicon.Word.PLACE) && isInessive(text, tokens.start(t), tokens.end(t))
                && PlacesInLists.standsAlone(tokens, t)
                && !(t > 0 && tokens.length(t - 1) <= LONGEST_COPULA && COPULAS.contains(text, tokens.start(t - 1), tokens.end(t - 1)));
    }

    /** A word of five letters or more ending as the inessive does ("Salossa", "Kemissä"). */
    private static boolean isInessive(String text, int start, int end) {
        return end - start >= 5 && (text.startsWith("ssa", end - 3) || text.startsWith("ssä", end - 3));
    }

    /** The word is a verb of going, spaced from the word after it. */
    private static boolean isVerbOfGoing(String text, Tokens tokens, int verb) {
        return tokens.spaced(verb, verb + 1) && tokens.length(verb) <= LONGEST_VERB
                && VERBS_OF_GOING.contains(text, tokens.start(verb), tokens.end(verb));
    }

    /**
     * A genitive ending as an illative does ("Linhin", "Mahin"): a capitalised word (the owner's next name or what
     * is owned) or a postposition follows it.
     */
    private static boolean isGenitive(String text, Tokens tokens, int t) {
        int next = t + 1;
        return next < tokens.size() && tokens.spaced(t, next) && (tokens.isCapitalised(next)
                || POSTPOSITIONS.contains(text, tokens.start(next), tokens.end(next)));
    }

    /**
     * A name that ends as an illative does but is a name as it stands ("Eilen lähti Maureen", "Noureen", "Colleen"):
     * its base form is the word itself, where an illative's is shorter ("Lyoniin" → Lyon).
     */
    private static boolean isBaseForm(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return words[t] != null && NameWords.isWrittenAs(text, tokens.start(t), tokens.end(t), words[t].base());
    }

    /** A word of five letters or more in the illative ("Lyoniin", "Turkuun", "Pariisiin"; "Lahteen" aside). */
    private static boolean isIllative(String text, int start, int end) {
        return end - start >= 5 && NameWords.illativeEndingLength(text, start, end) > 0;
    }
}
