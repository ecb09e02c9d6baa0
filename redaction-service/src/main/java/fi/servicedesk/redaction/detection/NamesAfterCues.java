package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Names after a cue: one or two words after a greeting or thanks ("hei Tuija", "thx holly,"), and
 * after a word that names a person next — "cc:", "kysy/ask", "ping", "Mr", a verb with "to/with/by"
 * ("spoke to Gray"), "a voicemail for", "on behalf of", or a role by Voikko's base form
 * ("esimieheni", "kollegalle", "my manager").
 */
final class NamesAfterCues {

    /**
     * Greetings and thanks, after which the next word is a name if it can be one (in lower case): Finnish, Swedish and
     * English, and those of the languages mail to a Finnish service desk mixes in (German, French, Estonian, Spanish,
     * Italian), which the lists of names take for names where they open a line ("Hallo Kasun,", "Bonjour Endang,").
     */
    private static final Set<String> SALUTATIONS = Set.of(
            "hei", "hej", "moi", "moikka", "moro", "terve", "heippa", "huomenta", "päivää", "hi", "hello", "hey", "dear",
            "hiya", "howdy", "morjens", "moikku", "hejsan", "tjena", "hallå", "hallo", "servus", "moin", "grüezi",
            "bonjour", "bonsoir", "salut", "coucou", "hola", "ciao", "buongiorno");
    /** Thanks and closings, which a signature's name may follow after a blank line ("Terveisin,\n\nAnna Laine"). */
    private static final Set<String> THANKS = Set.of(
            "kiitos", "kiitti", "kiitokset", "terveisin", "terkuin", "t", "yt", "mvh", "hälsningar", "thanks", "thx",
            "regards", "cheers", "terkkuja", "terkut", "danke", "merci", "aitäh", "gracias", "grazie");
    /** German's greetings of two words, whose second is capitalised as a noun ("Guten Tag Nilar Soe,"). */
    private static final WordSet GERMAN_GREETING_NOUNS = WordSet.of(Set.of("tag", "morgen", "abend"));
    /**
     * Words that name a person next ("kysy", "soitin", "cc", "ask", "ping", "Mr"): a capitalised word after
     * one inside a sentence is a name even when it is also an ordinary word ("Soitin Kivelle", "Mr Gray").
     */
    private static final Set<String> PERSON_CUES = Set.of(
            "kysy", "kysyin", "kysyn", "kysykää", "kysyisitkö", "yhteyttä", "soita", "soitin", "soittakaa", "cc", "kopio",
            "ask", "asked", "contact", "cc'd", "leaver", "starter", "joiner", "lähtijä", "ping", "pingaa", "pingasin",
            "pingaan", "tiedoksi", "fyi", "herra", "rouva", "tohtori",
            // a title before a name, also with its full stop ("Dr. Nkechi Fox-Pitt", "prof. Ánte Porsanger")
            "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame", "tri",
            // a clergy's title ("The vicar, Revd Kaapro Äystö", "Rev. Ama Mensah", "Kyrkoherde Hellä Tähkäpää")
            "revd", "rev",
            // a council's member in its minutes ("Present: Cllr Ines Varela (Chair)", "Councillor Hale")
            "cllr", "councillor", "councilor",
            // whom one tells, escalates to or pages: "Ilmoitin Tammelle", "eskaloi Honkalle", "paged Crane", "let Lumi know"
            "ilmoitin", "ilmoita", "ilmoittakaa", "eskaloi", "eskaloin", "paged", "pinged", "let",
            // whom one told, e-mailed or follows at work: "told Eimear", "emailed Imogen", "is shadowing Kuura"
            "told", "tell", "emailed", "shadowing",
            // an agent's shorthand for the customer and their manager in an after-call note ("cust Iiris Haukka rang",
            // "Mgr Nino Beridze to approve"), for whom to call back ("CB Barber tmrw am", "Takais. Tammelle huom.") and
            // for the one who handles the case next ("käsitt. Giorgi Javakhishvili")
            "cust", "mgr", "cb", "takais", "käsitt",
            // a maiden name after its cue ("Liisa Laine (omaa sukua Kivi)", "Jane Smith née Gray", "Emma Brown, born
            // Stone", "Anna Lind, född Berg"): a family name whatever else the word is
            "sukua", "née", "born", "född");
    /** Titles, which a full stop may end before the name ("Dr. Fox-Pitt", "Prof. Krüger", "tri Aalto"). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "mx", "miss", "dr", "prof", "tri", "revd", "rev", "cllr",
            // and the shorthand of an after-call note, which a full stop ends as it ends a title ("Takais. Tammelle")
            "takais", "käsitt");
    /** {@link #TITLES} as asked of a word, without a lower-cased copy of it. */
    private static final WordSet TITLE_WORDS = WordSet.of(TITLES);
    /** Verbs before "to", "with" or "by" that hand something to a person: "spoke to Gray", "approved by Hunt". */
    private static final Set<String> PERSON_VERBS = Set.of(
            "assign", "spoke", "speak", "talked", "talk", "handed", "hand", "gave", "give", "given", "forwarded", "forward",
            "escalated", "escalate", "assigned", "reassigned", "sent", "send", "passed", "pass", "approved", "raised",
            "reported", "requested", "signed", "submitted", "opened", "handled", "replaced", "covered");
    /**
     * A verb or noun and the preposition that then names a person, beyond a verb's "to/with/by": "waiting on Niamh",
     * "covering for Ronan", "thanks to Eimear", "sat with Max", "loop in Agata".
     */
    private static final WordSet PERSON_PHRASES = WordSet.of(Set.of(
            "waiting on", "covering for", "thanks to", "out to", "sat with", "met with", "meeting with",
            "confirm with", "check with", "checked with", "paired with", "working with", "loop in", "looping in", "looped in"));
    /** The prepositions that end a {@link #PERSON_PHRASES person phrase}: a word before one of them is asked, no other. */
    private static final WordSet PHRASE_ENDS = WordSet.of(Set.of("on", "for", "to", "with", "in"));
    /** What one leaves for a person or gets from one: "Left a voicemail for Park", "sms from Tamsin: running late". */
    private static final WordSet MESSAGES = WordSet.of(Set.of("voicemail", "message", "note", "callback", "email", "sms",
            "text", "call"));
    /**
     * English modal verbs that are also given names ("Will", "May", "Can"): after a role, which is a
     * noun, the word is the sentence's verb ("our lead will call"); after a verb cue it is the person
     * ("ask will").
     */
    private static final WordSet MODALS = WordSet.of(Set.of("will", "may", "can", "shall", "might", "must"));
    /** Particles a person cue may have before the name: "kysyin jo Toivolta". */
    private static final Set<String> PARTICLES = Set.of("jo", "vielä", "myös", "nyt", "taas", "also", "again");
    /** Titles and roles by base form (Voikko's), so "esimieheni", "esimiehelle" and "kollegani" count. */
    private static final Set<String> ROLES = Set.of(
            "esimies", "lähiesimies", "esihenkilö", "lähiesihenkilö", "kollega", "työkaveri", "työtoveri", "päällikkö",
            "johtaja", "tiiminvetäjä", "vetäjä", "agentti", "asiakas", "manager", "colleague", "boss", "supervisor",
            "coworker", "teammate", "lead", "agent", "director", "customer", "user", "caller", "käyttäjä", "varahenkilö", "sijainen",
            "hyväksyjä", "käsittelijä", "approver", "assignee", "requester", "intern", "trainee", "harjoittelija",
            "kesäharjoittelija", "contractor", "consultant", "konsultti",
            // who is on call and who guides a starter: "Päivystäjä Anke Schröder", "Buddy: Kanya"
            "päivystäjä", "buddy", "mentor",
            // who answers a web chat: "[14.30] Tukihenkilö Kaija:", "Asiakaspalvelija Ronja"
            "tukihenkilö", "asiakaspalvelija", "palveluneuvoja",
            // the clergy of a parish's office: "kirkkoherra Into Rantanen", "Kyrkoherde Hellä Tähkäpää", "the vicar"
            "kirkkoherra", "kappalainen", "pastori", "pappi", "kyrkoherde", "komminister", "präst", "pastor", "vicar",
            "rector", "curate", "chaplain",
            // a role said before the surname as a form of address: "Nurse Ratched", "Coach Taylor", "Officer Daniels"
            "nurse", "coach", "officer", "sergeant", "detective", "inspector", "constable", "captain", "judge",
            "professor", "doctor");

