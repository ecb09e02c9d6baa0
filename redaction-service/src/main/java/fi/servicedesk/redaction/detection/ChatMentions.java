package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "@Katja", "@jouni", "@Taisto-Ilmari": a chat mention (an "@" not inside an address) of a word that can be a name, the
 * parts of a double given name joined by a hyphen with it (decided by the first part), and an East Asian given name's
 * second syllable ({@link RomanizedGivenNames}: "@Seung-hoon");
 * in lower case only a name Voikko or the lists know that is no other word, or a word no list knows that the message
 * writes capitalised too ("[09:14] Szymon Woźniak … ask @szymon": the chat's own speaker); and the surname one space
 * after a capitalised mention ("@Hilda-Elisabet Teljokangas"). Not an organisation's account, which
 * {@link OrganisationAccounts} reads ("@VesitehoVaasa", "@HavsbrisAB", "@SaimaaPankki"); nor the letters of a handle that goes on after them with a digit or an
 * underscore ("@Kuitunet_Asiakaspalvelu", "@kalle_92"), which {@link ChatHandles} reads whole.
 */
final class ChatMentions {

    /** What may stand right before a mention's "@" besides white space: brackets and quotation marks. */
    static final String MAY_PRECEDE = "([\"'“”‘’«»";

    /** Slack's and Teams' mentions of a whole channel or team, no one's name. */
    static final Set<String> EVERYONE = Set.of("here", "channel", "everyone", "all", "team");

    private ChatMentions() {
    }

    static void find(String text, NameLexicon lexicon, List<Finding> findings) {
        findSpeakerHandles(text, lexicon, findings);
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            // A mention opens a word: after a space, a bracket or a quotation mark ('"@Hamish can you look…"', as a
            // notification quotes the comment that mentions someone); after a letter or digit the "@" is an address's.
            if (at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && MAY_PRECEDE.indexOf(text.charAt(at - 1)) < 0) {
                continue;
            }
            int firstEnd = lettersEnd(text, at + 1);
            int end = firstEnd;
            // "@Taisto-Ilmari", "@Elle-Máret": a double given name's parts, joined by a hyphen, are one mention.
            while (end + 1 < text.length() && text.charAt(end) == '-' && Character.isUpperCase(text.charAt(end + 1))) {
                end = lettersEnd(text, end + 1);
            }
            // "@Seung-hoon", "@Wing-yan": an East Asian given name of two syllables, the second in lower case.
            if (end == firstEnd && end + 1 < text.length() && text.charAt(end) == '-' && Character.isLowerCase(text.charAt(end + 1))
                    && RomanizedGivenNames.isGivenName(text, at + 1, lettersEnd(text, end + 1), lexicon)) {
                end = lettersEnd(text, end + 1);
            }
            if (firstEnd - at < 3 || end < text.length() && (text.charAt(end) == '.' && end + 1 < text.length()
                    && Character.isLetter(text.charAt(end + 1)) || Character.isDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                addHandle(text, lexicon, at + 1, false, findings);
                continue;
            }
            // "@VesitehoVaasa", "@KuitunetFI": a firm's handle, its name glued to a place, a country or its business.
            if (OrganisationAccounts.isMention(text, at + 1, end, lexicon)) {
                continue;
            }
            var w = lexicon.lookup(text, at + 1, firstEnd);
            var lower = text.substring(at + 1, firstEnd).toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(text.charAt(at + 1)) && Character.isLowerCase(text.charAt(at + 2));
            boolean name = capitalised
                    ? !NameLexicon.isMaker(lower) && (w.isName() || w.is(NameLexicon.Word.PAIRED_FIRST) || !NameLexicon.isThingOrWord(lower))
                    : !w.is(NameLexicon.Word.COMMON | NameLexicon.Word.PLACE | NameLexicon.Word.ENGLISH_WORD)
                    && (w.isName() || !w.isKnown() && !NameLexicon.isThingOrWord(lower) && !EVERYONE.contains(lower)
                    && writtenCapitalised(text, at + 1, end));
            if (name) {
                int pairEnd = capitalised ? secondGivenNameEnd(text, lexicon, end) : -1;
                if (pairEnd > 0) {
                    findings.add(new Finding(EntityType.NAME, at + 1, pairEnd, text.substring(at + 1, pairEnd).toLowerCase(Locale.ROOT)));
                    continue;
                }
                var value = end > firstEnd ? text.substring(at + 1, end).toLowerCase(Locale.ROOT) : w.isName() && w.base() != null ? w.base() : lower;
                findings.add(new Finding(EntityType.NAME, at + 1, end, value));
                if (capitalised) {
                    addSurnameAfter(text, lexicon, end, findings);
                }
            }
        }
    }

    /**
     * "@Juhani Matias katsotko": a capitalised mention is one person's, so a given name one space after it that the lists
     * know as no surname is their second given name, one span with the first; returns its end, -1 if none. A surname
     * after it stays a name of its own ({@link #addSurnameAfter}).
     */
    private static int secondGivenNameEnd(String text, NameLexicon lexicon, int mentionEnd) {
        int start = mentionEnd + 1;
        if (start + 1 >= text.length() || text.charAt(mentionEnd) != ' ' || !Character.isUpperCase(text.charAt(start))
                || !Character.isLowerCase(text.charAt(start + 1))) {
            return -1;
        }
        int end = lettersEnd(text, start);
        if (end < text.length() && text.charAt(end) == '-') {
            return -1; // a double surname's first part ("@Siu-Ming Chan-Leung"), not a given name
        }
        var w = lexicon.lookup(text, start, end);
        return w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST) && !w.is(NameLexicon.Word.LAST)
                && !NameLexicon.isThingOrWord(text, start, end) && !EnglishWords.contains(text, start, end) ? end : -1;
    }

    /**
     * "@Hilda-Elisabet Teljokangas katsokaa", "Mentioned: @Dagny-Ottilia Tallgärde": the capitalised word one space after a
     * capitalised mention is the person's surname where it reads as one, is one made of a word of the land
     * ({@link TopographicSurnames}) or is a word no one knows; not an ordinary word ("@Aino Kiitos!") nor a product's.
     */
    private static void addSurnameAfter(String text, NameLexicon lexicon, int mentionEnd, List<Finding> findings) {
        int start = mentionEnd + 1;
        if (start + 1 >= text.length() || text.charAt(mentionEnd) != ' ' || !Character.isUpperCase(text.charAt(start))
                || !Character.isLowerCase(text.charAt(start + 1))) {
            return;
        }
        int end = lettersEnd(text, start);
        while (end + 1 < text.length() && text.charAt(end) == '-' && Character.isUpperCase(text.charAt(end + 1))) {
            end = lettersEnd(text, end + 1);
        }
        var w = lexicon.lookup(text, start, end);
        if (!NameLexicon.isThingOrWord(text, start, end) && !EnglishWords.contains(text, start, end)
                && (w.is(NameLexicon.Word.LAST) || TopographicSurnames.is(text, start, end, w) || !w.isKnown())) {
            findings.add(new Finding(EntityType.NAME, start, end, text.substring(start, end).toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * "[18:32] aino.kettunen: …", "Review by @aino.kettunen:": a chat's speaker or a mention written as a login, a
     * given name and a surname in lower case joined by a dot, is the person's name as one span. One of the two must be
     * a name by Voikko or the lists and the other a name or a word no one knows, neither a maker's, so "@example.com"
     * and "[10:02] build.log:" stay.
     */
    private static void findSpeakerHandles(String text, NameLexicon lexicon, List<Finding> findings) {
        for (int close = text.indexOf("] ", 0); close >= 0; close = text.indexOf("] ", close + 2)) {
            if (close > 0 && Character.isDigit(text.charAt(close - 1))) {
                addHandle(text, lexicon, close + 2, true, findings);
            }
        }
    }

    /**
     * The handle from {@code start}: two words in lower case joined by a dot, ending a mention, or before a colon where
     * it is a {@code speaker}.
     */
    private static void addHandle(String text, NameLexicon lexicon, int start, boolean speaker, List<Finding> findings) {
        int dot = handlePartEnd(text, start);
        if (dot < 0 || dot >= text.length() || text.charAt(dot) != '.') {
            return;
        }
        int end = handlePartEnd(text, dot + 1);
        if (end < 0 || speaker && !text.startsWith(":", end) || end < text.length() && (text.charAt(end) == '.' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))
                || text.charAt(end) == '@' || Character.isLetterOrDigit(text.charAt(end)))) {
            return;
        }
        // Voikko reads a proper name only capitalised.
        var given = lexicon.lookup(capitalised(text, start, dot), 0, dot - start);
        var surname = lexicon.lookup(capitalised(text, dot + 1, end), 0, end - dot - 1);
        if ((given.isName() || surname.isName()) && isNamePart(text, start, dot, given) && isNamePart(text, dot + 1, end, surname)) {
            findings.add(new Finding(EntityType.NAME, start, end, text.substring(start, end)));
        }
    }

    /** The end of a part of two letters or more in lower case, with hyphens inside ("pertti-juhani"), or -1. */
    private static int handlePartEnd(String text, int from) {
        int end = from;
        while (end < text.length() && (Character.isLowerCase(text.charAt(end)) || text.charAt(end) == '-' && end > from)) {
            end++;
        }
        return end - from >= 2 && text.charAt(end - 1) != '-' ? end : -1;
    }

    private static String capitalised(String text, int start, int end) {
        return Character.toUpperCase(text.charAt(start)) + text.substring(start + 1, end);
    }

    /** A name reading ("koskinen" is a word too), or a word no one knows that is no thing's; never a maker's. */
    private static boolean isNamePart(String text, int start, int end, NameLexicon.Word w) {
        var lower = text.substring(start, end);
        return !NameLexicon.isMaker(lower) && (w.isName() || !w.isKnown() && !NameLexicon.isThingOrWord(lower));
    }

    private static int lettersEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The word {@code text[start, end)}, in lower case, stands elsewhere in the message as a capitalised word. */
    static boolean writtenCapitalised(String text, int start, int end) {
        var capitalised = Character.toUpperCase(text.charAt(start)) + text.substring(start + 1, end);
        for (int i = text.indexOf(capitalised); i >= 0; i = text.indexOf(capitalised, i + 1)) {
            int after = i + capitalised.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (after == text.length() || !Character.isLetter(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }
}
