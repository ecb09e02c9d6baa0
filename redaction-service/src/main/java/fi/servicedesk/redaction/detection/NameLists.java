package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * People named side by side: a label's list ("Kopio: Taras Honkanen; Shirin Kuusk"), words joined to a
 * name by "ja/and/tai/or" ("Heikki and Abdi"), names before "and I" ("Iris, Malcolm and I tested"),
 * and "from" one person "to" another ("Reassigned from Penny Sutton to Kadri").
 */
final class NameLists {

    /** Words that join two people: "Heikki and Abdi", "Tuula ja Abdullahi". */
    private static final List<String> CONJUNCTIONS = List.of("ja", "sekä", "and", "or", "tai");
    private static final int LONGEST_CONJUNCTION = 4;
    /** The first letters of {@link #CONJUNCTIONS}: nearly every word is asked, and most fail on its first letter. */
    private static final String CONJUNCTION_INITIALS = "jsaot";
    /** A meeting's labels before those present or absent, in Finnish, Swedish and English. */
    private static final Set<String> MEETING_LABELS = Set.of("paikalla", "osallistujat", "läsnä", "mukana", "poissa",
            "närvarande", "frånvarande", "deltagare", "attendees", "participants", "present", "absent", "apologies");
    /**
     * Labels before a list of people: "Kopio: Taras Honkanen; Shirin Kuusk", "Paikalla: Oksana Z., Shirin, Yilmaz",
     * a meeting's "Mukana:", "Poissa:", "Present:", "Apologies:", a form's "Omistaja:", "Owner:", "Contact:", a
     * roster's days and stand-by ("ke–to: Sampo Heinonen", "Backup: Honka"), an approver and a hand-off.
     */
    private static final Set<String> LIST_LABELS = Stream.concat(MEETING_LABELS.stream(), Stream.of("cc", "bcc", "kopio",
            "piilokopio", "vastaanottajat", "omistaja", "owner", "yhteyshenkilö", "vastuuhenkilö", "contact",
            // who is on duty or takes a task over: a roster's days ("ma–ti:", "Mon-Tue:"), its stand-by and hand-offs
            "ma", "ti", "ke", "to", "pe", "la", "su", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "varalla",
            "backup", "päivystäjä", "call", "siirretty", "reassigned", "hyväksyjä", "approver", "deputy", "sijainen",
            // a form's or a handover's person: who holds, orders, hands over or takes over, and "Requested by:";
            // not a mail's "Vastaanottaja:" or "Lähettäjä:", which is often a mailbox ("Vastaanottaja: Palvelupiste")
            "haltija", "tilaaja", "luovuttaja", "käsittelijä", "requester", "assignee", "outgoing", "incoming", "by",
            // a calendar invitation's organiser and attendees ("Required: Dirie, Mahad; Booth, Patience")
            "organizer", "organiser", "required", "optional", "guest",
            // a ticket's or a call note's caller ("Caller: Võ Thị Hồng"), as the agent noun "Soittaja:" is
            "caller",
            // a commit's author and its trailers ("Reviewed-by: Nino Beridze", "Co-authored-by: …"), a survey's
            // respondent, a shift's lead and an absence's cover ("(lead: Morag Bay)", "cover: Kirsty Glass")
            "author", "reviewed-by", "co-authored-by", "signed-off-by", "reported-by", "tested-by", "acked-by",
            "respondent", "lead", "cover")).collect(Collectors.toUnmodifiableSet());
    /** Agent nouns whose value is a mailbox or a firm more often than a person. */
    private static final Set<String> NOT_PERSON_LABELS = Set.of("vastaanottaja", "lähettäjä", "toimittaja",
            "valmistaja", "palveluntarjoaja", "maksaja", "laskuttaja");
    /** The fewest letters of an agent noun that labels a person ("tekijä"). */
    private static final int SHORTEST_AGENT_NOUN = 6;
    /** How long a label's remark in parentheses is at most ("Tilaaja (esimies):"). */
    private static final int LONGEST_REMARK = 24;
    /** How many people a labelled list names at most. */
    private static final int LISTED_PEOPLE = 12;

