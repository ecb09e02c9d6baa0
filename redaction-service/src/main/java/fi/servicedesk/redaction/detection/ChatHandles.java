package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A chat handle that is no plain name (R8.2): "@tomski_92", "@leonk8", "@the_real_iina", "@iina.kor" — an "@" that opens
 * a word (not an address's) and a handle with a digit or an underscore, or a given name and a clipped surname of three
 * letters or fewer joined by a dot, is the person's account on the app, a user name. A mention of a plain name
 * ("@Iina", "@iina.korpinen") is the person's name, which {@link ChatMentions} finds. On a code host a handle may
 * hold hyphens ("@gn-ops3"), and one of letters alone is an account where the host's layout says so: after its owner's
 * given name and surname ("Opened by Aino Laakso @ailaak", GitLab's and Gitea's way of naming an author) and on a
 * CODEOWNERS line, a path followed by its owners ("/docs/ @ailaak @org/docs-team", a team after its organisation's
 * "/" none). Not an organisation's account ({@link OrganisationAccounts}: "@BH_Support"). A transcript names the
 * writer of each turn by the handle alone, after the turn's time ("23:23 chig8x: moi", "[09:31] saima_ilo: hej"),
 * where a handle with a digit or an underscore, or a name and a word after a dot ("tuisku.travels"), or letters made
 * of a name the message writes ("jarilukkarinsaari", "rataskoskia" beside "Abraham-Tuomo Rataskosken"), is the
 * writer's account as it is after an "@"; so it is in a turn a note quotes after a colon ('Boten: "saima_ilo: bord för 3"').
 */
final class ChatHandles {

    /** What may stand right before a mention's "@" besides white space: brackets and quotation marks. */
    private static final String MAY_PRECEDE = "([\"'“”‘’«»";
    /** The longest part a handle clips a name to: "kor" of "korpinen". */
    private static final int CLIPPED = 3;
    private static final int SHORTEST = 3;
    /** The fewest letters of the given name a handle opens with, as {@link #opensWithAWrittenName} reads it. */
    private static final int GIVEN_NAMES_OPENING = 4;
    /** A given name and a surname before a handle, as a code host names an author. */
    private static final Pattern OWNERS_NAME = Pattern.compile("(?<!@)\\b\\p{Lu}[\\p{L}'’-]+ \\p{Lu}[\\p{L}'’-]+ $");
    /** How far before the handle the owner's name may start. */
    private static final int LONGEST_NAME = 60;

    /**
     * A turn of a transcript: its time, then its writer's handle ("karlsjo_" may end in an underscore) and a colon; or
     * a turn quoted after a label's colon, as a note quotes what a booking bot was told ('Boten: "karlsjo_: bord för 3"').
     */
    private static final Pattern TURN = Pattern.compile("(?m)(?:^\\[?[0-2]?[0-9][:.][0-5][0-9](?::[0-5][0-9])?]?[ \\t]+"
            + "|:[ \\t]*[\"“”„])([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*_?):[ \\t]");

    /**
     * Two to four capitalised words in a row, as a name is written: "Lukkarinsaari Jari-Aukusti"; a word that opens the
     * question before a name ("Oletko Nadège Widlene Dorvilus-Saintil?") takes none of the name's words from it.
     */
    private static final Pattern WRITTEN_NAME = Pattern.compile(LoginsBesideTheirNames.WRITTEN_NAMES);

    private ChatHandles() {
    }

    static void find(Text message, NameLexicon lexicon, List<Finding> findings) {
        if (message.has(':')) {
            findWritersOfTurns(message.value(), lexicon, findings);
        }
        if (!message.has('@')) {
            return;
        }
        var text = message.value();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && MAY_PRECEDE.indexOf(text.charAt(at - 1)) < 0) {
                continue;
            }
            int start = at + 1;
            int end = start;
            while (end < text.length() && Characters.isAccountChar(text.charAt(end))) {
                end++;
            }
            while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            // A code host's handle is in lower case; "@Zalina" after "@Aino Laakso" is a chat's mention of a name.
            if (end - start >= SHORTEST && Character.isLetter(text.charAt(start)) && !continues(text, end)
                    && !OrganisationAccounts.is(text, start, end)
                    && (holdsDigitOrUnderscore(text, start, end) || clipped(text, start, end)
                        || Characters.hasNoCapital(text, start, end) && (afterOwnersName(text, at) || onOwnersLine(text, at)))) {
                findings.add(new Finding(EntityType.USERNAME, start, end, text.substring(start, end).toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static void findWritersOfTurns(String text, NameLexicon lexicon, List<Finding> findings) {
        var turn = TURN.matcher(text);
        List<String[]> writtenNames = null;
        while (turn.find()) {
            int start = turn.start(1);
            int end = turn.end(1);
            if (end - start < SHORTEST || ServiceAccounts.contains(turn.group(1))) {
                continue;
            }
            boolean marked = holdsDigitOrUnderscore(text, start, end) || dottedWord(text, start, end, lexicon);
            if (!marked && Characters.allLetters(turn.group(1))) {
                // the names are read once per message, and only when a turn's handle needs them
                writtenNames = writtenNames == null ? writtenNames(text) : writtenNames;
                marked = madeOfAWrittenName(writtenNames, turn.group(1))
                        || opensWithAWrittenName(writtenNames, turn.group(1)) && !lexicon.lookup(text, start, end).isKnown()
                        || madeOfAnInflectedName(writtenNames, turn.group(1)) && !lexicon.lookup(text, start, end).isName();
            }
            if (marked) {
                findings.add(new Finding(EntityType.USERNAME, start, end, turn.group(1)));
            }
        }
    }

    /**
     * "jarilukkarinsaari" where the bot found the booking of Lukkarinsaari Jari-Aukusti, "moncrieffg" of Moncrieff
     * Gregor: letters alone made of two words of a name the message writes, a given name's and a surname's, which is
     * the writer's account, as is a half of a double surname and a letter of the other ("ouyangs" of Ouyang-Sima); a
     * given name alone ("aino: moi") or the halves of a double one whole ("ainomaija") is the writer's name.
     */
    private static boolean madeOfAWrittenName(List<String[]> writtenNames, String handle) {
        var letters = AddressLocalParts.foldedLetters(handle);
        for (var words : writtenNames) {
            if (LoginParts.madeOf(words, handle) && Arrays.stream(words).noneMatch(w -> isWordOrHalf(w, letters))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "rataskoskia" where the agent asks for Abraham-Tuomo Rataskosken: a handle of the name whose last word the message
     * inflects, the surname in its base form and a given name's initial ({@link LoginsBesideTheirNames}'s reading);
     * a name alone ("virtanen: moi" beside "Virtaselle") is the writer's name.
     */
    private static boolean madeOfAnInflectedName(List<String[]> writtenNames, String handle) {
        return writtenNames.stream().anyMatch(words -> LoginsBesideTheirNames.madeOfInflectedName(words, handle));
    }

    /**
     * "ievdohirsimaki" where the agent greets Ievdo-Katri Hirsimäen: a handle no dictionary knows that opens with a
     * given name the message writes, or a half of one, and goes on with more letters, the surname as the login spells
     * it, in a case the message may not write it in; not the given name whole ("ainomaija" of Aino-Maija).
     */
    private static boolean opensWithAWrittenName(List<String[]> writtenNames, String handle) {
        var letters = AddressLocalParts.foldedLetters(handle);
        for (var words : writtenNames) {
            if (Arrays.stream(words).anyMatch(w -> isWordOrHalf(w, letters))) {
                continue;
            }
            for (var half : words[0].split("-")) {
                for (var spelling : LoginSpellings.of(half)) {
                    if (spelling.length() >= GIVEN_NAMES_OPENING && letters.startsWith(spelling)
                            && letters.length() - spelling.length() >= SHORTEST) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code letters} spell {@code word} whole ("ainomaija" of Aino-Maija) or one of its halves ("aino"). */
    private static boolean isWordOrHalf(String word, String letters) {
        if (LoginSpellings.of(word).contains(letters)) {
            return true;
        }
        return Arrays.stream(word.split("-")).anyMatch(half -> LoginSpellings.of(half).contains(letters));
    }

    /** The names the message writes, each as its words. */
    private static List<String[]> writtenNames(String text) {
        var names = new ArrayList<String[]>();
        var m = WRITTEN_NAME.matcher(text);
        // each run of words is read from its second word too: a question's first word ("Oletko Ane Miren Zubizarreta
        // Goikoetxea?") must not leave the name's last word out
        for (int from = 0; m.find(from); from = m.start() + m.group().indexOf(' ') + 1) {
            names.add(m.group().split(" "));
        }
        return names;
    }

    /** An address or a host goes on after the handle: "@firma.fi/…", "@x@y". */
    private static boolean continues(String text, int end) {
        return end < text.length() && (text.charAt(end) == '@' || text.charAt(end) == '/' || Character.isLetterOrDigit(text.charAt(end)));
    }

    /** "kalle_92", "tuuli_u": a digit or an underscore, which a handle holds and a name does not. */
    static boolean holdsDigitOrUnderscore(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Scan.isDigit(text.charAt(i)) || text.charAt(i) == '_') {
                return true;
            }
        }
        return false;
    }

    /**
     * "tuisku.travels": a name and an English word that no name list reads as a name, joined by one dot, as a chat's
     * user names its account after what it does; "gijs.vos", a given name and a surname, is the writer's name.
     */
    private static boolean dottedWord(String text, int start, int end, NameLexicon lexicon) {
        int dot = Characters.indexOf(text, '.', start, end);
        if (dot < 0 || Characters.indexOf(text, '.', dot + 1, end) >= 0) {
            return false;
        }
        return EnglishWords.contains(text, dot + 1, end) && !NameWords.isAnyName(lexicon.lookup(text, dot + 1, end));
    }

    /** "iina.kor": two parts of letters joined by one dot, the second clipped. */
    private static boolean clipped(String text, int start, int end) {
        int dot = Characters.indexOf(text, '.', start, end);
        if (dot < 0 || Characters.indexOf(text, '.', dot + 1, end) >= 0) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (i != dot && !Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return dot - start > CLIPPED && end - dot - 1 <= CLIPPED && end - dot - 1 >= 1;
    }

    /** "Aino Laakso @ailaak": two capitalised words right before the "@", on its line, no mention's "@" before them. */
    private static boolean afterOwnersName(String text, int at) {
        return OWNERS_NAME.matcher(text).region(Math.max(Characters.lineStart(text, at), at - LONGEST_NAME), at).find();
    }

    /** A CODEOWNERS line: a path or a glob opens it ("/src/", "*.sql", "docs/**"), owners' handles follow. */
    private static boolean onOwnersLine(String text, int at) {
        int line = Characters.lineStart(text, at);
        int pathEnd = line;
        while (pathEnd < at && !Character.isWhitespace(text.charAt(pathEnd))) {
            pathEnd++;
        }
        if (pathEnd == line || text.charAt(line) == '@' || !containsAny(text, line, pathEnd, "/*.")) {
            return false;
        }
        for (int i = pathEnd + 1; i < at; i++) {
            boolean opensAWord = !Character.isWhitespace(text.charAt(i)) && Character.isWhitespace(text.charAt(i - 1));
            if (opensAWord && text.charAt(i) != '@') {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
