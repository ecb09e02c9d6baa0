package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Swedish words that open a sentence, a line or a question capitalised and that neither Voikko nor the name lists know,
 * so that a model reading the shape of the text may take them for names. Swedish grammar tells them:
 * <ul>
 *   <li>a noun in the definite form (ending in "-n", "-t" or "-na": "Skrivaren", "Kontot", "Laddarna") opening a
 *       sentence before a Swedish finite verb said of things ({@link #VERBS}: "Skrivaren fungerar inte", "Laddarna
 *       saknas"), and one in the definite plural before the people it names ("Grannarna Ragnvald Rösbacka och …");</li>
 *   <li>a label opening a line before its colon, by a Swedish noun's suffix ("Beställare:", "Handläggande:",
 *       "Beskrivning:", "Säkerhet:", "Information:", "Enkätsvar:", "Mottagör:", "Begravningsbyrå:");</li>
 *   <li>a noun of a doer opening a sentence before a name, a role's label without its colon ("Uppringare Raine
 *       Nääppä");</li>
 *   <li>a modal or auxiliary verb opening a question ("Kan Sanna ringa mig?", "Ska vi ses?"): Swedish puts the finite
 *       verb first in a question, and the name after it is the subject;</li>
 *   <li>a modal or auxiliary verb opening a sentence or a subject line right before "inte" or "ej" ("Ämne: Kan inte
 *       logga in", "Vill inte ta emot koden"): a main clause's finite verb stands before the negation, and a subject
 *       left unsaid is the writer; a name opening the clause has its verb between it and "inte" ("Kan kommer inte");</li>
 *   <li>a conjunction or a pronoun opening a Swedish sentence ({@link #FUNCTION_WORDS}: "Och Kielo-Marias nummer står
 *       på mitt konto", "Ingen har Moodle-konto ännu", "Min brevlåda är full", "Om Dmitry får förhinder kan …"), a
 *       closed class; one a name too ("Min", "Om", "Ingen") only before a word in lower case ("Om Prakash har ringt"
 *       names Om Prakash);</li>
 *   <li>a focus adverb opening a Swedish sentence before the name it singles out ({@link #FOCUS_ADVERBS}: "Bara Sture
 *       i kassan var trevlig"), or a sentence adverb before its finite verb ({@link #SENTENCE_ADVERBS}: "Dessutom gör
 *       Kronofogden utmätning").</li>
 * </ul>
 * A sentence too short to hold a word that tells Swedish ("Ingen ändring gjord.") is read by its message's words.
 * Only a word with no name reading at all is taken for a noun or a label (a speaker's "Göran:", "Stefan har ringt"
 * stay); a modal verb that people are named after too ("Kan", a Chinese and Turkish name) is the verb only inside a
 * question with a Swedish word in it and without a comma after it ("Kan, can you help?" names someone).
 */
final class SwedishWords {

    /**
     * Finite verbs said of things, not of people: working or failing, being missing, used, fetched, sent or forgotten.
     * Not "är", "har", "finns" or "ligger", which a person's name opening a sentence takes as often ("Jeroen har samma
     * problem", "Jeroen finns på plats"), and a name no list knows has no reading that would keep it.
     */
    private static final WordSet VERBS = WordSet.of(Set.of("fungerar", "fungerade", "funkar", "funkade", "krånglar",
            "krånglade", "saknas", "saknades", "startar", "startade", "laddar", "hänger", "behövs", "används", "hämtas",
            "hämtades", "lämnas", "lämnades", "glömdes", "togs", "skickas", "skickades", "stängdes", "levereras",
            "levererades", "installeras", "installerades", "syns", "visar", "gäller", "gällde", "låter",
            // passives of what is done to things: moved, renewed, changed, removed ("Licensen flyttas från…")
            "flyttas", "flyttades", "förnyas", "förnyades", "ändras", "ändrades", "byts", "byttes", "tas", "raderas",
            "raderades", "spärras", "spärrades", "uppdateras", "uppdaterades", "återställs", "återställdes",
            // and of servicing them ("Kopiatorn servas av …")
            "servas", "servades", "repareras", "reparerades", "lagas", "lagades", "besiktas", "besiktades"));
    /**
     * Prepositions that open a Swedish sentence ("Enligt Dagny Nyholm skrev…", "Efter uppdateringen…"): a closed class
     * no one is named after, so one with no name reading is the preposition, and the name after it stays.
     */
    private static final WordSet PREPOSITIONS = WordSet.of(Set.of("enligt", "efter", "inför", "trots", "bland",
            "mellan", "genom", "angående", "gällande", "förutom", "sedan", "utan"));
    /**
     * Conjunctions and pronouns that open a Swedish sentence. Not those that are given names as often ("Hans", "Inga",
     * "Alla").
     */
    private static final WordSet FUNCTION_WORDS = WordSet.of(Set.of("och", "men", "eller", "om", "när", "att", "eftersom",
            "medan", "innan", "ingen", "inget", "min", "mitt", "mina", "ditt", "dina", "vår", "vårt", "våra", "deras",
            "hennes", "någon", "något", "några", "varje", "vilken", "vilket"));
    /**
     * Focus adverbs that open a Swedish sentence before what they single out ("Bara Sture i kassan var trevlig", "Även
     * Pia fick beskedet"): a closed class, the adverb there even where a list holds it as a name too ("Bara"), as the
     * name it singles out follows it.
     */
    private static final WordSet FOCUS_ADVERBS = WordSet.of(Set.of("bara", "endast", "enbart", "även", "också", "inte"));
    /**
     * Sentence adverbs that open a Swedish sentence before its finite verb ("Dessutom gör Kronofogden utmätning",
     * "Tyvärr fungerar det inte"): a closed class no one is named after.
     */
    private static final WordSet SENTENCE_ADVERBS = WordSet.of(Set.of("dessutom", "därför", "tyvärr", "alltså", "däremot",
            "dock", "ändå", "annars", "förresten", "därefter", "fortfarande", "numera", "egentligen", "troligen", "kanske",
            "självklart", "tidigare", "senare", "hittills"));
    /** The conjunction that joins two names into a pair ("Min och Anna"). */
    private static final WordSet PAIR_JOINER = WordSet.of(Set.of("och"));
    /** The endings of the first conjugation's past, active and passive ("lyckade", "misslyckades"). */
    private static final String[] PAST_SUFFIXES = {"ades", "ade"};
    /** From this length a word ending so is the past ("lyckade"); a shorter one is as often a name ("Wade", "Ade"). */
    private static final int SHORTEST_PAST = 7;
    /** Participles that say what became of a thing ("gjord", "klar", "nekad"): a closed handful a log writes. */
    private static final WordSet PARTICIPLES = WordSet.of(Set.of("gjord", "gjort", "klar", "klart", "nekad",
            "godkänd", "godkänt", "avbruten", "avbrutet", "spärrad", "spärrat", "misslyckad", "misslyckat", "lyckad", "lyckat"));
    /** How many Swedish words mark a message as Swedish where the sentence itself holds none ("Ingen ändring gjord."). */
    private static final int SWEDISH_MESSAGE = 3;
    /** "min", "ingen": a {@link #FUNCTION_WORDS} word, in any case. */
    static boolean isFunctionWord(String text, Tokens tokens, int t) {
        return FUNCTION_WORDS.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * "misslyckades", "och", "gjord": a word of Swedish, one of these lists' or a verb's past by its ending (the first
     * conjugation's "-ade" and "-ades": "lyckades", "nekades"; a participle's "-d": "gjord"), which no analyser here reads.
     */
    static boolean isSwedishWord(String text, int start, int end) {
        return SWEDISH.contains(text, start, end) || VERBS.contains(text, start, end) || FUNCTION_WORDS.contains(text, start, end)
                || PREPOSITIONS.contains(text, start, end) || SENTENCE_ADVERBS.contains(text, start, end)
                || PARTICIPLES.contains(text, start, end)
                || end - start >= SHORTEST_PAST && endsWithAny(text, end, PAST_SUFFIXES) && Characters.allLetters(text.substring(start, end));
    }

    /** "Bara", "Även": a {@link #FOCUS_ADVERBS} word, which {@link NamesBesideNames} does not take in beside the name after it. */
    static boolean isFocusAdverb(String text, Tokens tokens, int t) {
        return FOCUS_ADVERBS.contains(text, tokens.start(t), tokens.end(t));
    }

    /** Modal and auxiliary verbs that open a Swedish question. */
    private static final WordSet QUESTION_VERBS = WordSet.of(Set.of("kan", "ska", "skall", "vill", "får", "kommer",
            "har", "är", "måste", "borde", "kunde", "skulle", "brukar", "hinner", "behöver"));
    /** The negations a main clause puts right after its finite verb, in lower case. */
    private static final WordSet NEGATIONS = WordSet.of(Set.of("inte", "ej"));
    /** The particles of Swedish phrasal verbs ("ta bort", "logga ut", "skriv ner", "gå tillbaka"); not "av", a preposition too ("Henning av: …"). */
    private static final WordSet PARTICLES = WordSet.of(Set.of("bort", "upp", "ut", "fram", "tillbaka", "ner", "ned", "igen"));
    /** The imperatives a letter asks with for a reference to be quoted or given ("Ange", "Uppge", "Hänvisa till"). */
    private static final WordSet REFERENCE_IMPERATIVES = WordSet.of(Set.of("ange", "uppge", "hänvisa", "bifoga", "märk"));
    /** The stems of the nouns a reference is named by ("ärendenummer", "fakturanumret", "referens", "OCR", "kundnr"). */
    private static final List<String> REFERENCE_NOUNS = List.of("nummer", "numret", "referens", "ocr", "kod", "nr");
    /** Adverbs of place an instruction points with ("Klicka här för att …"). */
    private static final WordSet PLACE_ADVERBS = WordSet.of(Set.of("här", "där"));
    /** Swedish words that tell a question is Swedish: pronouns, prepositions and particles none of the other languages writes so. */
    private static final WordSet SWEDISH = WordSet.of(Set.of("du", "ni", "jag", "mig", "dig", "oss", "vi", "han",
            "hon", "det", "den", "är", "var", "har", "hade", "inte", "och", "att", "på", "med", "till", "från", "för", "någon", "idag", "ringa", "hjälpa", "komma", "kolla", "titta", "skicka",
            "också", "eller", "som", "få", "av", "hennes", "hans", "sitt", "sina", "här", "där", "när"));
    /**
     * Swedish pronouns of the one addressed, which a question's modal verb stands right before and its infinitive right
     * after ("kan ni titta", "hann du titta"); not "jag", which a caller's name may stand before in a transcript without
     * stops ("det är ove alfredsson jag ringer om …").
     */
    private static final WordSet ADDRESSED_PRONOUNS = WordSet.of(Set.of("du", "ni"));
    /** How many words either side of a word {@link #isAmongSwedishWords} looks at. */
    private static final int NEAR = 4;
    /** Suffixes of Swedish nouns of doers, doings and qualities, which labels are made of. */
    private static final String[] LABEL_SUFFIXES = {"ande", "ende", "are", "ning", "het", "else", "nummer", "datum", "namn",
            "tion", "sion", "itet", "skap", "ment", "svar", "ör", "konto", "byrå"};
    /** Suffixes of Swedish nouns of doers, which name a role ("Uppringare", "Beställare", "Sökande"). */
    private static final String[] DOER_SUFFIXES = {"are", "ande", "ende"};
    /**
     * The definite form of a doer's noun in "-are", "-ande" or "-ende" ("Läraren", "Föreståndaren", "Sökanden"): from this length, as a given name may
     * end so too ("Karen").
     */
    private static final int SHORTEST_DEFINITE_DOER = 7;
    private static final int SHORTEST_LABEL = 6;
    /** The endings of a Swedish noun's definite plural ("grannarna", "kunderna", "kollegorna"). */
    private static final String[] DEFINITE_PLURALS = {"arna", "erna", "orna"};
    /** From this length a word in {@link #DEFINITE_PLURALS} is no given name ("Varna", a place, stays out of it). */
    private static final int SHORTEST_DEFINITE_PLURAL = 7;

    private SwedishWords() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && tokens.opensClause(t) && hasNoNameReading(words[t])
                    && isRoleBeforeName(text, tokens, names, t)) {
                // "Ljungström skrev: Sökanden Heikki Hohdeharju kunde inte …": a role's noun after a colon too.
                names[t] = false;
            } else if (names[t] && tokens.isCapitalised(t) && tokens.beginsSentence(t)
                    && (hasNoNameReading(words[t]) && (isDefiniteNounBeforeVerb(text, tokens, t) || isLabel(text, tokens, t)
                    || PREPOSITIONS.contains(text, tokens.start(t), tokens.end(t)) || isDefinitePluralBeforeName(text, tokens, names, t)
                    || isRoleBeforeItsNumber(text, tokens, t))
                    || opensQuestion(text, tokens, t) || isImperativeBeforeParticle(text, tokens, t) || isImperativeBeforeReference(text, tokens, t)
                    || isFunctionWordOpeningASentence(text, tokens, words[t], t))) {
                names[t] = false;
            } else if (names[t] && tokens.isCapitalised(t) && (tokens.beginsSentence(t) || tokens.opensClause(t))
                    && (opensQuestion(text, tokens, t) || isVerbBeforeNegation(text, tokens, t)
                    || isFunctionWordOpeningASentence(text, tokens, words[t], t))) {
                // "Svar: Min svåger Aki körde": a reply's or a field's sentence opens after its label's colon too.
                names[t] = false;
            } else if (names[t] && tokens.length(t) >= SHORTEST_LABEL && hasNoNameReading(words[t]) && isInSwedishHeading(text, tokens, t)) {
                names[t] = false;
            } else if (names[t] && tokens.isLowerCase(t) && isBesideAddressedPronoun(text, tokens, t)) {
                names[t] = false;
            }
        }
    }

    /**
     * "KVITTO FÖR UTLÄMNAD UTRUSTNING": a word ending as a Swedish noun or participle does ("-NING", "-AD") on a line
     * in capitals that holds a Swedish function word is the heading's word; a name there keeps its name reading.
     */
    private static boolean isInSwedishHeading(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (!Character.isUpperCase(text.charAt(end - 1)) || !(endsWithAnyIgnoringCase(text, end, LABEL_SUFFIXES)
                || text.regionMatches(true, end - 2, "ad", 0, 2))) {
            return false;
        }
        int lineStart = Characters.lineStart(text, tokens.start(t));
        int lineEnd = Characters.lineEnd(text, end);
        for (int i = lineStart; i < lineEnd; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        for (int k = t - 1; k >= 0 && tokens.start(k) >= lineStart; k--) {
            if (SWEDISH.contains(text, tokens.start(k), tokens.end(k))) {
                return true;
            }
        }
        for (int k = t + 1; k < tokens.size() && tokens.start(k) < lineEnd; k++) {
            if (SWEDISH.contains(text, tokens.start(k), tokens.end(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Kan ni titta på detta?", "hann du titta?", "kan ni lägga till": in lower case, a modal verb right before "du" or
     * "ni" and any word right after one is the question's verb, even where a list holds it as a given name ("kan",
     * "titta"); a name in lower case is called or asked about with a preposition or a comma between ("ring anna", "med
     * ville").
     */
    private static boolean isBesideAddressedPronoun(String text, Tokens tokens, int t) {
        return (t > 0 && tokens.spaced(t - 1, t) && ADDRESSED_PRONOUNS.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                || t + 1 < tokens.size() && tokens.spaced(t, t + 1) && ADDRESSED_PRONOUNS.contains(text, tokens.start(t + 1), tokens.end(t + 1))
                && QUESTION_VERBS.contains(text, tokens.start(t), tokens.end(t))) && isAmongSwedishWords(text, tokens, t);
    }

    /**
     * A word only Swedish writes so, other than "du" and "ni", near the word: spoken Finnish writes "ni" too ("se ei
     * vastannu ni heikkurisen veli sano").
     */
    private static boolean isAmongSwedishWords(String text, Tokens tokens, int t) {
        for (int k = Math.max(0, t - NEAR); k < tokens.size() && k <= t + NEAR; k++) {
            if (tokens.isLowerCase(k) && SWEDISH.contains(text, tokens.start(k), tokens.end(k))
                    && !ADDRESSED_PRONOUNS.contains(text, tokens.start(k), tokens.end(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAnyIgnoringCase(String text, int end, String[] suffixes) {
        for (var suffix : suffixes) {
            if (text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNoNameReading(NameLexicon.Word w) {
        return w != null && !NameWords.isAnyName(w);
    }

    /**
     * "Grannarna Ragnvald Rösbacka och …", "Kollegorna Eva och Pia": a noun's definite plural ("-arna", "-erna", "-orna")
     * opening a sentence before the people it names, in a Swedish message; no given name ends so in a word this long.
     */
    private static boolean isDefinitePluralBeforeName(String text, Tokens tokens, boolean[] names, int t) {
        int end = tokens.end(t);
        return tokens.length(t) >= SHORTEST_DEFINITE_PLURAL && endsWithAnyIgnoringCase(text, end, DEFINITE_PLURALS)
                && t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1)
                && holdsSwedishWord(text, tokens, 0, text.length());
    }

    private static boolean isDefiniteNounBeforeVerb(String text, Tokens tokens, int t) {
        char last = text.charAt(tokens.end(t) - 1);
        return (last == 'n' || last == 't' || last == 'a' && text.charAt(tokens.end(t) - 2) == 'n') && t + 1 < tokens.size()
                && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1) && VERBS.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    /** "Beställare: …": a Swedish noun by its suffix, opening a line right before a colon. */
    private static boolean isLabel(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (end >= text.length() || text.charAt(end) != ':' || tokens.length(t) < SHORTEST_LABEL || !NameWords.startsLine(text, tokens, t)
                && tokens.start(t) != 0) {
            return false;
        }
        return endsWithAny(text, end, LABEL_SUFFIXES);
    }

    /**
     * "Uppringare Raine Nääppä, (013) 545 379": a Swedish noun of a doer opening a sentence right before a name marked,
     * a role written as a label without its colon, or in its definite form ("Vaktmästaren Ebbe Lund", "Sökanden Heikki
     * Hohdeharju", "Ordföranden Anna Berg").
     */
    private static boolean isRoleBeforeName(String text, Tokens tokens, boolean[] names, int t) {
        return tokens.length(t) >= SHORTEST_LABEL && t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1)
                && tokens.isCapitalised(t + 1) && (isDoerNoun(text, tokens, t)
                || tokens.length(t) >= SHORTEST_DEFINITE_DOER && (text.startsWith("aren", tokens.end(t) - 4)
                || text.startsWith("anden", tokens.end(t) - 5) || text.startsWith("enden", tokens.end(t) - 5)));
    }

    /**
     * "Praktikant nr 12: ANNA LIND": a doer's noun before a reference's noun in lower case ("nr",
     * "nummer") is a role's label with the number its holder goes by, the name after the colon. Before such a noun a
     * doer's "-ant" counts too ("Kontrollant", "Praktikant"), an ending that elsewhere ends surnames
     * ("Bryant"), which stay before a reference's noun that names no number of theirs ("Ge Bryant numret").
     */
    private static boolean isRoleBeforeItsNumber(String text, Tokens tokens, int t) {
        return (isDoerNoun(text, tokens, t) || tokens.length(t) >= SHORTEST_LABEL && text.startsWith("ant", tokens.end(t) - 3))
                && t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1)
                && namesAReference(text.substring(tokens.start(t + 1), tokens.end(t + 1)));
    }

    /** "Handläggare", "Uppringare", "Sökande": a Swedish noun of a doer by its suffix, which names a role. */
    static boolean isDoerNoun(String text, Tokens tokens, int t) {
        return tokens.length(t) >= SHORTEST_LABEL && endsWithAny(text, tokens.end(t), DOER_SUFFIXES);
    }

    private static boolean endsWithAny(String text, int end, String[] suffixes) {
        for (var suffix : suffixes) {
            if (text.startsWith(suffix, end - suffix.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ange VAH-2026-579797 vid betalning", "Ange KOR 693 6946", "Uppge ärendenummer 4411": a letter's request to quote a
     * reference, opening a sentence before the reference (digits or a code's capitals) or a reference's noun in lower
     * case; "Ange" is a given name too, which a name follows ("Ange Dubois ringde") and a verb ("Ange ringde i morse").
     */
    private static boolean isImperativeBeforeReference(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (!REFERENCE_IMPERATIVES.contains(text, tokens.start(t), end) || end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        // The reference's first part: digits, or a code's capitals ("KOR 693 6946").
        boolean lowerCase = false;
        int i = end + 1;
        for (; i < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
            lowerCase |= Character.isLowerCase(text.charAt(i));
        }
        return Character.isLowerCase(text.charAt(end + 1)) && namesAReference(text.substring(end + 1, i))
                || !lowerCase && i - end > 2;
    }

    /**
     * "Ta bort användaren", "Logga ut", "Klicka här för att ansluta": a verb in the imperative opening a sentence right
     * before its particle, a closed class of Swedish adverbs no other language writes so and no name is followed by
     * ("Ta", a Vietnamese surname, is the verb here). "här" and "där" only with a word after them, as a caller says
     * "Åsa här, …" of herself.
     */
    /** "ärendenummer", "referensen", "OCR-numret", "kundnr": a word a reference is named by. */
    private static boolean namesAReference(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (var noun : REFERENCE_NOUNS) {
            if (lower.contains(noun)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isImperativeBeforeParticle(String text, Tokens tokens, int t) {
        if (t + 1 >= tokens.size() || !tokens.spaced(t, t + 1) || !tokens.isLowerCase(t + 1)) {
            return false;
        }
        int start = tokens.start(t + 1);
        int end = tokens.end(t + 1);
        return PARTICLES.contains(text, start, end)
                || PLACE_ADVERBS.contains(text, start, end) && t + 2 < tokens.size() && tokens.spaced(t + 1, t + 2);
    }

    /**
     * "Ingen har Moodle-konto ännu.", "Bara Sture i kassan var trevlig.": a {@link #FUNCTION_WORDS},
     * {@link #FOCUS_ADVERBS} or {@link #SENTENCE_ADVERBS} word opening a sentence that holds a Swedish word, or before a
     * word in lower case in a Swedish message.
     */
    private static boolean isFunctionWordOpeningASentence(String text, Tokens tokens, NameLexicon.Word w, int t) {
        int start = tokens.start(t);
        boolean adverb = FOCUS_ADVERBS.contains(text, start, tokens.end(t)) || SENTENCE_ADVERBS.contains(text, start, tokens.end(t));
        if (t + 1 >= tokens.size() || !tokens.spaced(t, t + 1) || !FUNCTION_WORDS.contains(text, start, tokens.end(t)) && !adverb) {
            return false;
        }
        int next = t + 1;
        if (!hasNoNameReading(w) && (!tokens.isLowerCase(next) && !adverb || isJoinedToAName(text, tokens, t))) {
            return false;
        }
        int end = Characters.sentenceEnd(text, tokens.end(t));
        for (int k = next; k < tokens.size() && tokens.start(k) < end; k++) {
            if (tokens.isLowerCase(k) && (SWEDISH.contains(text, tokens.start(k), tokens.end(k))
                    || QUESTION_VERBS.contains(text, tokens.start(k), tokens.end(k)))) {
                return true;
            }
        }
        // A short sentence may hold none of the words that tell Swedish; its message does ("Ingen ändring gjord.").
        return tokens.isLowerCase(next) && isSwedishMessage(text, tokens);
    }

    /**
     * "Deltagare: Min och Anna kommer": a word that is a name too, joined by "och" to a capitalised word, is one name of
     * a pair; the possessive is joined so only to a name in the genitive, whose thing follows ("Min och Johans bil"):
     * a name ending in "s" before a verb or a function word ("Min och Lars kommer", "Min och Jonas är här") is no
     * genitive.
     */
    private static boolean isJoinedToAName(String text, Tokens tokens, int t) {
        int other = t + 2;
        if (other >= tokens.size() || !tokens.spaced(t, t + 1) || !tokens.spaced(t + 1, other)
                || !PAIR_JOINER.contains(text, tokens.start(t + 1), tokens.end(t + 1)) || !tokens.isCapitalised(other)) {
            return false;
        }
        return text.charAt(tokens.end(other) - 1) != 's' || !isGenitivesThing(text, tokens, other + 1);
    }

    /** Whether token {@code t} may be the thing a genitive before it owns: a word in lower case that is no verb. */
    private static boolean isGenitivesThing(String text, Tokens tokens, int t) {
        return t < tokens.size() && tokens.spaced(t - 1, t) && tokens.isLowerCase(t)
                && !isSwedishWord(text, tokens.start(t), tokens.end(t))
                && !QUESTION_VERBS.contains(text, tokens.start(t), tokens.end(t));
    }

    /** At least {@link #SWEDISH_MESSAGE} words in lower case that only Swedish writes so. */
    private static boolean isSwedishMessage(String text, Tokens tokens) {
        int found = 0;
        for (int k = 0; k < tokens.size() && found < SWEDISH_MESSAGE; k++) {
            if (tokens.isLowerCase(k) && SWEDISH.contains(text, tokens.start(k), tokens.end(k))) {
                found++;
            }
        }
        return found == SWEDISH_MESSAGE;
    }

    /** "Kan Sanna ringa mig?": a modal verb opening a question that holds a Swedish word, with no comma after the verb. */
    static boolean opensQuestion(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (tokens.length(t) > 7 || end >= text.length() || text.charAt(end) != ' ' || !QUESTION_VERBS.contains(text, tokens.start(t), end)) {
            return false;
        }
        int close = Characters.sentenceEnd(text, end);
        if (close == text.length() || text.charAt(close) != '?') {
            return false;
        }
        return holdsSwedishWord(text, tokens, t + 1, close);
    }

    /** "Kan inte logga in": a modal or auxiliary verb right before the negation that follows a main clause's finite verb. */
    private static boolean isVerbBeforeNegation(String text, Tokens tokens, int t) {
        return t + 1 < tokens.size() && tokens.spaced(t, t + 1) && QUESTION_VERBS.contains(text, tokens.start(t), tokens.end(t))
                && tokens.isLowerCase(t + 1) && NEGATIONS.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    /** A word in lower case from token {@code from} up to {@code end} in the text is one only Swedish writes so. */
    static boolean holdsSwedishWord(String text, Tokens tokens, int from, int end) {
        for (int k = from; k < tokens.size() && tokens.start(k) < end; k++) {
            if (tokens.isLowerCase(k) && SWEDISH.contains(text, tokens.start(k), tokens.end(k))) {
                return true;
            }
        }
        return false;
    }
}
