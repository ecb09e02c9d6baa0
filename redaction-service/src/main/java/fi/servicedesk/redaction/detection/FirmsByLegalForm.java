package fi.servicedesk.redaction.detection;

/**
 * "Karl Fazer Oy", "Oksala IT Oy", "Oy Hartwall Ab", "Morgan Stanley & Co", "Nordens Kyl & Värme AB", "Goldman Sachs Group", "Wells Fargo Bank", "Hewlett Packard Enterprise",
 * "Jane Street LLC", "Sigrid Juséliuksen Säätiö": a firm's legal form or an organisation's word beside
 * capitalised words makes them the firm's name, even where they are a person's (the founder's). The forms
 * are compared in their written case, since "as", "co" and "ab" are words in lower case. A registered association
 * ("Kirkonkylän Metsästäjät ry", "Ekenäs Segelklubb rf"), a Swedish housing cooperative ("Brf Linden") and a football club ("Bristol City FC", "FC Lahti", "Leeds United") are
 * organisations named the same way. The one word that closes a firm's line after a comma is the firm's seat,
 * as signatures and letterheads write it ("Beispiel GmbH, Leeds", "Teollisuus Oyj, Salo", "Exemple SARL, Lyon"); two
 * words there may be a contact's full name ("Acme Oy, Sandra Salo"), and the form must follow the firm's own
 * capitalised word, so a list of people's initials stays ("Present: Callum Haddad, SA, Ginger"). A person whose
 * name holds an organisation's word ("Somsak Bank") keeps it where the pair stands in a full name, with a surname
 * after it or in capitals before it ("Somsak Bank Virtanen", "VIRTANEN Somsak Bank"), or where the message also
 * writes the word inflected after the same name ("Somsak Bankille"): a firm's name is not written so.
 */
final class FirmsByLegalForm {

    /** Legal forms and organisation words after the name, as they are written. */
    private static final String[] AFTER = {"Oy", "Oyj", "Ab", "Abp", "Ky", "Tmi", "Ltd", "Ltd.", "Inc", "Inc.", "LLC", "LLP",
            "GmbH", "AG", "SARL", "Pty", "OÜ", "plc", "PLC", "Corp", "Corp.", "Corporation", "Co", "Co.", "SA", "NV", "BV", "AS", "ASA", "AB",
            "Bank", "Pankki", "Group", "Foundation", "Säätiö", "Holding", "Holdings", "Partners", "Enterprise", "Enterprises", "ry", "r.y.", "rf", "r.f.", "e.V.",
            "FC", "AFC",
            // a law firm and a housing association ("Pembertons Solicitors", "Harbour Homes Housing Association")
            "Solicitors", "Association",
            // a group's company in one country or region, named after the group ("Fujitsu Finland", "Schenker Suomi")
            "Suomi", "Finland", "Sverige", "Norge", "Danmark", "Nordic", "Baltic", "Scandinavia",
            // an English football club's name ends in one of these words, which no one's name does ("Leeds United")
            "United", "Rovers", "Wanderers", "Hotspur", "Athletic", "Albion"};
    /** Legal forms written after a comma ("Acme, Inc."). */
    private static final String[] AFTER_COMMA = {"Inc", "Inc.", "Ltd", "Ltd.", "LLC"};
    /**
     * Legal forms that Finnish and Swedish firms also write before the name ("Oy Hartwall Ab", "Fastighets AB Eken"), and the Swedish housing
     * cooperative's, which always stands there ("Brf Linden", "Bostadsrättsföreningen Eken"), as does a Swedish foundation's
     * ("Stiftelsen Ahlskog").
     */
    private static final String[] BEFORE = {"Oy", "Ab", "AB", "Oyj", "FC", "Brf", "BRF", "Bostadsrättsföreningen", "Stiftelsen"};
    private static final WrittenWords AFTER_WORDS = WrittenWords.of(AFTER);
    private static final WrittenWords AFTER_COMMA_WORDS = WrittenWords.of(AFTER_COMMA);
    private static final WrittenWords BEFORE_WORDS = WrittenWords.of(BEFORE);
    private static final int LONGEST_NAME = 3;
    private static final int LONGEST_TRADE_ABBREVIATION = 4;

