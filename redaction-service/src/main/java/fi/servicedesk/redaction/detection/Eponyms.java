package fi.servicedesk.redaction.detection;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Laws, razors, principles, effects, algorithms, diseases, halls and squares named after people: "Hanlon's razor", "Conway's law", "the Peter principle",
 * "Dijkstra's algorithm", "Crohns sjukdom",
 * "the Dunning–Kruger effect", "Parkinsonin laki", "Murphyn lain mukaan", "Alvar Aallon sali". The name is the rule's
 * or the place's, no one the message is about, so the mark comes off it and off the names joined to it by a hyphen or
 * dash, and a place's given names before it; not when a person the message names bears the name. Two names joined by an en dash and nothing else are a theorem's, an
 * algorithm's or an effect's even without a head word ("Bellman–Ford is slow here", "the Cauchy–Schwarz bound"): a
 * person's double surname takes a hyphen; two given names so joined stay ("Anna–Liisa", a typed double given name).
 */
final class Eponyms {

    /** What English names after a person, in lower case after the name or its possessive. */
    private static final WordSet ENGLISH_HEADS = WordSet.of(Set.of("law", "laws", "razor", "principle", "effect",
            "paradox", "theorem", "conjecture", "fallacy", "syndrome", "disease", "constant", "algorithm", "algorithms",
            "equation", "lemma", "inequality", "coding", "encoding",
            // conditions named after who described them ("Bell's palsy", "Hodgkin lymphoma", "Ewing sarcoma")
            "palsy", "lymphoma", "sarcoma",
            // and the body's parts and their ailments named after a figure of legend ("Achilles tendinopathy")
            "tendon", "tendinopathy", "tendinitis"));
    /**
     * What Swedish names after a person, in lower case after the name's genitive in "s" ("Crohns sjukdom", "Downs
     * syndrom", "Hodgkins lymfom"): a person's genitive before one of these is a diagnosis, not whose it is.
     */
    private static final WordSet SWEDISH_HEADS = WordSet.of(Set.of("sjukdom", "sjukdomen", "syndrom", "syndromet",
            "lymfom", "lymfomet", "sarkom"));
    /** The same in Finnish, by base form, after the name in the genitive. */
    private static final Set<String> FINNISH_HEADS = Set.of("laki", "periaate", "efekti", "ilmiö", "paradoksi",
            "teoreema", "partaveitsi", "oireyhtymä", "tauti", "vakio", "algoritmi", "yhtälö", "lemma", "epäyhtälö", "koodaus");
    /**
     * Halls, rooms, arenas and squares named after a person or a place, by base form, after the name in the genitive
     * with its given names ("Alvar Aallon sali", "Kekkosen kabinetissa", "Tove Janssonin puistossa", "Nurmen
     * juhlasali", "Otaniemen urheiluhalli"): a place of the building or town. Only a public hall of
     * {@link Venues#PUBLIC_HALLS}, in full: a works hall or a store hall is its owner's ("Virtasen konehallissa"). Not
     * a library or a terminal, in any case a person's photos or computer too ("Pekka Virtasen terminaalissa"), which
     * {@link Venues} reads in the nominative after a place.
     */
    private static final Set<String> FINNISH_PLACES = Stream.concat(Stream.of("kabinetti", "auditorio",
            "aukio", "puisto"), Venues.PUBLIC_HALLS.stream()).collect(Collectors.toUnmodifiableSet());
    /**
     * Schools, hospitals, theatres and museums named after a person, by base form, after the person's full name in the
     * genitive ("Minna Canthin koulu", "Aleksis Kiven peruskoulussa"). After one name alone they are as often someone's
     * own ("Aapo-Kalevin koulun nimi": the child's school), so a given name must come first. They are buildings, where a
     * person is also taken or seen ({@link #isObjectOfAVerb}).
     */
    private static final Set<String> INSTITUTION_BUILDINGS = Set.of("koulu", "lukio", "sairaala", "teatteri", "museo");
    /**
     * Prizes and funds named after a person, the same way ("Eino Leinon palkinto", "Antti Wihurin rahasto",
     * "Aino Korven muistorahasto"): the words themselves, and a memorial fund, which by its kind is named after whom it
     * remembers; any other compound is a person's own ("Anna Virtasen sijoitusrahasto", "eläkerahasto",
     * "myyntipalkinto").
     */
    private static final Set<String> PRIZES_AND_FUNDS = Set.of("palkinto", "rahasto", "säätiö", "muistorahasto");
    /**
     * Hospitals, theatres, museums, printing houses, publishers and manors keep their founder's or patron's
     * name, by base form, after the name in the genitive alone ("Marian sairaala", "Aleksanterin teatteri",
     * "Frenckellin kirjapaino", "Bonnierin kustantamo"): no one has one of these as their own the way a child has a
     * school, so one name is enough; a gallery only after a name that is no given name ("Cygnaeuksen galleria", not
     * "Liisan galleria", as often her phone's photo gallery); not when a person the message names bears the name. Only with the place in the
     * nominative: a person's accusative takes the same ending before where they are taken or seen ("vein Pekan
     * sairaalaan", "näin Virtasen museossa").
     */
    private static final Set<String> FOUNDED_PLACES = Set.of("sairaala", "teatteri", "museo", "kirjapaino",
            "kustantamo", "kartano");
    /** A gallery keeps its founder's surname, but a given name's gallery is as often someone's photos. */
    private static final Set<String> GALLERIES = Set.of("galleria");
    /**
     * Nursing and newborn scales named after who made them, before the score they give ("Apgar 8–9–10", "Waterlow
     * 15", "Braden 14"): a scale's name and a short number are a measurement. Scales whose name is as often a
     * person's or a town's (Norton, Glasgow) are left to their head word ("Glasgow Coma Scale").
     */
    private static final WordSet SCALES = WordSet.of(Set.of("apgar", "waterlow", "braden"));
    /** The most digits of a scale's score ("15", "8–9–10"); a phone number's first group has more. */
    private static final int LONGEST_SCORE = 2;

