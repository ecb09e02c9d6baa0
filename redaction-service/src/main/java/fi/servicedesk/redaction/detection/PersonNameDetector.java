package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everyone's names, not only the subject's (R3.2, R8.2): a colleague beside their e-mail, a
 * name in the genitive before what it owns, a manager after "esimieheni" or "my manager", a first
 * name after a greeting. The readings come from {@link NameLexicon} (Voikko, so any inflection:
 * "Hirvoselle" is the surname Hirvonen); the rules decide which readings the text uses:
 * <ul>
 *   <li>a word that is only a name ("Jarmon", "Hirvoselle", also in lower case) is one;</li>
 *   <li>a capitalised word that is a name and also an ordinary word or a place ("Laine", "Matti",
 *       "Mäkelä") is one inside a sentence, not where a sentence begins ("Anna minulle …"), and
 *       never in lower case ("laine", "koskinen");</li>
 *   <li>two spaced capitalised words of which one is a first or last name are one person's
 *       ("Anna Laine", "Jarmo Smithson", "Sven Virtanen");</li>
 *   <li>after a cue — a greeting or thanks, "cc:", "regards", "ask", "kysy", a title or role such
 *       as "esimieheni", "kollega", "my manager", "Mr" — one or two capitalised words that are
 *       not places or ordinary words, or a lower-case name, are a name.</li>
 * </ul>
 * The finding's value is the base form, so "Hirvonen", "Hirvosen" and "Hirvoselle" share one
 * placeholder.
 */
public final class PersonNameDetector implements Detector {

