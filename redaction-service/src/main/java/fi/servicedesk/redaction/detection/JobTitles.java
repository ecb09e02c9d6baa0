package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * An English job title written as a field of its own, under or after a person's name in a signature or record
 * ("Owner: Aino Virta, Legal Counsel, tel. …", "Case Officer" on the line under the signer, "Quality Analyst, IT
 * Service Desk", "Aino Virta (Category Buyer)", "Aino Virta – Category Buyer, tel. …"), is the post, not a name: two to
 * four capitalised English words of which the last is a title's head ({@link #HEADS}: "Officer", "Manager", "Counsel",
 * "Analyst"), opening its line or after a comma, a bracket or a dash, and ending at a comma, a bracket, a full stop or
 * the line's end; a head alone after a comma, when no list reads it as a name ("Aino Virta, Headteacher, …"). No word
 * before the head may be a given name nor a greeting
 * ("Hi Dieter,"), and the head no given name or surname ("Hunter Baker", "Juniper Turner"); a surname alone before a
 * comma ("Turner, Mark") is one word and stays. A title in lower case is one word so too ("Handläggare: Jörg Krüger,
 * jurist, tfn …"), as Swedish writes titles.
 */
final class JobTitles {

    /**
     * The heads of English job titles ("Legal Counsel", "Quality Analyst", "Team Lead", "Data Protection Officer"): a
     * closed class, as the doers' nouns by ending take in words a surname may be ("Sorrel Plant", "Poppy Carpenter").
     */
    private static final WordSet HEADS = WordSet.of(Set.of("counsel", "analyst", "lead", "chief", "head", "clerk", "officer",
            "manager", "specialist", "consultant", "coordinator", "engineer", "administrator", "director", "advisor",
            "adviser", "partner", "assistant", "architect", "controller", "developer", "technician", "representative",
            "secretary", "supervisor", "accountant", "auditor", "planner", "recruiter", "jurist", "lawyer", "solicitor",
            "paralegal", "negotiator", "executive", "president", "associate", "intern", "trainee", "lecturer", "buyer", "purchaser",
            // a colleague who champions a system among the staff ("Digital Champion", "EPR Champion")
            "champion",
            // schools' and wards' posts ("Headteacher", "Class Teacher", "Ward Nurse", "Specialty Registrar")
            "headteacher", "teacher", "nurse", "registrar", "pharmacist",
            // an insurer's posts ("Claims Handler", "Loss Adjuster", "Counter-Fraud Investigator")
            "handler", "adjuster", "investigator",
            // a service desk's and a travel firm's front line ("Customer Service Agent", "Booking Agent")
            "agent",
            // a harbour's posts written as one word ("Harbourmaster", "Deputy Dockmaster")
            "harbourmaster", "harbormaster", "dockmaster"));
    /**
     * The heads of the posts of a harbour, a dock, a lighthouse or a yard ("Harbour Master", "Lighthouse Keeper",
     * "Marina Warden"): heads only after the place's word, as they are surnames after a given name too ("Clover
     * Warden", "Tobias Master").
     */
    private static final WordSet POST_HEADS = WordSet.of(Set.of("master", "keeper", "warden"));
    private static final WordSet POST_PLACES = WordSet.of(Set.of("harbour", "harbor", "dock", "dockyard", "lighthouse",
            "marina", "port", "pier", "quay", "yard", "boatyard", "station", "berth", "moorings"));
    /**
     * The words of rank and season a title opens with ("Junior Data Analyst", "Senior Lecturer", "Summer Intern"): a
     * closed class, title words though the lists hold them as given names too ("Junior", "Summer"), as the head after
     * them is no surname.
     */
    private static final WordSet RANKS = WordSet.of(Set.of("junior", "senior", "deputy", "principal", "summer"));
    /**
     * The clipped words of business English that titles are made of ("Telecom Coordinator", "Comms Manager", "Ops
     * Lead"), which the word list, made of whole words, does not hold: a closed class.
     */
    private static final WordSet CLIPPED_WORDS = WordSet.of(Set.of("telecom", "telco", "comms", "ops", "devops",
            "infra", "admin", "tech"));
    private static final int LONGEST_TITLE = 4;
    private static final int LONGEST_UNIT = 3;
    /**
     * A head that may be a given name, or is a surname by Voikko or the lists, is a surname after a given name ("Hunter
     * Baker", "Juniper Turner"); a surname only the US lists hold that is an English word is a title's head ("Officer").
     */
    private static final int NAME_HEAD = NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.LAST;

    private JobTitles() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isLowerCase(t) && isHead(text, tokens, words, t) && endsField(text, tokens.end(t))
                    && opensField(text, tokens.start(t))) {
                names[t] = false;
            } else if (t > 0 && tokens.isCapitalised(t) && isHead(text, tokens, words, t) && endsField(text, tokens.end(t))) {
                int first = t;
                while (first > 0 && t - first + 1 < LONGEST_TITLE && tokens.spaced(first - 1, first)
                        && tokens.isCapitalised(first - 1) && isTitleWord(text, tokens, words, first - 1)) {
                    first--;
                }
                if ((first < t || isTitleAlone(text, tokens, words, t)) && opensField(text, tokens.start(first))
                        && !addressed(text, tokens, first, t)) {
                    for (int k = first; k <= t; k++) {
                        names[k] = false;
                    }
                    unmarkUnit(text, tokens, words, names, t + 1);
                }
            }
        }
    }

    /**
     * The unit a signature writes after the title, to the line's end ("Team Lead, Internal Comms", "Billing
     * Specialist, Finance", "IT Service Desk"): up to {@link #LONGEST_UNIT} words in capitals after the title's comma,
     * none of which the name lists or Voikko read as a name, so "Team Lead, Aino Virta" keeps its name.
     */
    private static void unmarkUnit(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int from) {
        if (from >= tokens.size() || !onlyCommaBetween(text, tokens.end(from - 1), tokens.start(from))) {
            return;
        }
        int last = from;
        while (true) {
            if (last - from >= LONGEST_UNIT || !Character.isUpperCase(text.charAt(tokens.start(last)))
                    || words[last] != null && words[last].isName()) {
                return;
            }
            if (Characters.endsLine(text, tokens.end(last))) {
                break;
            }
            if (last + 1 >= tokens.size() || !tokens.spaced(last, last + 1)) {
                return;
            }
            last++;
        }
        for (int k = from; k <= last; k++) {
            names[k] = false;
        }
    }

    /**
     * "Aino Virta, Headteacher, Isaac Newton Academy": a head alone is the title after a comma when no list reads it as
     * a name of any kind; "Turner, Mark" is a surname and a given name.
     */
    private static boolean isTitleAlone(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return (words[t] == null || !NameWords.isAnyName(words[t])) && onlyCommaBetween(text, tokens.end(t - 1), tokens.start(t));
    }

    private static boolean onlyCommaBetween(String text, int end, int start) {
        return start - end == 2 && text.charAt(end) == ',' && text.charAt(end + 1) == ' ';
    }

    /**
     * "Hi Dieter,", "Dear Data Protection Officer": a greeting makes the rest whom it addresses. A person's cue inside the
     * run is the title's word, as every word after it is one ("Customer Service Advisor", "Client Relations Manager").
     */
    private static boolean addressed(String text, Tokens tokens, int first, int head) {
        for (int k = first; k < head; k++) {
            if (NamesAfterCues.isGreeting(text, tokens, k)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHead(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        return !isNameAsWritten(text, words[t], start, end) && (HEADS.contains(text, start, end)
                || POST_HEADS.contains(text, start, end) && t > 0 && tokens.spaced(t - 1, t)
                && POST_PLACES.contains(text, tokens.start(t - 1), tokens.end(t - 1)));
    }

    /**
     * A name's reading of the word as written ("Hunter"), not of an inflected form: Voikko and spoken Finnish read
     * "jurist" and "Analyst" as the elative of "Juri" and "Analy" ("-st" for "-sta"), which makes no title a name.
     */
    private static boolean isNameAsWritten(String text, NameLexicon.Word w, int start, int end) {
        return w != null && w.is(NAME_HEAD) && (w.base() == null || NameWords.isWrittenAs(text, start, end, w.base()));
    }

    /**
     * An English word, whole or clipped, that is no given name ("Legal", "Telecom"; not "Grace Manager"); one the US
     * lists hold as a name part only beside a surname ("Knowledge", "Poppy") is the title's word, as the head after it
     * is no surname.
     */
    private static boolean isTitleWord(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        return RANKS.contains(text, start, end) || (words[t] == null || !words[t].is(NameLexicon.Word.FIRST))
                && (EnglishWords.contains(text, start, end) || CLIPPED_WORDS.contains(text, start, end) || isEnglishCompound(text, start, end))
                || isPluralOfTrade(text, words[t], start, end);
    }

    /** "Counter-Fraud", "Anti-Money": English words joined by hyphens, which the word list holds one by one. */
    private static boolean isEnglishCompound(String text, int start, int end) {
        int hyphen = text.indexOf('-', start);
        if (hyphen < 0 || hyphen >= end) {
            return false;
        }
        for (int from = start; from < end; ) {
            int to = text.indexOf('-', from);
            to = to < 0 || to > end ? end : to;
            if (to == from || !EnglishWords.contains(text, from, to)) {
                return false;
            }
            from = to + 1;
        }
        return true;
    }

    /**
     * "Lettings Negotiator", "Communications Officer": the plural of an English noun that no list reads as a name names
     * the trade a title's holder works in; the word list holds the noun, not every plural.
     */
    private static boolean isPluralOfTrade(String text, NameLexicon.Word w, int start, int end) {
        return end - start > 3 && text.charAt(end - 1) == 's' && (w == null || !NameWords.isAnyName(w))
                && EnglishNouns.contains(text, start, end - 1);
    }

    private static boolean opensField(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == ',' || text.charAt(i) == '(' || text.charAt(i) == '–';
    }

    private static boolean endsField(String text, int end) {
        int i = Characters.afterSpaces(text, end);
        return i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == ','
                || text.charAt(i) == '(' || text.charAt(i) == ')' || text.charAt(i) == '.';
    }
}
