package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Words the other rules took for names that the text uses for something else: a street ("the Baker
 * Street entrance"), a thing with a name of its own ("neuvotteluhuone Kuikka"), a place before its
 * premises ("Oulun toimisto", "the London office"), a word after an English article ("the Bell
 * icon"), a firm ("Marks & Spencer"), a month in a date ("starts 4 Jan", "due in May").
 */
final class NotAPerson {

    /** Months that are also given names ("May from next week …" is the month). */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** Months and their abbreviations, which are dates beside a day number or after a preposition of time ("4 Jan", "in May"). */
    private static final WordSet MONTH_WORDS = WordSet.of(MONTHS, Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec"),
            // Swedish, whose months are written in lower case and "augusti" is a given name's form to a tagger
            Set.of("januari", "februari", "mars", "maj", "juni", "juli", "augusti", "oktober"));
    private static final WordSet TIME_PREPOSITIONS = WordSet.of(Set.of("in", "by", "since", "until", "till", "from",
            "before", "after", "during", "of", "early", "late", "mid", "next", "last", "this",
            "i", "från", "före", "efter", "sedan", "nästa", "förra", "senast"));
    /** Words that join the months of a list ("in April, then August", "i juni och augusti"). */
    private static final WordSet JOINING_WORDS = WordSet.of(Set.of("and", "or", "then", "to", "och", "eller", "ja", "tai"));
    private static final WordSet ARTICLES = WordSet.of(Set.of("the", "a", "an"));
    /** What a place has, by base form: "Salon toimisto" is the town's office, not Salo's. */
    private static final WordSet PREMISES = WordSet.of(Set.of(
            "toimisto", "pääkonttori", "konttori", "toimipiste", "toimipaikka", "sivutoimisto", "kampus", "myymälä",
            "tehdas", "varasto", "sairaala", "yksikkö", "office", "branch", "site", "campus", "store", "plant",
            // a carrier's depot and a warehouse ("depot Leeds", "varasto Kokkola")
            "depot", "warehouse", "terminaali", "terminal", "lager"));
    /** English premises, uninflected: the capitalised word before one is a place. */
    private static final WordSet ENGLISH_PREMISES = WordSet.of(Set.of(
            "office", "offices", "branch", "site", "campus", "store", "plant", "warehouse", "headquarters", "hq",
            "factory", "datacenter", "datacentre"));
    /**
     * Job titles and departments, which are no one's name ("Senior Accountant Faith Whitlock", "HR Advisor |
     * Customer Care").
     */
    private static final WordSet TITLE_WORDS = WordSet.of(Set.of("accountant", "advisor", "adviser",
            "lead", "manager", "engineer", "coordinator", "director", "officer", "assistant", "specialist", "analyst",
            "administrator", "consultant", "controller", "intern", "senior", "junior", "principal", "associate",
            "executive", "supervisor", "technician", "architect", "developer", "operations", "engineering",
            "facilities", "procurement", "care"));
    /**
     * Capitalised words after a name that make a firm or a product of it and are no plural noun of
     * {@link EnglishNouns} ("Crystal Reports", whose "report" is mostly a verb; "Alma Media", "Tieto Group"), and the
     * service desk's own units ("assigned to Service Desk", "Front Desk", "Customer Support", "Service Centre").
     */
    private static final WordSet FIRM_WORDS = WordSet.of(Set.of("reports", "analytics", "media", "group", "software",
            "desk", "support", "centre", "center"));
    /**
     * A firm's function that heads a team's name after the kind of work it does ("Inside Sales", "Channel Sales",
     * "Field Marketing"); a surname too ("Maria Sales"), so only after a word that is no given name.
     */
    private static final WordSet FUNCTIONS = WordSet.of(Set.of("sales", "marketing"));
    private static final int LONGEST_TITLE_WORD = 13;
    /**
     * Kinds of software and devices, in lower case after the name a product or service has ("Wells Fargo portal",
     * "Philips monitor", "Orion Cloud server"): general words of the service desk's trade, with no product's name
     * listed; a person's thing would take the possessive ("Liam Kelly's monitor").
     */
    private static final WordSet PRODUCT_NOUNS = WordSet.of(Set.of("portal", "network", "app", "platform", "printer",
            "monitor", "server", "cloud", "suite", "database", "dashboard", "intranet", "plugin", "tool", "channel",
            "account", "workspace", "pipeline", "instance", "cluster", "licence", "license", "subscription",
            "integration", "repository", "environment", "mailbox"));
    private static final int LONGEST_PRODUCT_NOUN = 12;
    /**
     * Swedish verbs that the English noun list also holds ("var", "tar", "vet", "sitter"): after a name they are the
     * verb of its sentence ("Bengt var på kontoret", "Signe tar hand om det"), not a thing the name names.
     */
    private static final WordSet SWEDISH_VERBS = WordSet.of(Set.of("var", "tar", "vet", "sitter"));
    /**
     * Punctuation as a dictation says it, which speech recognition writes out ("dear doctor Ek comma thank you"): after a
     * name it is the mark that ends the name's phrase, not a thing the name names. A closed class.
     */
    private static final WordSet SPOKEN_MARKS = WordSet.of(Set.of("comma", "colon", "semicolon"));
    /**
     * Streets: the capitalised word before one names the street ("the Baker Street entrance"). An array, read
     * without an iterator, as every name and the word after it are compared with each.
     */
    private static final String[] STREETS = {"street", "road", "avenue", "lane", "square", "drive", "boulevard",
            "way", "place", "crescent", "terrace", "gardens", "mews", "embankment", "quay", "wharf", "parade", "esplanade"};
    /**
     * The street words that are no one's surname, unlike "Lane", "Way", "Place" or "Drive": after a street's name they
     * are the street's whatever follows.
     */
    private static final WordSet STREETS_NO_SURNAME = WordSet.of(Set.of("street", "road", "avenue", "boulevard",
            "square", "crescent", "terrace", "gardens", "mews", "embankment", "quay", "wharf", "parade", "esplanade"));
    /** For each first letter of {@link #STREETS}, a bit for each length of those that begin with it: most words fail on these. */
    private static final int[] STREET_LENGTHS = lengthsByInitial(STREETS);
    /**
     * Places of a street's or a hospital's that are common surnames ("Glenn Close", "Rachel Ward"): a place only after a
     * preposition or determiner and a word that is no given name ("at Pankhurst Close", "in Nightingale Ward").
     */
    private static final WordSet PLACES_LIKE_SURNAMES = WordSet.of(Set.of("close", "ward", "court", "wing"));
    private static final int LONGEST_PLACE_LIKE_SURNAME = 5;
    /** Determiners and prepositions before a street's name ("the Baker Street entrance", "in Stone Street"). */
    private static final WordSet BEFORE_PLACES = WordSet.of(Set.of("the", "in", "on", "at", "from", "of", "via", "to",
            "near", "off", "our", "your", "into", "onto"));
    /**
     * Venues a person's name may name ("Temple Bar", "Victoria Station"); not "Hall" or "Park", common surnames, nor a
     * hotel's word, whose name {@link Venues} reads wherever it stands.
     */
    private static final WordSet VENUES = WordSet.of(Set.of("bar", "pub", "tavern", "café", "cafe",
            "restaurant", "station", "airport", "stadium", "theatre", "theater", "museum"));
    private static final int LONGEST_VENUE = 10;
    private static final WordSet AT_PLACES = WordSet.of(Set.of("at", "in", "near", "the", "opposite", "outside"));
    /** Things with names of their own, by base form: the capitalised word after one is its name ("neuvotteluhuone Kuikka"). */
    private static final WordSet NAMED_THINGS = WordSet.of(Set.of(
            "huone", "neuvotteluhuone", "kokoushuone", "sali", "kokoustila", "tila", "palvelin", "tulostin", "projekti",
            "hanke", "järjestelmä", "tiimi", "room", "server", "printer", "project", "system",
            // Swedish rooms in the definite form, before the name they bear ("i salen Strindberg")
            "salen", "rummet", "mötesrummet", "konferensrummet", "hallen"));

    /**
     * Words that give a team, a project, an operation or a storm a name of their own when capitalised before it
     * ("Team Heron", "Project Robin", "Storm Babet"): general words of the kind, not a set's look-alikes.
     */
    private static final WordSet NAMING_WORDS = WordSet.of(Set.of("team", "project", "projekti", "hanke", "operation",
            "storm", "myrsky"));
    private static final int LONGEST_NAMING_WORD = 9;
    /** Degrees by their abbreviations, in their own letter case: "DI" is a degree, "di" a surname's particle. */
    private static final WrittenWords DEGREES = WrittenWords.of("PhD", "DPhil", "MSc", "BSc", "DSc", "MBA", "BBA", "LLM",
            "DI", "FM", "KTM", "TkT", "FT", "KTT", "YTM", "VTM", "HTM", "TkL", "FK", "KTK");

    private NotAPerson() {
    }

    /** A month's name in lower case. */
    static boolean isMonth(String lower) {
        return MONTHS.contains(lower);
    }

    /** Takes the name off the words that the text uses as a street, a named thing, a place, a word or a firm. */
    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        StreetAddresses.unmark(text, tokens, words, names);
        MacAddresses.unmark(text, tokens, names);
        for (int t = 0; t < n; t++) {
            if (t + 1 < n && (names[t] || names[t + 1]) && isPlaceAfterPreposition(text, tokens, words, t)) {
                names[t] = false;
                names[t + 1] = false;
            } else if (names[t] && t + 1 < n && isStreet(text, tokens, t)) {
                names[t] = false;
                // "the Will Street site": before a word in lower case, the street's word too, which may also be a
                // surname ("According to Siobhan Lane, …" keeps it); a street word that is no one's surname always
                // ("moves to Nelson Road.").
                names[t + 1] &= !(t + 2 < n && tokens.spaced(t + 1, t + 2) && tokens.isLowerCase(t + 2)
                        || STREETS_NO_SURNAME.contains(text, tokens.start(t + 1), tokens.end(t + 1)));
            } else if (t + 1 < n && isAddress(text, tokens, words, names, t)) {
                // "14 Nelson Street", "Churchill Way, Leeds": the street's word too, which may also be a surname, and
                // the town that ends the address.
                names[t] = false;
                names[t + 1] = false;
                if (isTownAfterStreet(text, tokens, words, t + 2)) {
                    names[t + 2] = false;
                }
            } else if (names[t] && t + 1 < n && isStreetOfNoGivenName(text, tokens, words, names, t)) {
                names[t] = false;
                names[t + 1] = false;
            } else if (t + 1 < n && (names[t] || names[t + 1]) && isVenue(text, tokens, t)) {
                names[t] = false;
                names[t + 1] = false;
            } else if (names[t] && isPossessiveStreet(text, tokens, t)) {
                names[t] = false;
            } else if (names[t] && t > 0 && (isNamedThing(text, tokens, words, t - 1) && !asWhom(text, tokens, words, t)
                    || isNamedByItsKind(text, tokens, names, t))) {
                names[t] = false;
                // The kind's word too, which the name tagger may take for the name's first part ("Printer Curie").
                names[t - 1] = false;
            }
        }
        for (int t = 0; t + 1 < n; t++) {
            // "Salon toimisto", "Rannan kampus": a place, or a surname that is also a word, before premises; not a surname
            // after a given name ("Tuomas Kantolammen toimistolla": at that person's office; "Ursula Mannerheimintien
            // toimistossa" is a street's).
            if (names[t] && words[t].is(NameLexicon.Word.PLACE | NameLexicon.Word.COMMON) && isPremises(text, tokens, words, t + 1)
                    && !isSurnameAfterGivenName(text, tokens, words, names, t)) {
                names[t] = false;
            }
            // "the London office", "Grace period": an uninflected English premises word or a common noun makes a
            // place or a thing of a lone capitalised name before it (not of "Liam Kelly office", "Grant Bill
            // access", nor of "Kelly's office" or the Swedish genitive "Sjöstedts team"); of a name that is no word only where a clause begins or after a
            // determiner or preposition, or a bracket ("Jenkins pipeline", "at Victoria station", "a new Jenkins server",
            // "(Perth office)"; not "give Priscilla access").
            if (names[t] && tokens.isCapitalised(t) && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1)
                    && isPremisesOrThing(text, tokens, t + 1) && !NameWords.isGenitiveS(text, tokens, words[t], t)
                    && (isAfterDeterminer(text, tokens, t) || !(t > 0 && (names[t - 1] || tokens.isCapitalised(t - 1))
                    && tokens.spaced(t - 1, t)) && !isSurnameAfterInitials(text, tokens, words[t], t)
                    && (isAlsoAWord(words[t]) || beginsClause(text, tokens, t) || opensBracket(text, tokens, t)))) {
                names[t] = false;
            }
        }
        for (int t = 0; t + 2 < n; t++) {
            if (names[t] && isHeadBeforeOf(text, tokens, words, names, t)) {
                names[t] = false;
            }
        }
        for (int t = 1; t < n; t++) {
            if (names[t] && (isAfterArticle(text, tokens, words, t) || isFirm(text, tokens, words, t))) {
                names[t] = false;
            }
        }
        for (int t = 0; t < n; t++) {
            if (names[t] && (isTitleWord(text, tokens, t) || isTown(text, tokens, t))) {
                names[t] = false;
            } else if ((names[t] || t + 1 < n && names[t + 1]) && t + 1 < n && tokens.spaced(t, t + 1)
                    && tokens.isCapitalised(t) && isFirmWord(text, tokens, t + 1)
                    && (words[t + 1] == null || !NameWords.isAnyName(words[t + 1]))) {
                // "Crystal Reports", "Swift Payments", "Alma Media": a firm's or product's name, both words; after a
                // given name the word is the person's surname and the plural alone is no name ("Ilmari Laine Eggs …").
                names[t] = names[t] && isAfterGivenName(tokens, words, names, t);
                names[t + 1] = false;
            } else if ((names[t] || t + 1 < n && names[t + 1]) && isTeamOfAFunction(text, tokens, words, t)) {
                names[t] = false;
                names[t + 1] = false;
            } else if ((names[t] || t + 1 < n && names[t + 1]) && isProductOfTwoWords(text, tokens, t)) {
                names[t] = false;
                names[t + 1] = false;
            }
        }
        ThingsThatFail.unmark(text, tokens, words, names);
    }

    /**
     * "Bill of materials", "Joy of joys": a lone capitalised name that is also an English word, before "of" and a
     * word in lower case, heads a noun phrase; a person is named "of" a capitalised team or firm ("Grace of HR"), or of
     * one in lower case before what they said ("Bill of finance called").
     */
    private static boolean isHeadBeforeOf(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        return tokens.isCapitalised(t) && words[t] != null && words[t].is(NameLexicon.Word.ENGLISH_WORD)
                && tokens.is(t + 1, "of") && tokens.spaced(t, t + 1) && tokens.spaced(t + 1, t + 2) && tokens.isLowerCase(t + 2)
                && !(t > 0 && (names[t - 1] || tokens.isCapitalised(t - 1)) && tokens.spaced(t - 1, t))
                && !(t + 3 < tokens.size() && NamesBeforeReportingVerbs.isReportingVerb(text, tokens, t + 3));
    }

    /**
     * "Evidence sent; I. Olabarrieta-Zubiaurre cc'd", "K. Luhtisalo cc": a capitalised word after a person's initials is
     * their surname, as after a given name, before a noun too; the initials' full stop ends no sentence there. Not a
     * word English also writes ("U.S. Bank branch", "A. Grace period"), which the initials of a firm or a place lead to.
     */
    private static boolean isSurnameAfterInitials(String text, Tokens tokens, NameLexicon.Word word, int t) {
        return Initials.start(text, tokens, t) < tokens.start(t) && !(word != null && word.is(NameLexicon.Word.ENGLISH_WORD));
    }

    /** An English premises word or a common noun, which makes a thing of the name before it ("Grace period"). */
    private static boolean isPremisesOrThing(String text, Tokens tokens, int t) {
        // Asked only of a word in lower case, which WordSet's folding leaves as it is.
        return (ENGLISH_PREMISES.contains(text, tokens.start(t), tokens.end(t))
                || EnglishNouns.contains(text, tokens.start(t), tokens.end(t)) || isProductNoun(text, tokens, t))
                && !SurnameParticles.opensSurname(text, tokens, t) && !SWEDISH_VERBS.contains(text, tokens.start(t), tokens.end(t))
                && !SPOKEN_MARKS.contains(text, tokens.start(t), tokens.end(t));
    }

    /** "Inside Sales", "Channel Sales": a capitalised word that is no given name before a firm's function. */
    private static boolean isTeamOfAFunction(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return t + 1 < tokens.size() && tokens.isCapitalised(t) && tokens.isCapitalised(t + 1) && tokens.spaced(t, t + 1)
                && !(words[t] != null && words[t].is(NameLexicon.Word.FIRST))
                && FUNCTIONS.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    /**
     * "access to Wells Fargo portal", "Young Professionals network": two capitalised words, the first opening
     * the run of capitals, before a kind of software or device in lower case name a product or a service.
     */
    private static boolean isProductOfTwoWords(String text, Tokens tokens, int t) {
        return t + 2 < tokens.size() && tokens.isCapitalised(t) && tokens.isCapitalised(t + 1) && tokens.spaced(t, t + 1)
                && tokens.spaced(t + 1, t + 2) && isProductNoun(text, tokens, t + 2)
                && !(t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t));
    }

    private static boolean isProductNoun(String text, Tokens tokens, int t) {
        return tokens.isLowerCase(t) && tokens.length(t) <= LONGEST_PRODUCT_NOUN
                && PRODUCT_NOUNS.contains(text, tokens.start(t), tokens.end(t));
    }

    /** An academic degree written as its abbreviation is ("PhD Peppi Sinisalo", "Giuseppe Ricciardi MSc", "DI Veera …"). */
    private static boolean isDegree(String text, Tokens tokens, int t) {
        // No degree begins another, so the first that begins the word is the only one that can be all of it.
        return tokens.length(t) <= 5 && DEGREES.endOfFirstAt(text, tokens.start(t)) == tokens.end(t);
    }

    /** A job title's or department's word, or a degree: a word beside a name that is no part of it. */
    static boolean isTitleWord(String text, Tokens tokens, int t) {
        return tokens.isCapitalised(t) && tokens.length(t) <= LONGEST_TITLE_WORD
                && (TITLE_WORDS.contains(text, tokens.start(t), tokens.end(t)) || FIRM_WORDS.contains(text, tokens.start(t), tokens.end(t)))
                || isDegree(text, tokens, t);
    }

    /** A given name marked right before the word: the word is the surname of a person's full name. */
    private static boolean isAfterGivenName(Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        return t > 0 && names[t - 1] && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1) && words[t - 1] != null
                && NameWords.isGivenName(words[t - 1]);
    }

    /** A capitalised plural of a common noun ("Payments", "Controls", "Systems") or one of {@link #FIRM_WORDS}. */
    private static boolean isFirmWord(String text, Tokens tokens, int t) {
        if (!tokens.isCapitalised(t)) {
            return false;
        }
        int start = tokens.start(t);
        int end = tokens.end(t);
        return text.charAt(end - 1) == 's' && EnglishNouns.contains(text, start, end) || FIRM_WORDS.contains(text, start, end);
    }

    /** "Leeds LS1 4AP": the word right before a British postcode is a town. */
    private static boolean isTown(String text, Tokens tokens, int t) {
        return isPostcodeAfter(text, tokens.end(t));
    }

    /** A space and a British postcode at {@code i}: " LS1 4AP", " SW1A 2AA". */
    private static boolean isPostcodeAfter(String text, int at) {
        int i = at;
        // Every name is asked: a digit one or two characters after the space (the outward code's) before the loops.
        if (i + 7 > text.length() || text.charAt(i) != ' ' || !Character.isDigit(text.charAt(i + 2)) && !Character.isDigit(text.charAt(i + 3))) {
            return false;
        }
        int letters = 0;
        for (i++; i < text.length() && Character.isUpperCase(text.charAt(i)) && letters < 3; i++) {
            letters++;
        }
        int outward = 0;
        for (; i < text.length() && Character.isLetterOrDigit(text.charAt(i)) && outward < 3; i++) {
            outward++;
        }
        return letters >= 1 && letters <= 2 && outward >= 1 && Character.isDigit(text.charAt(at + 1 + letters))
                && i + 4 <= text.length() && text.charAt(i) == ' ' && Character.isDigit(text.charAt(i + 1))
                && Character.isUpperCase(text.charAt(i + 2)) && Character.isUpperCase(text.charAt(i + 3));
    }

    /**
     * "starts 4 Jan", "due in May", "both know Thu 10 Dec", "on 4th Jan", "planned for June": a month beside a day
     * number or an ordinal, after a preposition of time or a participle and "for", not before a surname; a day of the week where the text uses it as a date ({@link Weekdays}).
     */
    static boolean isDate(String text, Tokens tokens, boolean[] names, int t) {
        if (Weekdays.isDate(text, tokens, t)) {
            return true;
        }
        if (tokens.length(t) > 9 || !MONTH_WORDS.contains(text, tokens.start(t), tokens.end(t))
                || t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1)) {
            return false;
        }
        return digitBefore(text, tokens.start(t)) || digitAfter(text, tokens.end(t)) || ordinalBefore(text, tokens.start(t))
                || t > 0 && tokens.spaced(t - 1, t) && TIME_PREPOSITIONS.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                || isPlannedFor(text, tokens, t) || afterAMonthThatIsADate(text, tokens, names, t);
    }

    /** "4th Jan", "22nd June": an English ordinal's digits and suffix, and a space, right before {@code start}. */
    private static boolean ordinalBefore(String text, int start) {
        int suffix = start - 3;
        return suffix > 0 && text.charAt(start - 1) == ' ' && Character.isDigit(text.charAt(suffix - 1))
                && (text.startsWith("st", suffix) || text.startsWith("nd", suffix) || text.startsWith("rd", suffix)
                || text.startsWith("th", suffix));
    }

    /**
     * "planned for June", "scheduled for May": a participle and "for" before a month make it a time, where "a gift for
     * June" names whom it is for.
     */
    private static boolean isPlannedFor(String text, Tokens tokens, int t) {
        return t > 1 && tokens.is(t - 1, "for") && tokens.spaced(t - 1, t) && tokens.spaced(t - 2, t - 1)
                && tokens.isLowerCase(t - 2) && tokens.length(t - 2) > 4 && text.startsWith("ed", tokens.end(t - 2) - 2);
    }

    /** The next month of a list of dates: "in April and June", "in June, then August", "i juni och augusti". */
    private static boolean afterAMonthThatIsADate(String text, Tokens tokens, boolean[] names, int t) {
        int before = t - 1;
        boolean joined = before > 0 && tokens.spaced(before, t) && JOINING_WORDS.contains(text, tokens.start(before), tokens.end(before));
        if (joined) {
            before--;
        }
        if (before < 0 || !joined && text.charAt(tokens.end(before)) != ',') {
            return false;
        }
        for (int i = tokens.end(before); i < tokens.start(before + 1); i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != ',') {
                return false;
            }
        }
        return isMonthWord(text, tokens, before) && isDate(text, tokens, names, before);
    }

    /** A month's name or abbreviation ("Dec", "December"), in any case. */
    static boolean isMonthWord(String text, Tokens tokens, int t) {
        return tokens.length(t) <= 9 && MONTH_WORDS.contains(text, tokens.start(t), tokens.end(t));
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

    /** "the Bell icon", "the Green Room": a name that is also a word, after an English article, is the word. */
    private static boolean isAfterArticle(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return tokens.length(t - 1) <= 3 && tokens.spaced(t - 1, t) && ARTICLES.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                && words[t] != null && !words[t].isOnlyName() && !SurnameParticles.opensSurname(text, tokens, t - 1);
    }

    /**
     * "Marks & Spencer": capitalised words joined by an ampersand name a firm; two given names so joined are two people
     * ("Mari & Jussi from the Oulu team"), unless a possessive makes them a brand ("Ben & Jerry's"), and so are two
     * sharing a list item's task ("• Jocasta & Tallulah: Jenkins upgrade", {@link NameLayout#pairOpeningItem}). A firm
     * joins bare surnames or a surname and a firm's word ("Ernst & Young", "Virtanen & Co"); a person's full name on
     * either side makes the pair people ("Anna Virtanen & Pekka Lehtonen", "Sarah Jones & Mark", "Anna & Pekka Virtanen").
     */
    static boolean isFirm(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (text.startsWith(" & ", tokens.end(t)) && t + 1 < tokens.size() && tokens.isCapitalised(t + 1)) {
            return !arePeople(text, tokens, words, t, t + 1);
        }
        return t > 0 && text.startsWith(" & ", tokens.end(t - 1)) && tokens.start(t) == tokens.end(t - 1) + 3 && tokens.isCapitalised(t - 1)
                && !arePeople(text, tokens, words, t - 1, t);
    }

    /** The words {@code left} and {@code right} joined by an ampersand belong to two people, not a firm's name. */
    private static boolean arePeople(String text, Tokens tokens, NameLexicon.Word[] words, int left, int right) {
        return twoGivenNames(text, tokens, words, left, right) || NameLayout.pairOpeningItem(text, tokens, words, left) >= 0
                || left > 0 && isFullName(text, tokens, words, left - 1, left)
                || right + 1 < tokens.size() && isFullName(text, tokens, words, right, right + 1);
    }

    /** "Anna Virtanen", "Mark Smith": a given name the lists know, then a capitalised name, spaced; no possessive after. */
    private static boolean isFullName(String text, Tokens tokens, NameLexicon.Word[] words, int given, int surname) {
        return tokens.spaced(given, surname) && tokens.isCapitalised(given) && tokens.isCapitalised(surname)
                && isAnyGivenName(words[given])
                && words[surname] != null && NameWords.isAnyName(words[surname])
                && !text.startsWith("'s", tokens.end(surname)) && !text.startsWith("’s", tokens.end(surname));
    }

    private static boolean twoGivenNames(String text, Tokens tokens, NameLexicon.Word[] words, int first, int second) {
        // Both given names and nothing else: "Ernst" is one, but "Young", a surname too, makes "Ernst & Young" a firm.
        return isGivenName(words[first]) && isGivenName(words[second]) && !text.startsWith("'s", tokens.end(second))
                && !text.startsWith("’s", tokens.end(second));
    }

    /** A given name by any list, also one that is a surname or a word too ("Anna", "Mark"). */
    private static boolean isAnyGivenName(NameLexicon.Word w) {
        return w != null && w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST);
    }

    /** A given name and nothing else ("Heikki", "Jussi"; not "Johnson" of "Johnson & Johnson", "Young" of "Ernst & Young"). */
    private static boolean isGivenName(NameLexicon.Word w) {
        return w != null && w.isOnlyName() && w.is(NameLexicon.Word.FIRST) && !w.is(NameLexicon.Word.LAST)
                && !w.is(NameLexicon.Word.ENGLISH_WORD | NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST);
    }

    /**
     * "the Baker Street entrance", "in Stone Street": a street after a determiner or preposition, or
     * before a word in lower case; not a person whose surname is a street word ("customer Joy Lane (…)").
     */
    private static boolean isStreet(String text, Tokens tokens, int t) {
        if (!isStreetWord(text, tokens, t + 1) || !tokens.spaced(t, t + 1)) {
            return false;
        }
        return (isAfterPlaceWord(text, tokens, t) || t + 2 < tokens.size() && tokens.spaced(t + 1, t + 2) && tokens.isLowerCase(t + 2));
    }

    /**
     * "Location: room 4, Cromwell Road": a capitalised word that is no given name before a street word no one bears as
     * a surname ("Road", "Street", "Avenue") names the street, wherever it stands; not after another name, nor a given
     * name, which the other street rules decide ("Victoria Road": a given name before a capitalised word is as often a
     * person's).
     */
    private static boolean isStreetOfNoGivenName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        return tokens.isCapitalised(t) && tokens.spaced(t, t + 1) && isStreetWord(text, tokens, t + 1)
                && STREETS_NO_SURNAME.contains(text, tokens.start(t + 1), tokens.end(t + 1))
                && !(words[t] != null && words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST))
                && !(t > 0 && names[t - 1] && tokens.spaced(t - 1, t));
    }

    /**
     * "The office is at Dickens Lane.", "The review is in Nightingale Ward.": after a preposition or determiner, a
     * capitalised word that is no given name before a street's or ward's word names the place, both words; the street
     * word may be a surname, but a person's surname comes after a given name ("According to Siobhan Lane").
     */
    private static boolean isPlaceAfterPreposition(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (!tokens.isCapitalised(t) || !tokens.spaced(t, t + 1) || !isAfterPlaceWord(text, tokens, t)
                || words[t] != null && words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)) {
            return false;
        }
        return isStreetWord(text, tokens, t + 1) || tokens.isCapitalised(t + 1)
                && tokens.length(t + 1) <= LONGEST_PLACE_LIKE_SURNAME
                && PLACES_LIKE_SURNAMES.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    /** A name that is also a word or a place ("Grace", "Noble", "Salo"), or a word the lexicon does not know. */
    private static boolean isAlsoAWord(NameLexicon.Word w) {
        return w == null || !w.isOnlyName() || w.is(NameLexicon.Word.ENGLISH_WORD);
    }

    /**
     * The first word of a sentence, a line or a clause after a comma, semicolon or colon, also where a quotation
     * opens after it ('reacted to your message: "McKinsey is back up"').
     */
    static boolean beginsClause(String text, Tokens tokens, int t) {
        if (tokens.beginsSentence(t)) {
            return true;
        }
        int i = tokens.start(t) - 1;
        if (i >= 0 && (text.charAt(i) == '"' || text.charAt(i) == '“')) {
            i--;
        }
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (text.charAt(i) == ',' || text.charAt(i) == ';' || text.charAt(i) == ':');
    }

    /** "Liisa Salo (Perth office)": the word right after an opening bracket. */
    private static boolean opensBracket(String text, Tokens tokens, int t) {
        return tokens.start(t) > 0 && text.charAt(tokens.start(t) - 1) == '(';
    }

    /** After a preposition or an article, or an article and a word in lower case ("a new Braille display"). */
    private static boolean isAfterDeterminer(String text, Tokens tokens, int t) {
        return isAfterPlaceWord(text, tokens, t) || t > 0 && tokens.spaced(t - 1, t)
                && (ARTICLES.contains(text, tokens.start(t - 1), tokens.end(t - 1)) || t > 1 && tokens.isLowerCase(t - 1)
                && tokens.spaced(t - 2, t - 1) && ARTICLES.contains(text, tokens.start(t - 2), tokens.end(t - 2))
                && EnglishWords.contains(text, tokens.start(t - 1), tokens.end(t - 1)));
    }

    private static boolean isAfterPlaceWord(String text, Tokens tokens, int t) {
        return t > 0 && tokens.spaced(t - 1, t) && BEFORE_PLACES.contains(text, tokens.start(t - 1), tokens.end(t - 1));
    }

    /**
     * "Deliver to 8 King's Road", "the Queen's Drive entrance": a possessive before a street word names the street,
     * after a house number or a determiner or preposition; not before a word in lower case alone ("Jarmo's Road
     * trip photos").
     */
    private static boolean isPossessiveStreet(String text, Tokens tokens, int t) {
        int s = t + 1;
        if (s + 1 >= tokens.size() || !tokens.is(s, "s") || tokens.start(s) != tokens.end(t) + 1
                || text.charAt(tokens.end(t)) != '\'' && text.charAt(tokens.end(t)) != '’'
                || !tokens.spaced(s, s + 1) || !isStreetWord(text, tokens, s + 1)) {
            return false;
        }
        return digitBefore(text, tokens.start(t)) || isAfterPlaceWord(text, tokens, t);
    }

    /**
     * A street in an address: after a house number ("12 Nelson Street"), or before a comma and a town or a postcode
     * ("Churchill Way, Leeds", "Regent Square, EH1 1YZ").
     */
    private static boolean isAddress(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        // Every name is asked: the shape bits and a street word's letter and length first, then a house number or comma.
        if (!names[t] && !names[t + 1] || !tokens.isCapitalised(t) || !isStreetWord(text, tokens, t + 1)) {
            return false;
        }
        boolean numbered = digitBefore(text, tokens.start(t));
        if (!numbered && !text.startsWith(", ", tokens.end(t + 1)) || !tokens.spaced(t, t + 1)) {
            return false;
        }
        return numbered || isPostcodeAfter(text, tokens.end(t + 1) + 1)
                || t + 2 < tokens.size() && tokens.start(t + 2) == tokens.end(t + 1) + 2
                && tokens.isCapitalised(t + 2) && (isTown(text, tokens, t + 2) || !NameWords.isAnyName(words[t + 2])
                || isTownAfterStreet(text, tokens, words, t + 2));
    }

    /**
     * "Nelson Street, Preston.": after a street's comma one capitalised word that ends the address is its town, though it
     * bear a surname, unless it is a given name, which names whom the sentence speaks to ("Thanks, Grace Lane, Matti.").
     */
    private static boolean isTownAfterStreet(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return t < tokens.size() && tokens.start(t) == tokens.end(t - 1) + 2 && text.charAt(tokens.end(t - 1)) == ','
                && tokens.isCapitalised(t) && StreetAddresses.endsTheAddress(text, tokens.end(t))
                && !words[t].is(NameLexicon.Word.FIRST);
    }

    /**
     * "Team dinner is at Temple Bar", "in the Victoria Station": one capitalised word and a venue's word after "at",
     * "in", "near" or "the" name a place; not after "to", "from" or "with", which take people too ("to Tal Bar").
     */
    private static boolean isVenue(String text, Tokens tokens, int t) {
        return t > 0 && tokens.isCapitalised(t) && tokens.isCapitalised(t + 1) && tokens.spaced(t, t + 1) && tokens.spaced(t - 1, t)
                && tokens.length(t + 1) <= LONGEST_VENUE && VENUES.contains(text, tokens.start(t + 1), tokens.end(t + 1))
                && AT_PLACES.contains(text, tokens.start(t - 1), tokens.end(t - 1));
    }

    /** A capitalised street word ("Street", "Road", "Way"). */
    static boolean isStreetWord(String text, Tokens tokens, int t) {
        if (!tokens.isCapitalised(t)) {
            return false;
        }
        // A word with an ASCII capital whose letter and length no street word has is none; any other capital is compared in full.
        char first = text.charAt(tokens.start(t));
        int length = tokens.length(t);
        if (first < 128 && (length >= Integer.SIZE || (STREET_LENGTHS[(first | 0x20) - 'a'] >>> length & 1) == 0)) {
            return false;
        }
        for (var word : STREETS) {
            if (tokens.is(t, word)) {
                return true;
            }
        }
        return false;
    }

    private static int[] lengthsByInitial(String[] lowerCaseWords) {
        var lengths = new int['z' - 'a' + 1];
        for (var word : lowerCaseWords) {
            lengths[word.charAt(0) - 'a'] |= 1 << word.length();
        }
        return lengths;
    }

    /**
     * "Team Ivy", "Project Robin": a capitalised word of {@link #NAMING_WORDS} before a name, unless a surname follows it
     * ("Project Robin Hughes") or an address of the message is the two words' ("Storm Urquhart
     * &lt;storm.urquhart@…&gt;", "Storm Featherstone &lt;sfeatherstone@…&gt;": a given name that is a word).
     */
    private static boolean isNamedByItsKind(String text, Tokens tokens, boolean[] names, int t) {
        return tokens.isCapitalised(t - 1) && tokens.length(t - 1) <= LONGEST_NAMING_WORD && tokens.spaced(t - 1, t)
                && NAMING_WORDS.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                && !(t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1))
                && !AddressLocalParts.isAddressOf(text, text.substring(tokens.start(t - 1), tokens.end(t - 1)), text.substring(tokens.start(t), tokens.end(t)));
    }

    /**
     * "Hän on järjestelmässä Ahtiaisena", "kirjattiin järjestelmään Markuksena": a name in the essive after the kind's
     * word in a case of its own says as whom someone stands there; the thing's own name stands beside its word's base
     * form ("palvelin Kuikka", "neuvotteluhuone Kuikassa"). So does a surname of a word of the land, which Voikko reads
     * as an ordinary compound or not at all ("järjestelmässä Koivumäkenä": {@link TopographicSurnames}).
     */
    private static boolean asWhom(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var kind = words[t - 1];
        var name = words[t];
        var base = name == null ? null : name.isName() ? name.base() : TopographicSurnames.baseForm(text, tokens.start(t), tokens.end(t), name);
        return kind != null && base != null && NameWords.isEssive(text, tokens.start(t), tokens.end(t), base)
                && !(kind.ordinaryBase() != null && tokens.is(t - 1, kind.ordinaryBase()));
    }

    /** A kind of thing with names of its own before the word, also capitalised ("Printer Curie jammed", "book Room Curie"). */
    private static boolean isNamedThing(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (!tokens.spaced(t, t + 1) || !(tokens.isLowerCase(t) || tokens.isCapitalised(t))) {
            return false;
        }
        var w = words[t];
        return NAMED_THINGS.contains(text, tokens.start(t), tokens.end(t))
                || w != null && w.ordinaryBase() != null && NAMED_THINGS.contains(w.ordinaryBase(), 0, w.ordinaryBase().length());
    }

    /**
     * The word at {@code t}, a surname by its readings or a word of the land's ({@link TopographicSurnames}), follows a
     * given name marked as one, one space before it: the word is that person's surname.
     */
    private static boolean isSurnameAfterGivenName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        return t > 0 && names[t - 1] && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1)
                && words[t - 1] != null && words[t - 1].is(NameLexicon.Word.FIRST) && !words[t - 1].is(NameLexicon.Word.PLACE)
                && (words[t].is(NameLexicon.Word.LAST) || TopographicSurnames.is(text, tokens.start(t), tokens.end(t), words[t]));
    }

    private static boolean isPremises(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return tokens.spaced(t - 1, t) && isPremisesWord(text, tokens, words[t], t);
    }

    /** A premises word in lower case, also inflected ("toimisto", "myymälästä", "branch"). */
    static boolean isPremisesWord(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return tokens.isLowerCase(t) && (PREMISES.contains(text, tokens.start(t), tokens.end(t))
                || w != null && w.ordinaryBase() != null && PREMISES.contains(w.ordinaryBase(), 0, w.ordinaryBase().length()));
    }
}
