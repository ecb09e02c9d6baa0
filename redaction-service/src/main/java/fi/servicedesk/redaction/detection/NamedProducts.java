package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Products, firms and online services whose one-word name is a person's name or looks like one, known as such: voice
 * and AI assistants ("Alexa keeps answering", "Ask Gemini for the formula", "Siri ei tunnista suomea"), firms named
 * after their founders ("Cake from Paulig", "Juomat tulevat Hartwallilta", "Stockmannin lahjakortti") and the online
 * services a case passes through ("Käsitellyt … · Sprinklr", "CV to Varbi"), and the systems of care and schools a
 * public service desk supports ("Abitti ei käynnisty", "Nursebuddy"). A listed word, also in a Finnish case
 * (by Voikko's base form or the stem before the ending), is the product's or the firm's, not a person's, unless the
 * text puts a person there: a name beside it ("Emma Watson", "Karl Fazer", "Alexa Virtanen") or joined to it by a
 * conjunction ("Elina and Jasper"), or a greeting, title or cue before it ("Hi Alexa,", "Dr Watson"). A verb of asking
 * is no such frame for an assistant ("Ask Gemini"): one asks assistants too. An assistant that people are named after
 * too (Siri, Claude, Erica …) is the assistant only in a message that speaks of assistants or AI; Alexa, far better
 * known as the assistant, is so anywhere but before a reporting verb or "from" ("Alexa said"). Lists, not rules,
 * because the words around such a name are those around a person's ("Claude summarised the incident", "Siri keeps
 * the calendar").
 */
final class NamedProducts {

    /**
     * Voice assistants, chat bots and AI models sold under a given name or a name-like one: Amazon Alexa, Apple Siri,
     * Microsoft Cortana and Copilot, Samsung Bixby, Google Gemini and Bard, Anthropic Claude, OpenAI ChatGPT, xAI Grok,
     * IBM Watson, Weizenbaum's ELIZA, Bank of America's Erica, IPsoft's Amelia, Jasper AI, Meta's Llama, Mistral.
     */
    private static final Set<String> ASSISTANTS = Set.of("alexa", "siri", "cortana", "copilot", "bixby", "gemini",
            "bard", "claude", "chatgpt", "grok", "watson", "eliza", "erica", "amelia", "jasper", "llama", "mistral");
    /**
     * The assistants whose name people bear too (Alexa, Siri, Claude, Erica, Amelia, Jasper, Eliza, Watson): the
     * assistant only in a message that speaks of assistants or AI ({@link #ASSISTANT_CONTEXT}), else "Erica said …"
     * would leave a colleague's name in clear.
     */
    private static final WordSet GIVEN_NAMES_TOO = WordSet.of(Set.of("alexa", "siri", "claude", "erica", "amelia",
            "jasper", "eliza", "watson"));
    /**
     * Of {@link #GIVEN_NAMES_TOO}, the assistant far better known than the few people who bear the name (Amazon's
     * Alexa; not Siri, a Swedish given name as well known): the assistant without talk of assistants too, unless the
     * words after it make a person of it as they make one of any name, a reporting verb or "from" and a unit ("Alexa
     * said", "Alexa from finance").
     */
    private static final WordSet MOSTLY_ASSISTANTS = WordSet.of(Set.of("alexa"));
    /**
     * Words of a message about assistants, in lower case, matched inside words ("Alexa-avustaja", "tekoälyltä"); also
     * the loudspeaker an assistant answers from, Finnish and Swedish ("kaiuttimen", "högtalaren"), the smart
     * speakers the assistants are sold in (Amazon's Echo Dot, Apple's HomePod, Google's Nest Mini and Nest Hub), and
     * the assistants no one is named after (Cortana, Bixby, Gemini; not Alexa, whose own name would make one of it):
     * a message that names one speaks of assistants ("Gemini ei osaa auttaa. Siri ei tunnista suomea.").
     */
    private static final List<String> ASSISTANT_CONTEXT = List.of("assistant", "avustaj", "tekoäly", "chatbot", "botti",
            "gpt", "copilot", "kehote", "prompt", "älykaiutin", "smart speaker", "voice", "ääniohja", "language model",
            "kielimalli", " ai ", " ai-", " ai,", " ai.", "(ai)", "kaiutin", "kaiuttim", "högtalar", "echo dot", "homepod",
            "nest mini", "nest hub", "cortana", "bixby", "gemini");
    /**
     * Firms that bear their founder's surname, Finnish and international, which a service desk's messages name as
     * suppliers, caterers and makers: the firm is meant where no given name goes with it. Not firms whose name is a
     * common surname where they come from (Honda, Suzuki, Toyota, Ford): people of that name are written alone too
     * ("Suzuki-san"); nor those of {@link #FIRMS_OF_COMMON_SURNAMES}.
     */
    private static final Set<String> FOUNDERS_FIRMS = Set.of("stockmann", "paulig", "hartwall", "fazer", "sinebrychoff",
            "serlachius", "wärtsilä", "dell",
            "philips", "siemens", "bosch", "porsche", "disney", "boeing", "tesla", "michelin", "kellogg", "dyson",
            "hasselblad", "carlsberg", "heineken", "martela", "ferrari", "peugeot", "renault", "citroën", "citroen",
            "hilton", "marriott", "mcdonald", "gillette", "nestlé", "nestle", "cadbury", "guinness", "hewlett-packard");
    /**
     * Firms named after their founders whose name is a common surname in the Nordic countries or in English (Ahlström,
     * Lindström, Snellman, Rettig, Hackman, Ericsson, Bonnier, Hilti, Braun, Wilson): alone, the firm only where the
     * message names no person of that surname, as a person who is written by the surname alone ("kysy Lindströmiltä")
     * is most often named in full elsewhere in the message ("Suodatinpaperit ovat Ahlströmin", but "Niilo Ahlström …
     * Ahlströmin kone").
     */
    private static final Set<String> FIRMS_OF_COMMON_SURNAMES = Set.of("ahlström", "lindström", "snellman", "rettig",
            "hackman", "ericsson", "bonnier", "hilti", "braun", "wilson");
    /**
     * Makers of office machines, appliances, coffee and software that a service desk names alone ("Diskmaskinen är en
     * Electrolux", "Kaffet är Gevalia", "Camtasia -lisenssi"), whose names the tagger reads as a person's by shape:
     * names of firms and products, written from the makers' own names (facts, no list taken; not "Brother", which a
     * person is called in English too).
     */
    private static final Set<String> MAKERS = Set.of("electrolux", "miele", "whirlpool", "gorenje", "kyocera", "ricoh",
            "konica", "minolta", "lexmark", "gevalia", "lavazza", "nespresso", "moccamaster",
            "camtasia", "snagit", "techsmith", "autocad", "solidworks", "tableau", "zendesk", "servicenow");
    /**
     * Online services whose invented names the tagger reads as a person's by shape, named alone as where a case came
     * from or was handled ("Käsitellyt … · Sprinklr", "candidate could not upload CV to Varbi"): social-media
     * management and media monitoring (Sprinklr, Meltwater, Hootsuite, Brandwatch, Talkwalker, Khoros, Emplifi,
     * Agorapulse, Sprout Social's "Sprout"), recruitment systems (Teamtailor, Varbi, Jobylon, Kuntarekry, ReachMee,
     * Recruitee, SmartRecruiters, Taleo, iCIMS, Personio, Sympa, Workable), service desks and CRMs (Efecte, TOPdesk,
     * Freshdesk, HubSpot, Intercom), on-call and DevOps services (Grafana, PagerDuty, Opsgenie, Azure DevOps), review
     * sites and social networks (Tripadvisor, Trustpilot, Glassdoor, Bluesky, Mastodon, LinkedIn, Instagram, Facebook,
     * TikTok, WhatsApp) and discussion boards (Murobbs, Suomi24, Flashback, Reddit). Facts, no list taken; not the
     * services named as a person or a word is (Laura, Lever, Indeed, Workday, Miro).
     */
    private static final Set<String> SERVICES = Set.of("sprinklr", "meltwater", "hootsuite", "brandwatch",
            "talkwalker", "khoros", "emplifi", "agorapulse", "sprout", "teamtailor", "varbi", "jobylon", "kuntarekry",
            "reachmee", "recruitee", "smartrecruiters", "taleo", "icims", "personio", "sympa", "workable", "efecte",
            "topdesk", "freshdesk", "hubspot", "intercom", "grafana", "pagerduty", "opsgenie", "azure", "devops",
            "tripadvisor", "trustpilot", "glassdoor", "bluesky", "mastodon", "linkedin", "instagram", "facebook", "tiktok",
            "whatsapp", "murobbs", "suomi24", "flashback", "reddit");
    /**
     * Systems of health care, social care and schools that the Nordic public sector's service desks support, and the
     * private care providers they deal with, whose names the tagger reads as a person's by shape ("Tukipyyntö Abittiin",
     * "Nursebuddy ei synkronoi"): patient and client records (Apotti, Lifecare, Effica,
     * Pegasos, Mediatri, Abilita, Pro Consona, Domacare, Oracle Cerner), home-care and shift planning (Nursebuddy,
     * Titania), the national health archive's portal (Omakanta), school administration and learning
     * (Primus, Abitti, Eduhouse, Vklass, SchoolSoft, itslearning, SIMS, Arbor), and the care
     * firms Pihlajalinna, Terveystalo, Attendo and Esperi. Facts, no list taken; not the systems named as
     * people are (Wilma, Helmi, Esko, Maisa, Hilkka, Aava), which a person bearing the name would lose, nor those whose
     * name is a surname or the stem of one's cases (the Mehiläinen care firm; Halo and Kanta, as "Haloseen" and
     * "Kantaselle" are Halonen's and Kantanen's).
     */
    private static final Set<String> CARE_AND_SCHOOL_SYSTEMS = Set.of("apotti", "lifecare", "effica", "pegasos",
            "mediatri", "abilita", "consona", "domacare", "cerner", "nursebuddy", "titania", "omakanta",
            "primus", "abitti", "eduhouse", "vklass", "schoolsoft", "itslearning", "sims", "arbor",
            "pihlajalinna", "terveystalo", "attendo", "esperi");
    private static final WordSet LISTED = WordSet.of(ASSISTANTS, FOUNDERS_FIRMS, MAKERS, SERVICES, CARE_AND_SCHOOL_SYSTEMS);
    private static final WordSet ASSISTANT_WORDS = WordSet.of(ASSISTANTS);
    private static final WordSet MAKER_WORDS = WordSet.of(MAKERS, SERVICES);
    /**
     * Stems of the kinds of an assistant and of rooms a smart speaker stands in, matched at either end of the word
     * before it ("chatbotti", "neukkarin", "boardroom", "kokoushuoneen").
     */
    private static final List<String> KINDS_AND_ROOMS = List.of("chatbot", "botti", "assistant", "avustaja", "speaker",
            "kaiutin", "kaiuttime", "room", "huone", "neukkari", "kitchen", "keittiö", "lobby", "aula", "reception",
            "device", "laite", "laitteen");
    /** Verbs of asking, which take an assistant as they take a person ("Ask Gemini", "kysy Siriltä"). */
    /** How a word for a bot ends: "bot", "chatbot", "botti", "chatbotin". */
    private static final List<String> BOT_ENDINGS = List.of("bot", "botti", "botin");
    private static final int BOT_ENDINGS_LONGEST = 5;
    private static final WordSet ASKING = WordSet.of(Set.of("ask", "asked", "kysy", "kysyin", "kysyn", "kysykää", "kysyisitkö"));
    /** Words that join two names ("Elina and Jasper", "Jasper ja Freya"). */
    private static final WordSet CONJUNCTIONS = WordSet.of(Set.of("and", "or", "ja", "tai", "och", "eller"));

    private NamedProducts() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            if (names[t] && isListed(text, tokens, words[t], t) && !isPerson(text, tokens, words, names, t)
                    && !isPersonElsewhere(text, tokens, words, names, t)
                    && (!isGivenNameToo(text, tokens, words[t], t) || speaksOfAssistants(text) || afterItsKind(text, tokens, words, t)
                    || isIn(MOSTLY_ASSISTANTS, text, tokens, words[t], t) && !actsAsAPerson(text, tokens, t))) {
                names[t] = false;
            } else if (names[t] && tokens.isCapitalised(t) && afterBotWord(text, tokens, t) && !isPerson(text, tokens, words, names, t)) {
                names[t] = false;
            }
        }
        for (int t = 0; t < n; t++) {
            var firm = names[t] ? firmOfCommonSurname(text, tokens, words[t], t) : null;
            if (firm != null && !isPerson(text, tokens, words, names, t) && !namesPersonCalled(firm, text, tokens, words, names)) {
                names[t] = false;
            }
        }
    }

    /**
     * "The interpreter is Bardia Mostofi … If Bardia cancels": the same word, written the same, names a person
     * elsewhere in the message (a name beside it, a cue before it), so it is that person here too, not the product
     * its stem or base form happens to match.
     */
    private static boolean isPersonElsewhere(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int length = tokens.length(t);
        for (int u = 0; u < tokens.size(); u++) {
            if (u != t && names[u] && tokens.length(u) == length && text.regionMatches(tokens.start(u), text, tokens.start(t), length)
                    && isPerson(text, tokens, words, names, u)) {
                return true;
            }
        }
        return false;
    }

    /** Which of {@link #FIRMS_OF_COMMON_SURNAMES} the word is, as written, by its base form or its stem; else null. */
    private static String firmOfCommonSurname(String text, Tokens tokens, NameLexicon.Word w, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        var lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (FIRMS_OF_COMMON_SURNAMES.contains(lower)) {
            return lower;
        }
        if (w != null && w.base() != null && FIRMS_OF_COMMON_SURNAMES.contains(w.base().toLowerCase(Locale.ROOT))) {
            return w.base().toLowerCase(Locale.ROOT);
        }
        for (var stem : InflectedStems.of(text, start, end)) {
            if (FIRMS_OF_COMMON_SURNAMES.contains(stem)) {
                return stem;
            }
        }
        return null;
    }

    /** Some word of the message is {@code surname} and names a person: a name beside it, a cue before it. */
    private static boolean namesPersonCalled(String surname, String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && surname.equals(firmOfCommonSurname(text, tokens, words[t], t)) && isPerson(text, tokens, words, names, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Any name right after the word "bot" or "botti" is the bot's ("Chatbotti Jarvis vastaa", "our Slack bot Alfred"): a
     * person is not called a bot. Not "assistant", which people are.
     */
    private static boolean afterBotWord(String text, Tokens tokens, int t) {
        if (t == 0 || !tokens.spaced(t - 1, t)) {
            return false;
        }
        int start = tokens.start(t - 1);
        int end = tokens.end(t - 1);
        // ASCII last letters lower-case alone, so the word is compared in place; other letters go to the copy in lower case.
        for (int i = Math.max(start, end - BOT_ENDINGS_LONGEST); i < end; i++) {
            if (text.charAt(i) >= 128) {
                return Characters.endsWithAny(text.substring(start, end).toLowerCase(Locale.ROOT), BOT_ENDINGS);
            }
        }
        for (var ending : BOT_ENDINGS) {
            if (end - start >= ending.length() && Characters.regionMatchesIgnoringCase(text, end - ending.length(), ending)) {
                return true;
            }
        }
        return false;
    }

    /** The word, its base form or its stem before a Finnish case ending is listed ("Hartwallilta" → hartwall). */
    private static boolean isListed(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return isIn(LISTED, text, tokens, w, t);
    }

    /** As written, by Voikko's base form, or by the stem before a Finnish case ending, one of {@code set}'s words. */
    static boolean isIn(WordSet set, String text, Tokens tokens, NameLexicon.Word w, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (set.contains(text, start, end) || w != null && w.base() != null && set.contains(w.base(), 0, w.base().length())) {
            return true;
        }
        // Most words are no listed name and end in none of its letters' stems: only a word longer than a stem is split.
        if (end - start <= 4) {
            return false;
        }
        for (var stem : InflectedStems.of(text, start, end)) {
            if (set.contains(stem, 0, stem.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name right beside the word ("Emma Watson", "Karl Fazer") or joined to it by a conjunction ("Elina and Jasper"),
     * a name after its comma as a display name writes the surname first ("Ford, Jean-Luc"), or a greeting, title or
     * other word that names a person right before it ("Hi Alexa", "Dr Watson"), but for an assistant not a verb of asking.
     */
    static boolean isPerson(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int n = tokens.size();
        if (t > 0 && tokens.spaced(t - 1, t) && names[t - 1] && tokens.isCapitalised(t - 1) && !isMaker(text, tokens, t - 1)
                || t + 1 < n && tokens.spaced(t, t + 1) && names[t + 1] && tokens.isCapitalised(t + 1) && !isMaker(text, tokens, t + 1)) {
            return true;
        }
        if (t > 1 && tokens.spaced(t - 1, t) && tokens.spaced(t - 2, t - 1) && names[t - 2] && isConjunction(text, tokens, t - 1)
                || t + 2 < n && tokens.spaced(t, t + 1) && tokens.spaced(t + 1, t + 2) && names[t + 2] && isConjunction(text, tokens, t + 1)) {
            return true;
        }
        if (isSurnameCellAfterGivenName(text, tokens, words, names, t)) {
            return true;
        }
        // A display name is uninflected: "Hartwallilta, Outi Rinne" names the firm and then a person.
        if (t + 1 < n && names[t + 1] && tokens.isCapitalised(t + 1) && text.startsWith(", ", tokens.end(t))
                && tokens.start(t + 1) == tokens.end(t) + 2 && (LISTED.contains(text, tokens.start(t), tokens.end(t))
                || FIRMS_OF_COMMON_SURNAMES.contains(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT)))) {
            return true;
        }
        return t > 0 && NamesAfterCues.framesPerson(text, tokens, words, t - 1, t)
                && !(ASKING.contains(text, tokens.start(t - 1), tokens.end(t - 1)) && isAssistant(text, tokens, words[t], t));
    }

    /**
     * "Enni;Sinebrychoff;kiinteistöpäällikkö": a record's cell right after a cell that holds a given name alone, one
     * ';' or tab between them, is that person's surname, as a contact list writes a person's names in two columns.
     */
    private static boolean isSurnameCellAfterGivenName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (t == 0 || !names[t - 1] || words[t - 1] == null || !words[t - 1].is(NameLexicon.Word.FIRST)
                || tokens.start(t) != tokens.end(t - 1) + 1) {
            return false;
        }
        char between = text.charAt(tokens.end(t - 1));
        int cellStart = tokens.start(t - 1);
        char before = cellStart == 0 ? '\n' : text.charAt(cellStart - 1);
        return (between == ';' || between == '\t') && (before == between || before == '\n');
    }

    /**
     * A maker's or a service's word beside another is one name of two words ("Konica Minolta", "Azure DevOps",
     * "Grafana OnCall"), no person's.
     */
    private static boolean isMaker(String text, Tokens tokens, int t) {
        return MAKER_WORDS.contains(text, tokens.start(t), tokens.end(t));
    }

    /** One of {@link #GIVEN_NAMES_TOO}, also in a Finnish case ("Sirillä", "Claudelta"). */
    private static boolean isGivenNameToo(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return isIn(GIVEN_NAMES_TOO, text, tokens, w, t);
    }

    /**
     * An assistant right after the word of its kind or of the room or desk it stands in ("Chatbotti Jarvis", "The boardroom
     * Alexa", "Neukkarin Alexa", "the kitchen Siri"): a device, as a person is not named after a room.
     */
    private static boolean afterItsKind(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (t == 0 || !tokens.spaced(t - 1, t) || !isAssistant(text, tokens, words[t], t)) {
            return false;
        }
        var before = text.substring(tokens.start(t - 1), tokens.end(t - 1)).toLowerCase(Locale.ROOT);
        for (var kind : KINDS_AND_ROOMS) {
            if (before.startsWith(kind) || before.endsWith(kind)) {
                return true;
            }
        }
        return false;
    }

    /** "Alexa soitti", "Alexa said", "Alexa from finance": a reporting verb, or "from" and a word in lower case. */
    private static boolean actsAsAPerson(String text, Tokens tokens, int t) {
        int next = t + 1;
        return next < tokens.size() && tokens.spaced(t, next) && (NamesBeforeReportingVerbs.isReportingVerb(text, tokens, next)
                || tokens.is(next, "from") && next + 1 < tokens.size()
                && tokens.isLowerCase(next + 1) && tokens.spaced(next, next + 1));
    }

    private static boolean speaksOfAssistants(String text) {
        var lower = " " + text.toLowerCase(Locale.ROOT) + " ";
        for (var word : ASSISTANT_CONTEXT) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConjunction(String text, Tokens tokens, int t) {
        return tokens.length(t) <= 5 && tokens.isLowerCase(t) && CONJUNCTIONS.contains(text, tokens.start(t), tokens.end(t));
    }

    private static boolean isAssistant(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return ASSISTANT_WORDS.contains(text, tokens.start(t), tokens.end(t))
                || w != null && w.base() != null && ASSISTANT_WORDS.contains(w.base(), 0, w.base().length());
    }
}