    /** Greetings and thanks, after which the next word is a name if it can be one (in lower case). */
    private static final Set<String> CUES = Set.of(
            "hei", "hej", "moi", "moikka", "moro", "terve", "heippa", "huomenta", "päivää", "kiitos", "kiitti",
            "kiitokset", "terveisin", "t", "yt", "mvh", "hälsningar", "hi", "hello", "hey", "dear", "thanks", "thx",
            "regards", "cheers");
    /**
     * Words that name a person next ("kysy", "soitin", "cc", "ask", "ping", "Mr"): a capitalised word after
     * one inside a sentence is a name even when it is also an ordinary word ("Soitin Kivelle", "Mr Gray").
     */
    private static final Set<String> PERSON_CUES = Set.of(
            "kysy", "kysyin", "kysyn", "kysykää", "kysyisitkö", "yhteyttä", "soita", "soitin", "soittakaa", "cc", "kopio",
            "ask", "asked", "contact", "cc'd", "leaver", "starter", "joiner", "lähtijä", "ping", "pingaa", "pingasin",
            "pingaan", "tiedoksi", "fyi", "mr", "mrs", "ms", "miss", "dr", "herra", "rouva", "tohtori");
    /** Verbs before "to", "with" or "by" that hand something to a person: "spoke to Gray", "approved by Hunt". */
    private static final Set<String> PERSON_VERBS = Set.of(
            "spoke", "speak", "talked", "talk", "handed", "hand", "gave", "give", "given", "forwarded", "forward",
            "escalated", "escalate", "assigned", "reassigned", "sent", "send", "passed", "pass", "approved", "raised",
            "reported", "requested", "signed", "submitted", "opened", "handled", "replaced", "covered");
    /** What one leaves for a person: "Left a voicemail for Park". */
    private static final WordSet MESSAGES = WordSet.of(Set.of("voicemail", "message", "note", "callback"));
    /** Particles a person cue may have before the name: "kysyin jo Toivolta". */
    private static final Set<String> PARTICLES = Set.of("jo", "vielä", "myös", "nyt", "taas", "also", "again");
    /** Months that are also given names ("May from next week …" is the month). */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** Months and their abbreviations, which are dates beside a day number or after a preposition of time ("4 Jan", "in May"). */
    private static final WordSet MONTH_WORDS = WordSet.of(MONTHS, Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec"));
    private static final WordSet TIME_PREPOSITIONS = WordSet.of(Set.of("in", "by", "since", "until", "till", "from",
            "before", "after", "during", "of", "early", "late", "mid", "next", "last", "this"));
    /**
     * Verbs that report what a person said or did, after the person: "Bill mentioned …", "Priit Warsame
     * ilmoitti …". Before one, a capitalised word that can be a name is one even where it is also a word.
     * Past tenses, and "wants": an application asks and requests in the present ("Okta Verify pyytää sitä").
     */
    private static final WordSet REPORTING_VERBS = WordSet.of(Set.of(
            "mentioned", "said", "wants", "wanted", "asked", "called", "wrote", "reported", "told", "confirmed",
            "noticed", "thinks", "thought", "replied", "emailed", "ilmoitti", "sanoi", "kertoi", "soitti", "pyysi",
            "kysyi", "kirjoitti", "huomasi", "vahvisti", "mainitsi", "vastasi"));
    /** Where a person is asked about after "onko": "onko toivo jo paikalla?", "onks sulo tänään etänä?" */
    private static final Set<String> PRESENCE = Set.of("jo", "tänään", "paikalla", "töissä", "etänä", "lomalla",
            "kipeänä", "vapaalla", "talossa", "toimistolla", "linjoilla", "tavoitettavissa", "vielä", "siellä", "täällä");
    /** English auxiliaries that open a question ("Will Lily be back?", "May Joy join?"), some of them given names too. */
    private static final WordSet AUXILIARIES = WordSet.of(Set.of("will", "may", "can", "shall", "could", "would", "should",
            "must", "might", "did", "does", "do", "is", "are", "was", "has", "have"));
    /** Where only a person is, so that after "onko" an unknown word in lower case before one is a name ("onks emre tänään etänä?"). */
    private static final Set<String> PERSON_PLACES = Set.of("paikalla", "töissä", "etänä", "lomalla", "kipeänä",
            "vapaalla", "toimistolla", "linjoilla", "tavoitettavissa", "sairauslomalla");
    /** Forms of "saada" before whom one reaches: "En saanut Priitiä kiinni". */
    private static final WordSet REACH = WordSet.of(Set.of("saanut", "sain", "saa", "saan", "saisin", "saatko", "saitko",
            "saada", "saimme", "saaneet"));
    private static final WordSet ARTICLES = WordSet.of(Set.of("the", "a", "an"));
    private static final WordSet IS_THERE = WordSet.of(Set.of("onko", "onks", "onkos", "onkohan", "oliko", "oliks"));
    /** Titles and roles by base form (Voikko's), so "esimieheni", "esimiehelle" and "kollegani" count. */
    private static final Set<String> ROLES = Set.of(
            "esimies", "lähiesimies", "esihenkilö", "lähiesihenkilö", "kollega", "työkaveri", "työtoveri", "päällikkö",
            "johtaja", "tiiminvetäjä", "vetäjä", "agentti", "asiakas", "manager", "colleague", "boss", "supervisor",
            "coworker", "teammate", "lead", "agent", "director", "customer", "user", "käyttäjä", "varahenkilö", "sijainen",
            "hyväksyjä", "käsittelijä", "approver", "assignee", "requester");
    /**
     * What a person has, by base form: a surname that is also a word, at the start of a sentence,
     * is a name before one ("Harjun kone", "Rantalan tili"); a place has offices ("Salon toimisto").
     */
    private static final Set<String> POSSESSIONS = Set.of(
            "kone", "tietokone", "läppäri", "kannettava", "työasema", "puhelin", "kännykkä", "tili", "tunnus",
            "käyttäjätunnus", "salasana", "sähköposti", "postilaatikko", "kalenteri", "näyttö", "hiiri", "näppäimistö",
            "lupa", "käyttöoikeus", "oikeus", "pyyntö", "tiketti", "lomake", "kortti", "kulkukortti", "laskut", "lasku");

    /** What a place has, by base form: "Salon toimisto" is the town's office, not Salo's. */
    private static final Set<String> PREMISES = Set.of(
            "toimisto", "pääkonttori", "konttori", "toimipiste", "toimipaikka", "sivutoimisto", "kampus", "myymälä",
            "tehdas", "varasto", "sairaala", "yksikkö", "office", "branch", "site", "campus", "store", "plant");

    /** Streets: the capitalised word before one names the street ("the Baker Street entrance"). */
    private static final Set<String> STREETS = Set.of("street", "road", "avenue", "lane", "square", "drive", "boulevard");
    /** Determiners and prepositions before a street's name ("the Baker Street entrance", "in Stone Street"). */
    private static final WordSet BEFORE_PLACES = WordSet.of(Set.of("the", "in", "on", "at", "from", "of", "via", "to",
            "near", "off", "our", "your", "into", "onto"));
    /** Things with names of their own, by base form: the capitalised word after one is its name ("neuvotteluhuone Kuikka"). */
    private static final Set<String> NAMED_THINGS = Set.of(
            "huone", "neuvotteluhuone", "kokoushuone", "sali", "kokoustila", "tila", "palvelin", "tulostin", "projekti",
            "hanke", "järjestelmä", "room", "server", "printer", "project", "system");

    /** English premises, uninflected: the capitalised word before one is a place. */
    private static final Set<String> ENGLISH_PREMISES = Set.of(
            "office", "offices", "branch", "site", "campus", "store", "plant", "warehouse", "headquarters", "hq",
            "factory", "datacenter", "datacentre");

    /* The cue sets as they are asked of each word, without a lower-cased copy of it. */
    private static final WordSet GREETING_WORDS = WordSet.of(CUES);
    private static final WordSet PERSON_CUE_WORDS = WordSet.of(PERSON_CUES, ROLES);
    private static final WordSet PERSON_VERB_WORDS = WordSet.of(PERSON_VERBS);

    private final NameLexicon lexicon;

    public PersonNameDetector(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        var tokens = message.words();
        int n = tokens.size();
        if (n == 0) {
            return;
        }
        var words = new NameLexicon.Word[n];
        var names = new boolean[n];
        for (int t = 0; t < n; t++) {
            if (tokens.isCapitalised(t)) {
                words[t] = lexicon.lookup(text, tokens.start(t), tokens.end(t));
                var w = words[t];
                // A surname that is also a word opens a sentence as the word ("Kivi osui …", "Mäen takana"), unless
                // what follows makes it a person (a first name, a reporting verb, a possession: rules below).
                names[t] = (w.isOnlyName() || w.isName() && !tokens.beginsSentence(t)
                        || w.is(NameLexicon.Word.LAST) && !w.is(NameLexicon.Word.PLACE)
                        && !(w.is(NameLexicon.Word.COMMON) && tokens.beginsSentence(t)))
                        // "Hand the badge to …", "Grant me access": an English word opening a sentence is that word.
                        && !(tokens.beginsSentence(t) && w.is(NameLexicon.Word.ENGLISH_WORD));
            } else if (tokens.isLowerCase(t) && tokens.length(t) > 2) {
                words[t] = lexicon.lookup(text, tokens.start(t), tokens.end(t));
                names[t] = words[t].isOnlyNameInLowerCase();
            }
        }
        for (int t = 0; t < n; t++) {
            // "Megan's laptop": the English possessive makes a name of a first name that opens a sentence.
            if (!names[t] && words[t] != null && words[t].isName() && tokens.isCapitalised(t) && possessive(text, tokens.end(t))) {
                names[t] = true;
            }
            // "Grace from HR says hi": a given name that is also a word, before "from".
            if (!names[t] && words[t] != null && words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)
                    && tokens.isCapitalised(t) && t + 1 < n && tokens.is(t + 1, "from") && tokens.spaced(t, t + 1)
                    && !MONTHS.contains(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT))) {
                names[t] = true;
            }
        }
        for (int t = 0; t + 1 < n; t++) {
            pairs(text, tokens, words, names, t);
            // "Harjun kone", "Karhun vanha kone": a surname in the genitive before what a person has.
            if (!names[t] && words[t] != null && words[t].is(NameLexicon.Word.LAST) && tokens.isCapitalised(t)
                    && (isPossession(tokens, words, t + 1) || t + 2 < n && isAdjective(tokens, words, t + 1)
                    && isPossession(tokens, words, t + 2))) {
                names[t] = true;
            }
        }
        for (int t = 0; t + 1 < n; t++) {
            // A cue matters only before a word that can be a name; most words are not before one.
            boolean candidateNext = tokens.isCapitalised(t + 1) || words[t + 1] != null && words[t + 1].isName()
                    || t + 2 < n && words[t + 2] != null && words[t + 2].isName();
            if (candidateNext && isPersonCue(text, tokens, words, t)) {
                afterCue(text, tokens, words, names, t, !isSpeakerLabel(text, tokens, t));
            } else if (candidateNext && isCue(text, tokens, t)) {
                afterCue(text, tokens, words, names, t, false);
            }
        }
        for (int t = 0; t + 1 < n; t++) {
            if (tokens.isCapitalised(t) && !names[t] && !(t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t))
                    && reportsNext(text, tokens, t)) {
                beforeReportingVerb(text, tokens, words, names, t);
            }
            if (mayAskWhetherThere(text, tokens, t) && IS_THERE.contains(text, tokens.start(t), tokens.end(t))) {
                askedAbout(text, tokens, words, names, t + 1);
            }
            if (!names[t] && isReached(text, tokens, words, t)) {
                names[t] = true;
            }
            if (!names[t] && words[t] != null && isChatSpeaker(text, tokens, t)) {
                names[t] = words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_FIRST
                        | NameLexicon.Word.PAIRED_LAST) || tokens.isCapitalised(t) && !words[t].isKnown();
            }
        }
        NameContext.find(text, tokens, words, names);
        for (int t = 0; t < n; t++) {
            if (names[t] && (t + 1 < n && isStreet(text, tokens, t) || t > 0 && isNamedThing(text, tokens, words, t - 1))) {
                names[t] = false;
            }
        }
        for (int t = 0; t + 1 < n; t++) {
            if (names[t] && words[t].is(NameLexicon.Word.PLACE) && isPremises(text, tokens, words, t + 1)) {
                names[t] = false;
            }
            // "the London office", "our Austin site": an uninflected English premises word makes a place of a
            // lone capitalised name before it (not of "Liam Kelly office", nor of "Kelly's office").
            if (names[t] && tokens.isCapitalised(t) && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1)
                    && ENGLISH_PREMISES.contains(text.substring(tokens.start(t + 1), tokens.end(t + 1)))
                    && !(t > 0 && names[t - 1] && tokens.spaced(t - 1, t))) {
                names[t] = false;
            }
        }
        for (int t = 1; t < n; t++) {
            if (names[t] && (isAfterArticle(text, tokens, words, t) || isFirm(text, tokens, t))) {
                names[t] = false;
            }
        }
        NameContext.sameNameElsewhere(text, tokens, words, names);
        NameContext.mentions(text, lexicon, findings);
        for (int t = 0; t < n; t++) {
            if (names[t] && !isDate(text, tokens, names, t)) {
                var w = words[t];
                var value = w.base() != null && w.isName() ? w.base() : text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
                findings.add(new Finding(EntityType.NAME, tokens.start(t), tokens.end(t), value));
            }
        }
    }

    /** The cheap test before {@link #IS_THERE}'s: four to seven letters from "o", a word in lower case after. */
    private static boolean mayAskWhetherThere(String text, Tokens tokens, int t) {
        int length = tokens.length(t);
        return length >= 4 && length <= 7 && (text.charAt(tokens.start(t)) | 0x20) == 'o' && tokens.isLowerCase(t + 1);
    }

    /** "the Bell icon", "the Green Room": a name that is also a word, after an English article, is the word. */
    private static boolean isAfterArticle(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return tokens.length(t - 1) <= 3 && tokens.spaced(t - 1, t) && ARTICLES.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                && words[t] != null && !words[t].isOnlyName();
    }

    /** "Marks & Spencer": capitalised words joined by an ampersand name a firm. */
    private static boolean isFirm(String text, Tokens tokens, int t) {
        return text.startsWith(" & ", tokens.end(t)) && t + 1 < tokens.size() && tokens.isCapitalised(t + 1)
                || text.startsWith(" & ", tokens.end(t - 1)) && tokens.start(t) == tokens.end(t - 1) + 3 && tokens.isCapitalised(t - 1);
    }

    /**
     * A reporting verb follows the word, or a second capitalised word and then one ("Priit Warsame
     * ilmoitti"), also after "from" and where the person works ("Abdi from finance asked").
     */
    private static boolean reportsNext(String text, Tokens tokens, int t) {
        int verb = t + 1 < tokens.size() && tokens.isCapitalised(t + 1) && tokens.spaced(t, t + 1) ? t + 2 : t + 1;
        if (verb + 2 < tokens.size() && tokens.is(verb, "from") && tokens.spaced(verb - 1, verb) && tokens.spaced(verb, verb + 1)) {
            verb += 2;
        }
        return verb < tokens.size() && tokens.length(verb) >= 4 && tokens.length(verb) <= 9 && tokens.isLowerCase(verb)
                && tokens.spaced(verb - 1, verb) && REPORTING_VERBS.contains(text, tokens.start(verb), tokens.end(verb));
    }

    /** "En saanut Priitiä kiinni": whom one did not reach, between a form of "saada" and "kiinni". */
    private static boolean isReached(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return t > 0 && t + 1 < tokens.size() && words[t] != null && tokens.isCapitalised(t) && tokens.is(t + 1, "kiinni")
                && tokens.spaced(t - 1, t) && tokens.spaced(t, t + 1) && REACH.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                && isPersonWord(text, tokens, words[t], t);
    }

    /**
     * "Bill mentioned …", "Shirin mentioned …": one capitalised word that can be a name, a word too, or
     * an unknown word that is no product, before a reporting verb is one; two capitalised words there
     * are a first name and a surname if each is a name or unknown and neither a product ("Priit Warsame ilmoitti").
     */
    private static void beforeReportingVerb(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        boolean two = tokens.isCapitalised(t + 1) && tokens.spaced(t, t + 1);
        if (two) {
            if (isPersonWord(text, tokens, words[t], t) && isPersonWord(text, tokens, words[t + 1], t + 1)) {
                names[t] = true;
                names[t + 1] = true;
            }
        } else if (isAnyName(words[t]) && !NameLexicon.isMaker(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT))
                || isPersonWord(text, tokens, words[t], t)) {
            names[t] = true;
        }
    }

    /** A name reading of any kind, or an unknown word, that is no product, maker or word of the service desk. */
    private static boolean isPersonWord(String text, Tokens tokens, NameLexicon.Word w, int t) {
        var lower = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        return !NameLexicon.isThingOrWord(lower) && (isAnyName(w) || !w.isKnown());
    }

    /** A given name or surname by Voikko, the lists or the US lists, even one that is also a word ("Bill", "Armas"). */
    private static boolean isAnyName(NameLexicon.Word w) {
        return w.is(NameLexicon.Word.FIRST | NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST);
    }

    /**
     * "onko toivo jo paikalla?": a given name in lower case after "onko", before a word of where a person
     * is; an unknown word or a US-list name that is also a word there ("onks emre tänään etänä?", "onks armas
     * etänä?") needs a word only a person is (etänä, lomalla) within two.
     */
    private static void askedAbout(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (t + 1 >= tokens.size() || words[t] == null || !tokens.spaced(t - 1, t) || !tokens.spaced(t, t + 1)) {
            return;
        }
        if (words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)) {
            names[t] |= PRESENCE.contains(text.substring(tokens.start(t + 1), tokens.end(t + 1)));
        } else if (!words[t].isKnown() || words[t].is(NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST)) {
            names[t] |= PERSON_PLACES.contains(text.substring(tokens.start(t + 1), tokens.end(t + 1)))
                    || t + 2 < tokens.size() && tokens.spaced(t + 1, t + 2)
                    && PERSON_PLACES.contains(text.substring(tokens.start(t + 2), tokens.end(t + 2)));
        }
    }

    /** "[10:42] dale: is it down?": the word between a chat log's time stamp and a colon is who wrote the line. */
    private static boolean isChatSpeaker(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (end >= text.length() || text.charAt(end) != ':') {
            return false;
        }
        int i = tokens.start(t) - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i > 0 && text.charAt(i) == ']' && Character.isDigit(text.charAt(i - 1));
    }

    /** "Agent: Who's …", "Asiakas: Se on …": a role opening a line before a colon labels what a speaker says. */
    private static boolean isSpeakerLabel(String text, Tokens tokens, int t) {
        return tokens.end(t) < text.length() && text.charAt(tokens.end(t)) == ':' && tokens.beginsSentence(t)
                && ROLES.contains(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT));
    }

    /** "starts 4 Jan", "due in May": a month beside a day number or after a preposition of time, not before a surname. */
    private static boolean isDate(String text, Tokens tokens, boolean[] names, int t) {
        if (tokens.length(t) > 9 || !MONTH_WORDS.contains(text, tokens.start(t), tokens.end(t))
                || t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1)) {
            return false;
        }
        return digitBefore(text, tokens.start(t)) || digitAfter(text, tokens.end(t))
                || t > 0 && tokens.spaced(t - 1, t) && TIME_PREPOSITIONS.contains(text, tokens.start(t - 1), tokens.end(t - 1));
    }

    private static boolean digitBefore(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '.')) {
            i--;
        }
        return i >= 0 && i < start - 1 && Character.isDigit(text.charAt(i));
    }

    private static boolean digitAfter(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '.')) {
            i++;
        }
        return i > end && i < text.length() && Character.isDigit(text.charAt(i));
    }

    /** "Anna Laine", "Jarmo Smithson", "Sven Virtanen": capitalised, spaced, one of them a first or last name. */
    private static void pairs(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int next = t + 1;
        if (!tokens.isCapitalised(t) || !tokens.isCapitalised(next) || !tokens.spaced(t, next)) {
            return;
        }
        var first = words[t];
        var second = words[next];
        // "Olen Olivia": a name only the lists know, that Voikko reads as an ordinary word, opening a sentence is that word.
        if (first.is(NameLexicon.Word.LISTED) && first.ordinaryBase() != null && tokens.beginsSentence(t)) {
            return;
        }
        // "Will Lily be back …?": an English auxiliary opening a question is the verb, whatever name it also is;
        // "Mark Aleksi Lampinen as the owner": so is an English word opening a sentence before a full name.
        if (first.is(NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD) && tokens.beginsSentence(t)
                && (AUXILIARIES.contains(text, tokens.start(t), tokens.end(t)) && isQuestion(text, tokens.end(next))
                || first.is(NameLexicon.Word.ENGLISH_WORD) && next + 1 < tokens.size() && tokens.isCapitalised(next + 1)
                && tokens.spaced(next, next + 1) && words[next + 1].isName())) {
            return;
        }
        // An unknown or place-like second word needs a first word that is surely a name ("Anna Outlookin" is not one).
        boolean firstThenName = first.is(NameLexicon.Word.FIRST)
                && (second.isName() || second.is(NameLexicon.Word.PAIRED_LAST)
                || names[t] && (!second.isKnown() || second.is(NameLexicon.Word.PLACE)));
        // "Can Ilkka get …": an unknown word opening a sentence (an English one, to Voikko) pairs with a surname only.
        boolean unknownThenSurname = !first.isKnown() && second.is(NameLexicon.Word.LAST) && (names[next] || second.isOnlyName())
                && !(tokens.beginsSentence(t) && second.is(NameLexicon.Word.FIRST));
        // "Hope Harris": a given name that is also a word, before a surname that is none.
        boolean pairedThenSurname = first.is(NameLexicon.Word.PAIRED_FIRST) && second.is(NameLexicon.Word.LAST)
                && !second.is(NameLexicon.Word.COMMON) && !second.is(NameLexicon.Word.PLACE);
        // "Heikki Rinne", "Katja Kivi": a first name that is one on its own, before a capitalised Finnish word.
        boolean nameThenWord = names[t] && first.is(NameLexicon.Word.FIRST) && second.is(NameLexicon.Word.COMMON)
                && !NameLexicon.isThingOrWord(text.substring(tokens.start(next), tokens.end(next)).toLowerCase(Locale.ROOT));
        // "Luovutin koneen Armas Rautiolle": inside a sentence, a capitalised Finnish word before a surname that is only one.
        boolean wordThenSurname = !tokens.beginsSentence(t) && first.is(NameLexicon.Word.COMMON) && !first.is(NameLexicon.Word.ENGLISH_WORD)
                && second.is(NameLexicon.Word.LAST) && second.isOnlyName()
                && !NameLexicon.isThingOrWord(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT));
        if (firstThenName || unknownThenSurname || pairedThenSurname || nameThenWord || wordThenSurname) {
            names[t] = true;
            names[next] = true;
        }
    }

    /** The sentence that goes on at {@code from} ends with a question mark. */
    private static boolean isQuestion(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (c == '.' || c == '!' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    private static boolean possessive(String text, int end) {
        return end + 2 <= text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && text.charAt(end + 1) == 's'
                && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    private static boolean isAdjective(Tokens tokens, NameLexicon.Word[] words, int t) {
        return words[t] != null && tokens.isLowerCase(t) && tokens.spaced(t - 1, t) && words[t].is(NameLexicon.Word.ADJECTIVE);
    }

    private static boolean isPossession(Tokens tokens, NameLexicon.Word[] words, int t) {
        var w = words[t];
        return w != null && tokens.isLowerCase(t) && tokens.spaced(t - 1, t) && w.ordinaryBase() != null
                && POSSESSIONS.contains(w.ordinaryBase());
    }

    /**
     * "the Baker Street entrance", "in Stone Street": a street after a determiner or preposition, or
     * before a word in lower case; not a person whose surname is a street word ("customer Joy Lane (…)").
     */
    private static boolean isStreet(String text, Tokens tokens, int t) {
        if (!tokens.spaced(t, t + 1) || !tokens.isCapitalised(t + 1)) {
            return false;
        }
        boolean street = false;
        for (var word : STREETS) {
            street |= tokens.is(t + 1, word);
        }
        return street && (t > 0 && tokens.spaced(t - 1, t) && BEFORE_PLACES.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                || t + 2 < tokens.size() && tokens.spaced(t + 1, t + 2) && tokens.isLowerCase(t + 2));
    }

    private static boolean isNamedThing(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (!tokens.spaced(t, t + 1) || !tokens.isLowerCase(t)) {
            return false;
        }
        var w = words[t];
        return NAMED_THINGS.contains(text.substring(tokens.start(t), tokens.end(t)))
                || w != null && w.ordinaryBase() != null && NAMED_THINGS.contains(w.ordinaryBase());
    }

    private static boolean isPremises(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (!tokens.spaced(t - 1, t) || !tokens.isLowerCase(t)) {
            return false;
        }
        var w = words[t];
        var lower = text.substring(tokens.start(t), tokens.end(t));
        return PREMISES.contains(lower) || w != null && w.ordinaryBase() != null && PREMISES.contains(w.ordinaryBase());
    }

    private static boolean isCue(String text, Tokens tokens, int t) {
        if (tokens.length(t) > 10) {
            return false;
        }
        return GREETING_WORDS.contains(text, tokens.start(t), tokens.end(t))
                || tokens.is(t, "you") && t > 0 && tokens.is(t - 1, "thank");
    }

    private static boolean isPersonCue(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int length = tokens.length(t);
        if (length > 14) {
            return false;
        }
        if (PERSON_CUE_WORDS.contains(text, tokens.start(t), tokens.end(t))) {
            return true;
        }
        if ((tokens.is(t, "to") || tokens.is(t, "with") || tokens.is(t, "by")) && t > 0 && tokens.spaced(t - 1, t)
                && PERSON_VERB_WORDS.contains(text, tokens.start(t - 1), tokens.end(t - 1))) {
            return true;
        }
        // "forward mail to Usko", "send that to arjun": a person verb, one word it hands on, "to".
        if (tokens.is(t, "to") && t > 1 && tokens.spaced(t - 2, t - 1) && tokens.spaced(t - 1, t) && tokens.isLowerCase(t - 1)
                && PERSON_VERB_WORDS.contains(text, tokens.start(t - 2), tokens.end(t - 2))) {
            return true;
        }
        if (tokens.is(t, "for") && t > 0 && tokens.spaced(t - 1, t) && MESSAGES.contains(text, tokens.start(t - 1), tokens.end(t - 1))) {
            return true;
        }
        if (tokens.is(t, "of") && t > 0 && tokens.is(t - 1, "behalf")) {
            return true;
        }
        // "esimieheni", "Esihenkilöni", "kollegalle": Voikko's base form is the role.
        var w = words[t];
        return w != null && !w.isName() && w.ordinaryBase() != null && ROLES.contains(w.ordinaryBase());
    }

    /** One or two words after a cue that can be a name are one. */
    private static void afterCue(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int cue, boolean person) {
        int from = cue;
        if (person && cue + 1 < tokens.size() && tokens.spaced(cue, cue + 1)
                && PARTICLES.contains(text.substring(tokens.start(cue + 1), tokens.end(cue + 1)))) {
            from = cue + 1;
        }
        for (int t = from + 1; t <= from + 2 && t < tokens.size(); t++) {
            boolean reachable = t == from + 1 ? tokens.adjacent(from, t) : tokens.spaced(t - 1, t);
            boolean name = canBeName(tokens, words[t], t)
                    || person && (isProperNoun(text, tokens, words[t], t) || isGivenNameInLowerCase(text, tokens, words[t], t))
                    || t == cue + 1 && isAddressed(text, tokens.end(t)) && (isGivenNameInLowerCase(text, tokens, words[t], t)
                    || isAddressedByName(text, tokens, words[t], t));
            if (!reachable || !name) {
                return;
            }
            names[t] = true;
        }
    }

    /**
     * "Hello Armas,": the capitalised word a greeting addresses, if it can be a name at all (not "Hei
     * Kaikki!", "Moi Tiimi,") and is no product or word of address ("Hi Team,").
     */
    private static boolean isAddressedByName(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return w != null && tokens.isCapitalised(t) && !tokens.beginsSentence(t) && isPersonWord(text, tokens, w, t);
    }

    /** The word is the one addressed: a comma, "!" or the end of the text follows ("thx holly, works now"). */
    private static boolean isAddressed(String text, int end) {
        return end == text.length() || text.charAt(end) == ',' || text.charAt(end) == '!';
    }

    /** "ping faith", "ask will": after a person cue a given name that is also a word, in lower case (not a month). */
    private static boolean isGivenNameInLowerCase(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return w != null && tokens.isLowerCase(t) && w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)
                && !MONTHS.contains(text.substring(tokens.start(t), tokens.end(t)));
    }

    private static boolean canBeName(Tokens tokens, NameLexicon.Word w, int t) {
        if (w == null) {
            return false;
        }
        if (tokens.isCapitalised(t)) {
            // "Mr Vesala", "esimieheni Vesala": Voikko knows Vesala as a place only.
            return w.isName() || !w.isKnown() || w.is(NameLexicon.Word.PLACE) && !w.is(NameLexicon.Word.COMMON);
        }
        // In lower case a name Voikko knows ("hei tuija"), or a listed one that is no word ("thx derek"; not
        // "hei, olen …": Olen is listed, and Voikko reads it as a verb).
        return w.isName() && (!w.is(NameLexicon.Word.LISTED)
                || !w.is(NameLexicon.Word.COMMON | NameLexicon.Word.PLACE | NameLexicon.Word.ENGLISH_WORD));
    }

    /**
     * A capitalised word inside a sentence that is an ordinary word too ("Kivelle", "Rinne", "Gray"):
     * after a cue that names a person, the capital makes it a name, unless it is a maker.
     */
    private static boolean isProperNoun(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return w != null && tokens.isCapitalised(t) && !tokens.beginsSentence(t)
                && !NameLexicon.isMaker(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT))
                && (w.isName() || w.is(NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST)
                || !NameLexicon.isThingOrWord(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT)));
    }
}