    private NameLists() {
    }

    static void markLabelledLists(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            int colon = labelColon(text, tokens.end(t));
            if (colon >= 0 && !isBylineTitle(text, tokens.start(t))
                    && isPersonLabel(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT), words[t])) {
                int first = t + 1;
                while (first < tokens.size() && tokens.start(first) < colon) {
                    first++;
                }
                if (first < tokens.size()) {
                    labelledList(text, tokens, words, names, first);
                }
            }
        }
    }

    /**
     * "#3 Kerttu Räsänen, Lähitukiasiantuntija:" over a comment: a title after the writer's name and a comma is
     * the byline's, and the line after it is what they wrote ("Selvä, kiitos."), no list of people. A byline's title
     * is capitalised; a label in lower case after a comma still names who follows ("Out on Friday, cover: X Y").
     */
    private static boolean isBylineTitle(String text, int start) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && i < start - 1 && text.charAt(i) == ',';
    }

    /** Whether {@code lower} labels who attend a meeting or are absent: "Läsnä:", "Deltagare:", "Present:". */
    static boolean isMeetingLabel(String lower) {
        return MEETING_LABELS.contains(lower);
    }

    /**
     * A label whose value is a person: one of {@link #LIST_LABELS} or its English plural ("Approvers:",
     * "Owners:"); a Finnish agent noun by Voikko's base form ("Esittelijä:", "Hyväksyjät:", "Kirjaaja:": who
     * presents, approves, records) or a past participle of what someone did ("Muokannut:", "Avannut:"). Not a
     * mail's sender or recipient, often a mailbox, nor a supplier or maker, often a firm.
     */
    private static boolean isPersonLabel(String lower, NameLexicon.Word w) {
        if (LIST_LABELS.contains(lower)
                || lower.length() > 3 && lower.endsWith("s") && LIST_LABELS.contains(lower.substring(0, lower.length() - 1))) {
            return true;
        }
        var base = w == null ? null : w.ordinaryBase();
        if (base == null || base.length() < SHORTEST_AGENT_NOUN || NOT_PERSON_LABELS.contains(base)) {
            return false;
        }
        return base.endsWith("ja") || base.endsWith("jä") || lower.endsWith("nut") || lower.endsWith("nyt");
    }

    /**
     * The colon that ends a label, right after it or after a remark in parentheses on its line
     * ("Tilaaja (esimies):"); -1 if none.
     */
    private static int labelColon(String text, int end) {
        if (end >= text.length()) {
            return -1;
        }
        if (text.charAt(end) == ':') {
            return end;
        }
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || text.charAt(end + 1) != '(') {
            return -1;
        }
        for (int i = end + 2; i < text.length() && i < end + 2 + LONGEST_REMARK; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '(') {
                return -1;
            }
            if (c == ')') {
                return i + 1 < text.length() && text.charAt(i + 1) == ':' ? i + 1 : -1;
            }
        }
        return -1;
    }

    static void markJoined(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int c = 1; c + 1 < tokens.size(); c++) {
            if (isConjunction(text, tokens, c) && tokens.spaced(c, c + 1)) {
                coordinated(text, tokens, words, names, c);
                if (isSpeaker(text, tokens, c + 1)) {
                    listBeforeMe(text, tokens, words, names, c);
                }
            }
            if (slashBetween(text, tokens, c - 1, c)) {
                joinedBySlash(text, tokens, words, names, c);
            }
            // "Reassigned from Penny Sutton to Kadri": from one person to another.
            if (names[c - 1] && tokens.is(c, "to") && tokens.spaced(c, c + 1) && fromBefore(tokens, names, c - 1)
                    && NameWords.canBeSurname(text, tokens, words[c + 1], c + 1)) {
                names[c + 1] = true;
            }
        }
    }

    /** One of {@link #CONJUNCTIONS}, {@code lower} in lower case. */
    static boolean isConjunction(String lower) {
        return CONJUNCTIONS.contains(lower);
    }

    /** One of {@link #CONJUNCTIONS}, as written (in lower case): compared in place, as nearly every word is asked. */
    static boolean isConjunction(String text, Tokens tokens, int t) {
        if (tokens.length(t) > LONGEST_CONJUNCTION || CONJUNCTION_INITIALS.indexOf(text.charAt(tokens.start(t))) < 0) {
            return false;
        }
        for (var conjunction : CONJUNCTIONS) {
            if (tokens.length(t) == conjunction.length() && text.startsWith(conjunction, tokens.start(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One slash and no space between two words: "Raili/Jyrki". With spaces it may part two languages'
     * texts ("Hi Ayaan / Hei Ayaan"); a label's list takes those ("Vastuuhenkilö: Ilves / Osman").
     */
    private static boolean slashBetween(String text, Tokens tokens, int before, int after) {
        return tokens.start(after) - tokens.end(before) == 1 && text.charAt(tokens.end(before)) == '/';
    }

    /**
     * "Faadumo/Riikka", "Satu Hirvi/Siobhan Kaur": a word joined by a slash to a name found is one too if
     * it can be a name (not "TCP/IP", and "Teams/Outlook" has no name on either side).
     */
    private static void joinedBySlash(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int c) {
        if (names[c - 1] && NameWords.canBeSurname(text, tokens, words[c], c)) {
            names[c] = true;
        } else if (names[c] && NameWords.canBeSurname(text, tokens, words[c - 1], c - 1)) {
            names[c - 1] = true;
        }
    }

    /** "from" right before the name that ends at {@code last} (one or two words). */
    private static boolean fromBefore(Tokens tokens, boolean[] names, int last) {
        int first = last > 0 && names[last - 1] && tokens.spaced(last - 1, last) ? last - 1 : last;
        return first > 0 && tokens.is(first - 1, "from") && tokens.spaced(first - 1, first);
    }

    /**
     * The people a label lists on its line, separated by commas or semicolons: one or two words each
     * that are names or unknown (not products or words), an initial after them allowed ("Oksana Z.").
     */
    private static void labelledList(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int first) {
        int t = first;
        for (int people = 0; people < LISTED_PEOPLE && t < tokens.size()
                && (isListedPerson(text, tokens, words, t) || isWholeItem(text, tokens, words, t) || isWholePair(text, tokens, words, t));
             people++) {
            names[t] = true;
            int next = t + 1;
            // "ma–ti: Aigerim Kataja": the second word too where it is also a word, if it ends the item.
            if (next < tokens.size() && tokens.spaced(t, next)
                    && (isListedPerson(text, tokens, words, next) || isWholeItem(text, tokens, words, next))) {
                names[next] = true;
                next++;
            }
            if (next < tokens.size() && NameWords.isInitial(text, tokens, next) && tokens.spaced(next - 1, next)) {
                next++;
            }
            if (next >= tokens.size() || !separatedInList(text, tokens.end(next - 1), tokens.start(next))) {
                return;
            }
            t = next;
        }
    }

    /** "siirretty: Valo Joki": two capitalised words that can be names and are the whole item, whatever words they also are. */
    private static boolean isWholePair(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return t + 1 < tokens.size() && tokens.spaced(t, t + 1) && NameWords.canBeSurname(text, tokens, words[t], t)
                && isWholeItem(text, tokens, words, t + 1);
    }

    private static boolean isListedPerson(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var w = words[t];
        return NameWords.canBeSurname(text, tokens, w, t) && (NameWords.isAnyName(w) || !w.isKnown() && !isEnglishNoun(text, tokens, t));
    }

    /** "Reported by: Monitoring": a word Voikko does not know may be an English noun, a system's or a team's, not a person's. */
    private static boolean isEnglishNoun(String text, Tokens tokens, int t) {
        return EnglishNouns.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * "Mukana: Juha-Pekka Kallio, Into": a capitalised word that is no product or word of the service
     * desk, alone between the list's separators or at its line's end, is a name even where it is
     * also an ordinary word (Into, Valo); so is a name by the lists that is also such a word ("Apologies: Cook").
     */
    private static boolean isWholeItem(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        boolean name = words[t] != null && NameWords.isAnyName(words[t]);
        if (!NameWords.canBeSurname(text, tokens, words[t], t) && !(tokens.isCapitalised(t) && name
                && !NameLexicon.isMaker(text, tokens.start(t), tokens.end(t)))
                || !name && (isEnglishNoun(text, tokens, t) || inPathOfUnits(text, tokens, words, t))) {
            return false;
        }
        int end = tokens.end(t);
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        // a pipe ends a table's cell ("Reported by: Grant Fisher | Affected: …")
        return end == text.length() || text.charAt(end) == ',' || text.charAt(end) == ';' || text.charAt(end) == '\n'
                || text.charAt(end) == '|' || text.charAt(end) == '/';
    }

    /**
     * "Tilaaja: …, Tietohallinto / Palvelupiste": two ordinary words no name reads, parted by a slash with spaces around
     * it, are a path of units, a department and its team ("Ilves / Guttorm" stays two people).
     */
    private static boolean inPathOfUnits(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return isUnitWord(words[t]) && (t + 1 < tokens.size() && text.startsWith(" / ", tokens.end(t))
                && tokens.start(t + 1) == tokens.end(t) + 3 && isUnitWord(words[t + 1])
                || t > 0 && tokens.start(t) == tokens.end(t - 1) + 3 && text.startsWith(" / ", tokens.end(t - 1)) && isUnitWord(words[t - 1]));
    }

    private static boolean isUnitWord(NameLexicon.Word w) {
        return w != null && w.is(NameLexicon.Word.COMMON) && !NameWords.isAnyName(w);
    }

    /** One comma, semicolon or slash between two items of a list on one line, after an initial's full stop too. */
    private static boolean separatedInList(String text, int from, int to) {
        int separators = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '/') {
                separators++;
            } else if (c != ' ' && c != '.') {
                return false;
            }
        }
        return separators == 1;
    }

    /** "I", "minä", "mä": the one who writes, last in a list of people ("Iris, Malcolm and I tested …"). */
    private static boolean isSpeaker(String text, Tokens tokens, int t) {
        return tokens.length(t) == 1 && text.charAt(tokens.start(t)) == 'I' || tokens.is(t, "minä") || tokens.is(t, "mä");
    }

    /** "Ebba, Lily and I", "Terttu ja minä": the capitalised names or unknown words listed before "and I" are people. */
    private static void listBeforeMe(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int c) {
        for (int t = c - 1; t >= 0 && isListedPerson(text, tokens, words, t); t--) {
            names[t] = true;
            if (t == 0 || text.charAt(tokens.end(t - 1)) != ',' || tokens.start(t) - tokens.end(t - 1) > 2) {
                return;
            }
        }
    }

    /**
     * "Heikki and Abdi": one side is a name, the other a capitalised word that can be one, or a surname
     * by the US lists that is also a word ("Drew and Cook"). Opening a sentence the word before needs a
     * name reading of its own ("Amber and Wei both report …"; not "Teams and Abdi").
     */
    private static void coordinated(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int c) {
        if (names[c - 1] && (NameWords.canBeSurname(text, tokens, words[c + 1], c + 1)
                || tokens.isCapitalised(c + 1) && words[c + 1].is(NameLexicon.Word.PAIRED_LAST))) {
            names[c + 1] = true;
        } else if (names[c + 1] && NameWords.canBeSurname(text, tokens, words[c - 1], c - 1)
                // opening a sentence, a name reading or a word nobody knows ("Siim and Heather"), not an ordinary word
                && (!tokens.beginsSentence(c - 1) || NameWords.isAnyName(words[c - 1]) || !words[c - 1].isKnown())) {
            names[c - 1] = true;
        }
    }
}