    private FirmsByLegalForm() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        boolean[] kept = personsForms(text, tokens, names.clone());
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && isForm(text, tokens, t) && !kept[t]) {
                names[t] = false;
            }
            if (names[t] && firmsSeat(text, tokens, t)) {
                names[t] = false;
            }
            if (!tokens.isCapitalised(t)) {
                continue;
            }
            // The run may open with a word no rule marked ("Kirkonkylän Metsästäjät ry": the genitive is no name).
            boolean marked = names[t];
            int last = t;
            while (last + 1 < tokens.size() && last - t + 1 < LONGEST_NAME && (tokens.isCapitalised(last + 1) || isTradeAbbreviation(text, tokens, last + 1))
                    && joined(text, tokens, last) && !AFTER_WORDS.startsWordAt(text, tokens.start(last + 1))) {
                last++;
                marked |= names[last];
            }
            if (!marked) {
                t = last;
                continue;
            }
            if (formFollows(text, tokens.end(last)) && !(last + 1 < tokens.size() && kept[last + 1])
                    || formPrecedes(text, tokens.start(t))) {
                for (int k = t; k <= last; k++) {
                    names[k] = false;
                }
                t = last;
            }
        }
    }

    /**
     * The form words that are a person's name here: after a found given name, with the person's surname found right after
     * ("Somsak Bank Virtanen") or in capitals right before ("VIRTANEN Somsak Bank"), or written inflected elsewhere after
     * the same name ("Somsak Bankille"); and then the same pair of words anywhere in the message ("guest=Virtanen,
     * Somsak Bank").
     */
    private static boolean[] personsForms(String text, Tokens tokens, boolean[] found) {
        int n = tokens.size();
        boolean[] kept = new boolean[n];
        for (int k = 1; k < n; k++) {
            if (isFormAfterName(text, tokens, found, k) && (surnameBeside(text, tokens, found, k) || inflectedElsewhere(text, tokens, found, k))) {
                for (int u = 1; u < n; u++) {
                    if (isFormAfterName(text, tokens, found, u) && samePair(text, tokens, u, k)) {
                        kept[u] = true;
                    }
                }
            }
        }
        return kept;
    }

    private static boolean isFormAfterName(String text, Tokens tokens, boolean[] found, int k) {
        return found[k - 1] && tokens.oneSpaceApart(k - 1, k) && AFTER_WORDS.startsWordAt(text, tokens.start(k));
    }

    private static boolean surnameBeside(String text, Tokens tokens, boolean[] found, int k) {
        return k + 1 < tokens.size() && found[k + 1] && tokens.isCapitalised(k + 1) && tokens.oneSpaceApart(k, k + 1)
                && !AFTER_WORDS.startsWordAt(text, tokens.start(k + 1)) && !BEFORE_WORDS.startsWordAt(text, tokens.start(k + 1))
                || k >= 2 && found[k - 2] && tokens.oneSpaceApart(k - 2, k - 1) && NamesInCapitals.inCapitals(text, tokens, k - 2);
    }

    private static boolean samePair(String text, Tokens tokens, int u, int k) {
        return tokens.length(u) == tokens.length(k) && tokens.length(u - 1) == tokens.length(k - 1)
                && text.regionMatches(tokens.start(u - 1), text, tokens.start(k - 1), tokens.end(k) - tokens.start(k - 1));
    }

    /**
     * Whether the form word at {@code form} is found elsewhere in the message inflected after the same name ("Somsak
     * Bank" beside "Somsak Bankille"): then it is that person's surname.
     */
    private static boolean inflectedElsewhere(String text, Tokens tokens, boolean[] found, int form) {
        int given = form - 1;
        int givenLength = tokens.length(given);
        int formLength = tokens.length(form);
        for (int u = 1; u < tokens.size(); u++) {
            if (found[u] && found[u - 1] && tokens.oneSpaceApart(u - 1, u) && tokens.length(u) > formLength
                    && tokens.length(u - 1) == givenLength
                    && text.regionMatches(tokens.start(u - 1), text, tokens.start(given), givenLength)
                    && text.regionMatches(tokens.start(u), text, tokens.start(form), formLength)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "IT", "HR", "ICT" of "Oksala IT Oy", "Nordic HR Ab": a trade in capitals goes on the firm's name before its form.
     * Not capitalised, it opens no run; the run's own capitalised word must be marked.
     */
    private static boolean isTradeAbbreviation(String text, Tokens tokens, int k) {
        int length = tokens.length(k);
        return length >= 2 && length <= LONGEST_TRADE_ABBREVIATION && Characters.inCapitals(text, tokens.start(k), tokens.end(k));
    }

    /**
     * The next word goes on the firm's name: after a space, or after " & ", which joins the trades or founders a firm
     * names itself after ("Nordens Kyl & Värme AB", "Procter & Gamble AB").
     */
    private static boolean joined(String text, Tokens tokens, int last) {
        return tokens.spaced(last, last + 1) || tokens.start(last + 1) == tokens.end(last) + 3 && text.startsWith(" & ", tokens.end(last));
    }

    /** A form after a space or " & " ("Morgan Stanley & Co"), or one of {@link #AFTER_COMMA} after a comma. */
    private static boolean formFollows(String text, int end) {
        return text.startsWith(" ", end) && AFTER_WORDS.startsWordAt(text, end + 1) || text.startsWith(" & ", end) && AFTER_WORDS.startsWordAt(text, end + 3)
                || text.startsWith(", ", end) && AFTER_COMMA_WORDS.startsWordAt(text, end + 2);
    }

    /** The form itself beside a capitalised word ("Bank" of "Wells Fargo Bank", "Oy" of "Oy Hartwall"). */
    /** A legal form or an organisation's word right after {@code t} ("Morrisons Ltd", "Kesko Oyj"). */
    static boolean formFollows(String text, Tokens tokens, int t) {
        return t + 1 < tokens.size() && tokens.spaced(t, t + 1) && AFTER_WORDS.startsWordAt(text, tokens.start(t + 1));
    }

    private static boolean isForm(String text, Tokens tokens, int t) {
        return (AFTER_WORDS.startsWordAt(text, tokens.start(t)) || BEFORE_WORDS.startsWordAt(text, tokens.start(t)))
                && (t > 0 && (tokens.isCapitalised(t - 1) || isTradeAbbreviation(text, tokens, t - 1))
                || t + 1 < tokens.size() && tokens.isCapitalised(t + 1));
    }

    /**
     * Whether {@code t} is one capitalised word closing its line after "Firm Form, ": a person's full name there would
     * be two words, so one word is the town.
     */
    private static boolean firmsSeat(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        if (start < 2 || !tokens.isCapitalised(t) || !text.startsWith(", ", start - 2) || !AFTER_WORDS.endsWordAt(text, start - 2)) {
            return false;
        }
        int form = t - 1;
        return form >= 1 && tokens.end(form) == start - 2 && tokens.isCapitalised(form - 1) && tokens.spaced(form - 1, form)
                && closesLine(text, tokens.end(t));
    }

    /** Whether a legal form or an organisation's word ends at {@code end}: "Edberg Frakt Ab", a firm's name. */
    static boolean endsWithForm(String text, int end) {
        return AFTER_WORDS.endsWordAt(text, end);
    }

    private static boolean closesLine(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private static boolean formPrecedes(String text, int start) {
        return start > 0 && text.charAt(start - 1) == ' ' && BEFORE_WORDS.endsWordAt(text, start - 1);
    }
}
