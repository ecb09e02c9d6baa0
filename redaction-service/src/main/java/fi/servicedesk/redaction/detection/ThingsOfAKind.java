package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The kiosk browser is Vivaldi.", "Huoltoauto on Citroën Berlingo.", "Lunch is from Greggs.", "Vattenkokaren är en Braun.", "Kokouskaiuttimet
 * ovat Kenwoodin.", "Metriikat tallennetaan Mimiriin.", "Logs go to Grafana Loki.": a name said of a machine, a program
 * or a product ("the browser is …", "the speakers are …'s make", "Racketarna är från Dunlop"), named as where a thing was
 * ordered or bought ("Koripallot tilattiin Spaldingilta") or as where data is kept ("logs go to …") is the
 * make's or the system's, however many people bear it. The subject tells: its head, the word right before the verb, is
 * a word of a kind of thing (a browser, a car, a kettle; logs, metrics), in any of the three languages and any case
 * (Voikko's base form, "kaiuttimet" → kaiutin, or a Swedish or English ending: "kokaren", "servers"). Only the verbs of
 * being and of keeping data, with prepositions and articles, may stand between the subject and the name, and an
 * adjective of age right before the name ("Pesukone on vanha Electrolux").
 * A person stays: a run that opens with a given name ("Laturi on Matin", "The laptop is Anna Smith's"), is followed
 * by a possessive or by a word in lower case it governs ("Kone on Fadumon kanssa"), or a genitive Voikko reads at all, as a surname or as a word ("Kone on Virtasen", "Kone on Pälvin
 * nimissä": Voikko reads the given name Pälvi as a noun), since a thing is someone's as often as some make's (R8.2: a leaked name costs more than a damaged make). Data go to people too ("Invoices go to Anna"):
 * the verbs of sending and keeping count only after a word of data.
 */
final class ThingsOfAKind {

    /** Kinds of machines, programs and products a service desk names by make, matched at the end of the subject's word. */
    private static final List<String> THINGS = List.of(
            "browser", "server", "database", "printer", "laptop", "router", "firewall", "car", "van", "kettle", "speaker",
            "charger", "drill", "vacuum", "coffee", "ketchup", "editor", "engine",
            "selain", "palvelin", "tietokanta", "tulostin", "läppäri", "reititin", "palomuuri", "auto", "keitin", "kaiutin",
            "laturi", "pesuri", "kone", "imuri", "kahvi", "ketsuppi", "editori",
            "webbläsare", "databas", "skrivare", "dator", "bil", "kokare", "högtalare", "laddare", "maskin", "kaffe",
            // sports gear, clothes, drinks and software, which a club's, a shop's or a lab's messages name by brand
            "ball", "racket", "shoe", "jeans", "beer", "software",
            "pallo", "maila", "kenkä", "farkut", "olut", "ohjelmisto",
            "boll", "skor", "sko", "öl", "programvara",
            // meals, which an office's messages name by the shop or caterer they come from ("Lunch is from Greggs")
            "lunch", "food", "catering", "lounas", "ruoka");
    /** Words of data that a system keeps: logs, metrics, backups, traces, events. */
    private static final List<String> DATA = List.of("log", "logs", "metrics", "backup", "backups", "traces", "events",
            "loki", "metriikka", "varmuuskopio", "tapahtuma", "logg", "loggar", "loggarna", "mätvärden", "säkerhetskopior");
    /** Endings of Swedish and English plural and definite forms, cut off before the kind is matched ("kokaren", "servrar"). */
    private static final String[] ENDINGS = {"arna", "erna", "orna", "en", "et", "na", "ar", "er", "n", "t", "s"};
    /** Verbs of being, in the three languages. */
    private static final WordSet BEING = WordSet.of(Set.of("is", "was", "are", "were", "on", "oli", "ovat", "olivat",
            "är", "var"));
    /** Verbs of keeping and sending data ("tallennetaan", "go", "lagras"), which count only after a word of data. */
    private static final WordSet KEEPING = WordSet.of(Set.of("go", "goes", "stored", "kept", "sent", "shipped", "collected",
            "end", "tallennetaan", "tallentuvat", "kerätään", "lähetetään", "viedään", "siirretään", "varmuuskopioidaan",
            "ohjataan", "lagras", "sparas", "skickas", "samlas", "hamnar"));
    /** Verbs of ordering and buying ("tilattiin", "ordered", "köptes"), which count only after a kind of thing. */
    private static final WordSet ORDERING = WordSet.of(Set.of("ordered", "bought", "purchased", "tilattiin", "ostettiin",
            "hankittiin", "beställdes", "köptes", "köps"));
    /** What may stand between the verb and the name: prepositions, the maker's "from" or "by", and indefinite articles. */
    private static final WordSet BETWEEN = WordSet.of(Set.of("to", "in", "into", "up", "from", "by", "a", "an", "i", "till",
            "från", "av", "en", "ett"));
    /**
     * Adjectives of a thing's age that may stand before the make ("Pesukone on vanha Electrolux", "The van is an old
     * Iveco", "Bilen är en gammal Saab"); a person's age is said after the name.
     */
    private static final WordSet AGES = WordSet.of(Set.of("vanha", "uusi", "old", "new", "gammal", "ny"));
    private static final int MOST_WORDS_BETWEEN = 3;
    private static final int LONGEST_NAME = 3;

    private ThingsOfAKind() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            int subject;
            if (names[t] && tokens.isCapitalised(t) && tokens.spaced(t - 1, t) && tokens.isLowerCase(t - 1)
                    && (subject = subjectOfAThing(text, tokens, words, t)) >= 0) {
                // The subject's head is a kind of thing, no name, though it open the sentence ("Lunch is from Greggs").
                names[subject] = false;
                int end = t;
                while (end + 1 < tokens.size() && end + 1 - t < LONGEST_NAME && tokens.isCapitalised(end + 1) && tokens.spaced(end, end + 1)) {
                    end++;
                }
                if (!isPersons(text, tokens, words, t, end)) {
                    for (int k = t; k <= end; k++) {
                        names[k] = false;
                    }
                }
                t = end;
            }
        }
    }

    /**
     * Lower-case words of the frame right before {@code t}, then a verb, then the subject's head, a kind of thing: the
     * head's index, or -1.
     */
    private static int subjectOfAThing(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        for (int v = t - 1; v >= 1 && t - v <= MOST_WORDS_BETWEEN && tokens.isLowerCase(v) && tokens.spaced(v - 1, v); v--) {
            int start = tokens.start(v);
            int end = tokens.end(v);
            if (BEING.contains(text, start, end)) {
                return isKind(text, tokens, words, v - 1, THINGS) || isKind(text, tokens, words, v - 1, DATA) ? v - 1 : -1;
            }
            if (ORDERING.contains(text, start, end)) {
                return isKind(text, tokens, words, v - 1, THINGS) ? v - 1 : -1;
            }
            if (KEEPING.contains(text, start, end)) {
                if (isKind(text, tokens, words, v - 1, DATA)) {
                    return v - 1;
                }
                return v >= 2 && BEING.contains(text, tokens.start(v - 1), tokens.end(v - 1)) && isKind(text, tokens, words, v - 2, DATA) ? v - 2 : -1;
            }
            if (!BETWEEN.contains(text, start, end) && !(v == t - 1 && AGES.contains(text, start, end))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isKind(String text, Tokens tokens, NameLexicon.Word[] words, int s, List<String> kinds) {
        var word = text.substring(tokens.start(s), tokens.end(s)).toLowerCase(Locale.ROOT);
        var w = words[s];
        // "Oscar is …", "Ivan on …": a person is no kind of thing.
        if (w != null && NameWords.isAnyName(w)) {
            return false;
        }
        if (endsWithKind(word, kinds) || w != null && w.ordinaryBase() != null && endsWithKind(w.ordinaryBase().toLowerCase(Locale.ROOT), kinds)) {
            return true;
        }
        for (var ending : ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending) && endsWithKind(word.substring(0, word.length() - ending.length()), kinds)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithKind(String word, List<String> kinds) {
        for (var kind : kinds) {
            if (word.endsWith(kind)) {
                return true;
            }
        }
        return false;
    }

    /** A given name first, a possessive after, or a genitive that Voikko itself reads as a surname. */
    private static boolean isPersons(String text, Tokens tokens, NameLexicon.Word[] words, int t, int end) {
        var first = words[t];
        if (first != null && first.is(NameLexicon.Word.FIRST)) {
            return true;
        }
        // "Kone on Fadumon kanssa", "on Aake Lahden korjattavana": a word the run governs follows it.
        if (text.startsWith("'s", tokens.end(end)) || text.startsWith("’s", tokens.end(end))
                || end + 1 < tokens.size() && tokens.spaced(end, end + 1) && tokens.isLowerCase(end + 1)) {
            return true;
        }
        return first != null && isReadByVoikko(first) && isInflected(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT), first);
    }

    /** A case form of a base Voikko gives ("virtasen" of virtanen, "pälvin" of pälvi), not the base itself ("Braun"). */
    private static boolean isInflected(String lower, NameLexicon.Word w) {
        return w.base() != null && !w.base().equals(lower) || w.ordinaryBase() != null && !w.ordinaryBase().equals(lower);
    }

    /** Voikko has a reading of the word, a name's or a word's ("Virtasen", "Pälvin"): not only the lists' ("Heinzin"). */
    private static boolean isReadByVoikko(NameLexicon.Word w) {
        return w.is(NameLexicon.Word.COMMON | NameLexicon.Word.PLACE) || w.isName() && !w.is(NameLexicon.Word.LISTED);
    }
}