    private Eponyms() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && namesARule(text, tokens, words, t)
                    && !bornByAPerson(text, tokens, words, names, t)) {
                // the tagger may take the head word in with the name ("Achilles tendinopathy"); it is a noun
                names[t + 1] = names[t + 1] && !tokens.isLowerCase(t + 1);
                for (int k = t; k >= 0 && names[k]; k--) {
                    names[k] = false;
                    if (k == 0 || !joinedByDash(text, tokens, k - 1, k)) {
                        unmarkEpithet(text, tokens, words, names, k - 1);
                        break;
                    }
                }
            } else if ((names[t] || names[t + 1]) && isEnDashPair(text, tokens, words, t)) {
                names[t] = false;
                names[t + 1] = false;
            } else if (names[t] && tokens.isCapitalised(t) && (isGenitiveBefore(text, tokens, words, t, FINNISH_PLACES)
                    || t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t)
                    && (isGenitiveBeforeKind(text, tokens, words, t, INSTITUTION_BUILDINGS)
                    || isGenitiveBefore(text, tokens, words, t, PRIZES_AND_FUNDS)))
                    && !isObjectOfAVerb(text, tokens, words, t)) {
                for (int k = t; k >= 0 && k >= t - 2 && names[k] && tokens.isCapitalised(k) && (k == t || tokens.spaced(k, k + 1)); k--) {
                    names[k] = false;
                }
            } else if (names[t] && tokens.isCapitalised(t) && (foundedPlaceAfter(text, tokens, words, t) && isBaseForm(text, tokens, words, t + 1)
                    || isScaleBeforeItsScore(text, tokens, t)) && !bornByAPerson(text, tokens, words, names, t)) {
                names[t] = false;
            }
        }
    }

    /**
     * "Classic Murphy's law", "Good old Parkinson's law": a capitalised English word before the rule's name that no name
     * list holds was taken for a given name only beside the name; it says what kind of rule it is, no one's name.
     */
    private static void unmarkEpithet(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int k) {
        if (k >= 0 && names[k] && tokens.isCapitalised(k) && tokens.spaced(k, k + 1)
                && EnglishWords.holdsOnlyAsWord(text, tokens, words[k], k)) {
            names[k] = false;
        }
    }

    private static boolean namesARule(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int head = t + 1;
        if (isPossessive(text, tokens, t)) {
            head = t + 2;
        }
        if (head >= tokens.size() || !tokens.isLowerCase(head)) {
            return false;
        }
        if (ENGLISH_HEADS.contains(text, tokens.start(head), tokens.end(head))) {
            return true;
        }
        return head == t + 1 && (isGenitiveBefore(text, tokens, words, t, FINNISH_HEADS)
                || text.charAt(tokens.end(t) - 1) == 's' && SWEDISH_HEADS.contains(text, tokens.start(head), tokens.end(head)));
    }

    /**
     * "Märta Parkinson … (Parkinsons sjukdom)": the name of the rule is also the surname of a person the message names,
     * and left in clear it would give the person's name away, so it keeps its mark. The word as written or without its
     * genitive ("Parkinsons", "Armfeltin", "Marian"), marked elsewhere and not itself naming a rule.
     */
    private static boolean bornByAPerson(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int length = tokens.length(t);
        int stem = length - genitiveEnding(text, tokens, t);
        for (int u = 0; u < tokens.size(); u++) {
            if (u != t && names[u] && (tokens.length(u) == length || tokens.length(u) == stem)
                    && text.regionMatches(true, tokens.start(u), text, tokens.start(t), tokens.length(u))
                    && !(u + 1 < tokens.size() && namesARule(text, tokens, words, u))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many letters the genitive added to the name at {@code t}: Swedish "s" ("Parkinsons"), Finnish "in" after a
     * consonant ("Armfeltin") or "n" after a vowel ("Marian"); a stem that changes ("Sibeliuksen") is not undone.
     */
    private static int genitiveEnding(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        char last = text.charAt(end - 1);
        if (last == 's') {
            return 1;
        }
        if (last != 'n' || tokens.length(t) < 3) {
            return 0;
        }
        return text.charAt(end - 2) == 'i' && !NameWords.isVowel(text.charAt(end - 3)) ? 2 : 1;
    }

    /** The word at {@code t}, a genitive, right before a word in lower case whose base form is one of {@code heads}. */
    private static boolean isGenitiveBefore(String text, Tokens tokens, NameLexicon.Word[] words, int t, Set<String> heads) {
        var base = baseAfterGenitive(text, tokens, words, t);
        return base != null && heads.contains(base);
    }

    /**
     * The same where the word after is also a compound ending in one of {@code kinds}: an institution's kind is often
     * written narrower ("Eino Leinon yhteiskoulu", "Aleksis Kiven peruskoulussa", "Marian kuntoutussairaala").
     */
    private static boolean isGenitiveBeforeKind(String text, Tokens tokens, NameLexicon.Word[] words, int t, Set<String> kinds) {
        var base = baseAfterGenitive(text, tokens, words, t);
        return base != null && kinds.stream().anyMatch(base::endsWith);
    }

    /** The base form of the word in lower case right after {@code t}, when {@code t} is a genitive; else null. */
    private static String baseAfterGenitive(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int head = t + 1;
        if (head >= tokens.size() || !tokens.isLowerCase(head) || !tokens.spaced(t, head) || text.charAt(tokens.end(t) - 1) != 'n') {
            return null;
        }
        return words[head] == null ? null : words[head].ordinaryBase();
    }

    /**
     * "vein Eino Virtasen kouluun" (I took Eino Virtanen to school), "näin Alvar Aallon salissa": a verb right before
     * the name (its given name if it has one) and a building or place in a local case make the genitive the verb's
     * object, a person taken or seen there, not the place's namesake ("Eino Leinon koulu on lähellä" stays the school's).
     * A verb of going ("menin Minna Canthin kouluun") reads alike and keeps the mark too: Voikko does not tell the two.
     */
    private static boolean isObjectOfAVerb(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int first = t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t) ? t - 1 : t;
        int verb = first - 1;
        int place = t + 1;
        return verb >= 0 && tokens.spaced(verb, first) && tokens.isLowerCase(verb) && words[verb] != null
                && words[verb].is(NameLexicon.Word.VERB)
                && (isGenitiveBeforeKind(text, tokens, words, t, INSTITUTION_BUILDINGS) || isGenitiveBefore(text, tokens, words, t, FINNISH_PLACES))
                && (NameWords.illativeEndingLength(text, tokens.start(place), tokens.end(place)) > 0
                || Characters.endsWithAny(text.substring(tokens.start(place), tokens.end(place)), NameWords.LOCAL_CASE_ENDINGS));
    }

    /** The word at {@code t} as written is its own base form: a noun in the nominative singular. */
    private static boolean isBaseForm(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return words[t] != null && NameWords.isWrittenAs(text, tokens.start(t), tokens.end(t), words[t].ordinaryBase());
    }

    /**
     * "Apgar 8–9–10": a scale's name, not after another capitalised word ("Grace Braden 14 Hill Road"), a space and a
     * number of one or two digits that no further group of digits follows (not "Braden 040 123 4567").
     */
    private static boolean foundedPlaceAfter(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return isGenitiveBeforeKind(text, tokens, words, t, FOUNDED_PLACES)
                || isGenitiveBeforeKind(text, tokens, words, t, GALLERIES) && !NameWords.isGivenName(words[t]);
    }

    private static boolean isScaleBeforeItsScore(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (!SCALES.contains(text, tokens.start(t), end) || t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t)
                || end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int digits = end + 1;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        int count = digits - end - 1;
        return count > 0 && count <= LONGEST_SCORE && !(digits + 1 < text.length() && text.charAt(digits) == ' '
                && Character.isDigit(text.charAt(digits + 1)));
    }

    /** "Hanlon's", "Brooks’s": the name, an apostrophe and an "s" right after it. */
    private static boolean isPossessive(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        return t + 2 < tokens.size() && end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && tokens.start(t + 1) == end + 1 && tokens.length(t + 1) == 1 && text.charAt(end + 1) == 's';
    }

    /** "Bellman–Ford": two capitalised words joined by one en dash, unless both are given names. */
    private static boolean isEnDashPair(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return tokens.start(t + 1) - tokens.end(t) == 1 && text.charAt(tokens.end(t)) == '–' && tokens.isCapitalised(t)
                && tokens.isCapitalised(t + 1) && !(NameWords.isGivenName(words[t]) && NameWords.isGivenName(words[t + 1]));
    }

    /** "Dunning–Kruger": one hyphen or dash between the two words, nothing else. */
    private static boolean joinedByDash(String text, Tokens tokens, int first, int second) {
        if (tokens.start(second) - tokens.end(first) != 1) {
            return false;
        }
        char c = text.charAt(tokens.end(first));
        return c == '-' || c == '–' || c == '—';
    }
}