    /* The cue sets as they are asked of each word, without a lower-cased copy of it. */
    private static final WordSet GREETING_WORDS = WordSet.of(SALUTATIONS, THANKS);
    private static final WordSet SALUTATION_WORDS = WordSet.of(SALUTATIONS);
    private static final WordSet PERSON_CUE_WORDS = WordSet.of(PERSON_CUES, ROLES);
    private static final WordSet PERSON_VERB_WORDS = WordSet.of(PERSON_VERBS);
    private static final WordSet ROLE_WORDS = WordSet.of(ROLES);

    private NamesAfterCues() {
    }

    /** {@code text[start, end)} is a greeting a name follows ("Hei", "Hej", "Hi", "Dear"), in any case. */
    static boolean isSalutation(String text, int start, int end) {
        return SALUTATION_WORDS.contains(text, start, end);
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t + 1 < n; t++) {
            // A cue matters only before a word that can be a name; most words are not before one.
            boolean candidateNext = tokens.isCapitalised(t + 1) || words[t + 1] != null && words[t + 1].isName()
                    || t + 2 < n && words[t + 2] != null && words[t + 2].isName();
            if (candidateNext && isPersonCue(text, tokens, words, t)) {
                afterCue(text, tokens, words, names, t, !isSpeakerLabel(text, tokens, t));
            } else if (candidateNext && isGreeting(text, tokens, t)) {
                afterCue(text, tokens, words, names, t, false);
            }
        }
    }

    /**
     * A greeting or a word that names a person next at {@code t}, right before the word at {@code next} ("Hi
     * Ted Baker,", "cc: John Lewis", "my manager Max Mara"): where a person stands in the text.
     */
    static boolean framesPerson(String text, Tokens tokens, NameLexicon.Word[] words, int t, int next) {
        return tokens.adjacent(t, next) && (isGreeting(text, tokens, t) || isPersonCue(text, tokens, words, t) && !isSpeakerLabel(text, tokens, t));
    }

    /**
     * "Kysy Nykäseltä, jos …", "Ask bin Saleh if unsure", "Kiitos Anna", "[14.30] Tukihenkilö Kaija:", "Revd Kaapro
     * Äystö", "ilmoitettiin esimiehelle Tsehay Woldelle": a greeting, a title or a word that names a person next (a role
     * also inflected, by its base form), before a name, is the cue, not the name's first part. Three letters or more: "T
     * Virtanen", "Cc" are left to the rules that read initials and headers.
     */
    static boolean isCueBeforeName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (t + 1 >= tokens.size() || !names[t + 1] || tokens.length(t) < 3 || !tokens.spaced(t, t + 1)
                || !isGreeting(text, tokens, t) && !PERSON_CUE_WORDS.contains(text, tokens.start(t), tokens.end(t))
                && !isRole(words[t])) {
            return false;
        }
        // Inside a sentence only a cue that is no name itself: "[14.30] Tukihenkilö Kaija:", not "Ping" of "Li Ping".
        return tokens.beginsSentence(t) || words[t] == null || !words[t].isName();
    }

    /** "Agent: Who's …", "Asiakas: Se on …": a role opening a line before a colon labels what a speaker says. */
    private static boolean isSpeakerLabel(String text, Tokens tokens, int t) {
        return tokens.end(t) < text.length() && text.charAt(tokens.end(t)) == ':' && tokens.beginsSentence(t)
                && ROLE_WORDS.contains(text, tokens.start(t), tokens.end(t));
    }

    /** A greeting or thanks before the one addressed ("Hi", "Hei", "thanks", "thank you", "good morning"). */
    static boolean isGreeting(String text, Tokens tokens, int t) {
        if (tokens.length(t) > 10) {
            return false;
        }
        return GREETING_WORDS.contains(text, tokens.start(t), tokens.end(t))
                || tokens.is(t, "you") && t > 0 && tokens.is(t - 1, "thank")
                || t > 0 && tokens.is(t - 1, "good") && (tokens.is(t, "morning") || tokens.is(t, "afternoon") || tokens.is(t, "evening"))
                || t > 0 && tokens.is(t - 1, "guten") && GERMAN_GREETING_NOUNS.contains(text, tokens.start(t), tokens.end(t));
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
        if (length <= 4 && t > 0 && tokens.spaced(t - 1, t) && PHRASE_ENDS.contains(text, tokens.start(t), tokens.end(t))
                && PERSON_PHRASES.contains(text, tokens.start(t - 1), tokens.end(t))) {
            return true;
        }
        if ((tokens.is(t, "for") || tokens.is(t, "from")) && t > 0 && tokens.spaced(t - 1, t)
                && MESSAGES.contains(text, tokens.start(t - 1), tokens.end(t - 1))) {
            return true;
        }
        if (tokens.is(t, "of") && t > 0 && tokens.is(t - 1, "behalf")) {
            return true;
        }
        return isRole(words[t]);
    }

    /** A title or role as written ("lead", "manager") or by Voikko's base form ("tiiminvetäjämme"). */
    static boolean isRole(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return tokens.length(t) <= 14 && ROLE_WORDS.contains(text, tokens.start(t), tokens.end(t)) || isRole(words[t]);
    }

    /** "esimieheni", "Esihenkilöni", "kollegalle", "tiiminvetäjämme": Voikko's base form is a role. */
    private static boolean isRole(NameLexicon.Word w) {
        return w != null && !w.isName() && w.ordinaryBase() != null && ROLES.contains(w.ordinaryBase());
    }

    /** One or two words after a cue that can be a name are one. */
    private static void afterCue(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int cue, boolean person) {
        int from = cue;
        if (person && cue + 1 < tokens.size() && tokens.spaced(cue, cue + 1)
                && Characters.isOneOf(PARTICLES, text, tokens.start(cue + 1), tokens.end(cue + 1))) {
            from = cue + 1;
        }
        for (int t = from + 1; t <= from + 2 && t < tokens.size(); t++) {
            boolean reachable = t == from + 1 ? tokens.adjacent(from, t) && !opensTheBody(text, tokens, cue, t)
                    && !isNextLinesLabel(text, tokens, from, t)
                    || afterTitlesFullStop(text, tokens, from, t) : tokens.spaced(t - 1, t);
            boolean name = canBeName(tokens, words[t], t)
                    || person && (isProperNoun(text, tokens, words[t], t) || isGivenNameInLowerCase(text, tokens, words[t], t))
                    || t == cue + 1 && isAddressed(text, tokens.end(t)) && (isGivenNameInLowerCase(text, tokens, words[t], t)
                    || isAddressedByName(text, tokens, words[t], t));
            // "Your agent Saif said …": the word after the name is its verb, a given name too in lower case ("Said").
            if (!reachable || !name || isModalAfterRole(text, tokens, words, cue, t) || isDepartment(text, tokens, words[t], t)
                    || isTeamInParentheses(text, tokens, words[t], cue, t)
                    || !person && opensSentenceAfterGreeting(text, tokens, words[t], cue, t)
                    || t > from + 1 && NamesBeforeReportingVerbs.isReportingVerb(text, tokens, t)) {
                return;
            }
            names[t] = true;
        }
    }

    /**
     * "Hello,\n\nJenkins still fails …", "Hei,\n\nTulostimessa on …": after a salutation a blank line opens the
     * letter's body, whose first word is the subject of its first sentence, not the one greeted, who stands on the
     * salutation's line.
     */
    private static boolean opensTheBody(String text, Tokens tokens, int cue, int t) {
        if (!SALUTATION_WORDS.contains(text, tokens.start(cue), tokens.end(cue))) {
            return false;
        }
        int lineBreak = text.indexOf('\n', tokens.end(cue));
        int blankLine = lineBreak < 0 ? -1 : text.indexOf('\n', lineBreak + 1);
        return blankLine >= 0 && blankLine < tokens.start(t);
    }

    /**
     * "Hi, bill 12-34567 shows …", "Hej, min reseräkning …", "Hei, hukkasin puhelimeni …": after a greeting and its
     * comma, a word in lower case that is an English word, a Swedish pronoun or a word Voikko reads as an ordinary
     * Finnish one (a verb's form: "hukkasin", which a surname's case "Hukkasin" shares) but no given name (a Finnish
     * noun that is one introduces the writer: "Hei, tuuli tässä", "Hei, satu täällä"), and that the line goes on after
     * without a stop, opens the first sentence; the one greeted is followed by a comma, a stop or the line's end ("Hi,
     * will, can you …", "Hei, tuija!").
     */
    private static boolean opensSentenceAfterGreeting(String text, Tokens tokens, NameLexicon.Word w, int cue, int t) {
        int end = tokens.end(t);
        return t == cue + 1 && tokens.isLowerCase(t) && text.charAt(tokens.end(cue)) == ',' && end + 1 < text.length()
                && text.charAt(end) == ' ' && Character.isLetterOrDigit(text.charAt(end + 1))
                && (w != null && (w.is(NameLexicon.Word.ENGLISH_WORD) || w.is(NameLexicon.Word.COMMON) && !NameWords.isGivenName(w))
                || SwedishWords.isFunctionWord(text, tokens, t));
    }

    /**
     * "Eurico Coutinho\nBranch Manager\nDirect: 0117 …": a signature's role ends its line, and the next line's word
     * before a colon is that line's label, not the one who holds the role.
     */
    private static boolean isNextLinesLabel(String text, Tokens tokens, int cue, int t) {
        int end = tokens.end(t);
        return end < text.length() && text.charAt(end) == ':' && text.lastIndexOf('\n', tokens.start(t)) >= tokens.end(cue);
    }

    /**
     * "Dr. Nkechi", "prof. Ánte": a title's full stop and a space before the word. Not in capitals: "DR. Sites
     * fail over" is disaster recovery, and a sentence ends there.
     */
    private static boolean afterTitlesFullStop(String text, Tokens tokens, int title, int t) {
        int start = tokens.start(title);
        int end = tokens.end(title);
        return tokens.start(t) == end + 2 && text.charAt(end) == '.' && text.charAt(end + 1) == ' '
                && Character.isLowerCase(text.charAt(start + 1))
                && TITLE_WORDS.contains(text, start, end);
    }

    /**
     * "waiting on Finance", "loop in Security", "emailed Procurement": a capitalised word that no name list or
     * Voikko knows and that is a common English noun is a department's or a thing's, not a person's.
     */
    private static boolean isDepartment(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return w != null && !w.isKnown() && tokens.isCapitalised(t) && EnglishNouns.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * "14:52 Aino (Customer Service): Hi …": a capitalised role and an English word that fill the
     * parentheses after a speaker's or a signer's name name the team that person works in, not another person; a
     * person's name there stands alone ("Visitor (Dafydd)") or after a role in lower case.
     */
    private static boolean isTeamInParentheses(String text, Tokens tokens, NameLexicon.Word w, int cue, int t) {
        int open = tokens.start(cue) - 1;
        int close = tokens.end(t);
        return t == cue + 1 && open > 0 && text.charAt(open) == '(' && close < text.length() && text.charAt(close) == ')'
                && tokens.isCapitalised(cue) && w != null && w.is(NameLexicon.Word.ENGLISH_WORD);
    }

    private static boolean isModalAfterRole(String text, Tokens tokens, NameLexicon.Word[] words, int cue, int t) {
        return tokens.isLowerCase(t) && MODALS.contains(text, tokens.start(t), tokens.end(t))
                && isRole(text, tokens, words, cue);
    }

    /**
     * "Hello Armas,": the capitalised word a greeting addresses, if it can be a name at all (not "Hei
     * Kaikki!", "Moi Tiimi,") and is no product or word of address ("Hi Team,").
     */
    private static boolean isAddressedByName(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return w != null && tokens.isCapitalised(t) && !tokens.beginsSentence(t) && NameWords.isPersonWord(text, tokens, w, t);
    }

    /** The word is the one addressed: a comma, "!" or the end of the text follows ("thx holly, works now"). */
    private static boolean isAddressed(String text, int end) {
        return end == text.length() || text.charAt(end) == ',' || text.charAt(end) == '!';
    }

    /** "ping faith", "ask will": after a person cue a given name that is also a word, in lower case (not a month). */
    private static boolean isGivenNameInLowerCase(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return w != null && tokens.isLowerCase(t) && w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)
                && !NotAPerson.isMonth(text.substring(tokens.start(t), tokens.end(t)));
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
                && !NameLexicon.isMaker(text, tokens.start(t), tokens.end(t))
                && (w.isName() || w.is(NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST)
                || !NameLexicon.isThingOrWord(text, tokens.start(t), tokens.end(t)));
    }
}
