package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A library's loan list, hold notice, fine or stand writes a work as a catalogue does: its title, perhaps with its
 * byline ("Canth, Minna: Anna Liisa", "Emma / Jane Austen", "Sillanpää, F. E.: Nuorena nukkunut"), and the names in
 * either are the work's, not a person's the message is about. A byline is no one acting in the text: an author who
 * visits, is paid or called is written as a person is, and the other rules find them. The work's place is told by the
 * text around it, not by the title, so that no list of titles is needed:
 * <ul>
 *   <li>an item of a bulleted or numbered list that carries what only a catalogue entry does — an ISBN, a class number
 *   ("(823.92)", "(J 599.75)", "(F/HAR)"), the material's kind after the title ("e-kirja", "DVD", "ljudbok",
 *   "large-print book") or a byline; a sibling's mark is no item's, as a list of holds may name a borrower beside a
 *   work;</li>
 *   <li>the value of a library's label that names a work or an item lent ("Teos:", "Nimeke:", "Aineistot:",
 *   "Noudettavissa:", "Att hämta:", "on the stand:"), each of its values parted by semicolons, or of a label a ticket also writes
 *   ("Item:", "Title:") when that value carries a catalogue's mark or byline;</li>
 *   <li>what follows a word of a loan's fee or of lending ("overdue Matilda / Roald Dahl £3.40", "myöhästymismaksu
 *   Anna Liisa 2,40 €", "Lainattavissa myös …").</li>
 * </ul>
 * The work goes on to the end of its line or its item, and no further than a semicolon, a parenthesis, a dash, a
 * sentence's end (not an initial's full stop: "F. E."), a number or an amount, or a comma before a clause in lower case
 * ("Item: Matilda, on holds shelf 4"); a comma before a capitalised word, or before one lower-case word that ends the
 * work, goes on with it ("Lindgren, Astrid: Ronja, ryövärintytär", "Mio, min Mio").
 */
final class CatalogueEntries {

    /** A library's labels whose value is a work or an item lent, the last word before the colon (R8.2: look-alikes stay). */
    private static final WordSet WORK_LABELS = WordSet.of(Set.of("teos", "teokset", "nimeke", "nimike", "aineisto",
            "aineistot", "noudettavissa", "stand", "verk"));
    /**
     * Labels a ticket or minutes also write ("Title: Anna Virtanen cannot log in", "Item: Anna Virtanen to renew …"):
     * their value is a work only when it carries a catalogue's mark or byline (R8.2).
     */
    private static final WordSet GENERIC_LABELS = WordSet.of(Set.of("title", "titles", "item", "items", "titel",
            "titlar"));
    /** "Att hämta:" is what is to be collected; "hämta" alone is who may collect ("Får hämta: …"). */
    private static final String TO_COLLECT = "att hämta";
    /** Words of a loan's fee or of lending that the work follows. */
    private static final WordSet WORK_CUES = WordSet.of(Set.of("overdue", "myöhästymismaksu", "förseningsavgift",
            "lainattavissa"));
    /** Words between the cue and the work ("Lainattavissa myös …", "overdue also …"). */
    private static final WordSet ALSO = WordSet.of(Set.of("myös", "also", "även", "också"));
    /**
     * The material kinds a catalogue writes after a title, as whole words or a hyphenated compound's last part
     * ("Celia-äänikirja", "isotekstinen kirja", "large-print book", "DVD"): an ending would take in minutes, a log or a
     * guest book ("pöytäkirja", "loggbok", "gästbok"), "notebook" and "Facebook".
     */
    private static final WordSet MATERIAL_WORDS = WordSet.of(Set.of("kirja", "e-kirja", "äänikirja", "e-äänikirja",
            "sarjakuva", "lautapeli", "nuotti", "nuotit", "bok", "e-bok", "ljudbok", "storstilsbok", "brädspel", "noter",
            "book", "audiobook", "ebook", "e-book", "novel", "dvd", "cd", "lp", "blu-ray"));
    /** "sheet music", the one material of two words whose last is no material alone. */
    private static final String SHEET = "sheet ";
    private static final String MUSIC = "music";
    /**
     * Words in lower case that join a title's capitalised words ("Anne of Green Gables", "Tatu ja Patu Helsingissä",
     * "Emil i Lönneberga", "Rebecca / Daphne du Maurier"); any other before a capitalised word opens a clause about
     * someone ("Item: Laptop for Anna Berg") and ends the work.
     */
    private static final WordSet TITLE_JOINS = WordSet.of(Set.of("and", "of", "the", "a", "an", "in", "on", "ja",
            "sekä", "och", "i", "på", "min", "mitt", "till", "du", "de", "von", "van", "af", "le", "la"));
    /** At most this many works on one line (a label's values parted by semicolons). */
    private static final int MOST_WORKS = 8;
    /** Bullets that open a list's item. */
    private static final String BULLETS = "-*•–·";
    /** The digits of a numbered list's item ("12."); more are a date's or an amount's. */
    private static final int MOST_NUMBER_DIGITS = 2;
    private static final int ISBN_DIGITS = 13;
    /** Abbreviations before a name whose full stop ends no sentence ("Mrs. Dalloway"), besides initials. */
    private static final WordSet ABBREVIATIONS = WordSet.of(Set.of("mr", "mrs", "ms", "dr", "st"));

    private CatalogueEntries() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        int n = tokens.size();
        int[] slots = new int[2 * MOST_WORKS];
        for (int t = 0; t < n; t++) {
            if (!names[t]) {
                continue;
            }
            int line = Characters.lineStart(text, tokens.start(t));
            int end = Characters.lineEnd(text, line);
            int first = t;
            while (first > 0 && tokens.start(first - 1) >= line) {
                first--;
            }
            int count = slots(text, tokens, first, line, end, slots);
            for (; t < n && tokens.start(t) < end; t++) {
                if (names[t] && inSlot(slots, count, tokens.start(t))) {
                    names[t] = false;
                }
            }
            t--;
        }
    }

    /** The works' spans on the line, as pairs into {@code slots} (the first {@link #MOST_WORKS}); their count of ints. */
    private static int slots(String text, Tokens tokens, int first, int line, int end, int[] slots) {
        int count = 0;
        int body = itemBody(text, line, end);
        if (body >= 0 && (isCatalogueEntry(text, line, end) || hasInvertedByline(text, body, workEnd(text, body, end)))) {
            int from = workStart(text, body, end);
            count = add(slots, count, from, workEnd(text, from, end));
        }
        for (int t = first; t < tokens.size() && tokens.start(t) < end; t++) {
            int after = tokens.end(t);
            boolean labelled = after + 1 < end && text.charAt(after) == ':' && text.charAt(after + 1) == ' ';
            if (labelled && (isWorkLabel(text, tokens, t) || GENERIC_LABELS.contains(text, tokens.start(t), after))) {
                int value = Characters.afterSpaces(text, after + 1);
                if (isWorkLabel(text, tokens, t) || hasMarkedValue(text, value, end)) {
                    for (int from = workStart(text, value, end); from < end; ) {
                        int to = workEnd(text, from, end);
                        count = add(slots, count, from, to);
                        from = workStart(text, nextValue(text, to, end), end);
                    }
                }
            } else if (after < end && text.charAt(after) == ' ' && WORK_CUES.contains(text, tokens.start(t), after)) {
                int from = t + 1 < tokens.size() && tokens.spaced(t, t + 1) && ALSO.contains(text, tokens.start(t + 1), tokens.end(t + 1))
                        ? tokens.end(t + 1) : after;
                from = workStart(text, Characters.afterSpaces(text, from), end);
                count = add(slots, count, from, workEnd(text, from, end));
            }
        }
        return count;
    }

    /**
     * Where the label's next value begins after a work that ends at {@code to}: after a semicolon right after it or
     * after its parentheses ("Matilda (DVD); Emma"), else {@code end}, as what follows is the sentence's ("on the stand:
     * Emma. Venue is Studio 2; Anna Berg has no part").
     */
    private static int nextValue(String text, int to, int end) {
        int i = to;
        if (i < end && text.charAt(i) == '(') {
            int close = Characters.indexOf(text, ')', i, end);
            i = close < 0 ? end : close + 1;
        }
        i = Characters.afterSpaces(text, i);
        return i < end && text.charAt(i) == ';' ? Characters.afterSpaces(text, i + 1) : end;
    }

    /** One of a label's values parted by semicolons carries a catalogue's mark or byline ("Matilda (audiobook); …"). */
    private static boolean hasMarkedValue(String text, int value, int end) {
        for (int from = value; from < end; ) {
            int to = workEnd(text, from, end);
            int next = nextValue(text, to, end);
            if (isCatalogueEntry(text, from, next < end ? Characters.lastIndexOf(text, ';', to, next) : end) || hasByline(text, from, to)) {
                return true;
            }
            from = next;
        }
        return false;
    }

    /** A byline after the title ("Emma / Jane Austen") or before it. */
    private static boolean hasByline(String text, int from, int to) {
        return Characters.indexOf(text, " / ", from, to) >= 0 || hasInvertedByline(text, from, to);
    }

    /**
     * A byline before the title, inverted as a catalogue writes it: one surname, a comma, the given names and a colon
     * ("Canth, Minna: …", "Sillanpää, F. E.: …"). A list's "Anna Virtanen, HR: …" or "Anna Virtanen / HR" is a person's.
     */
    private static boolean hasInvertedByline(String text, int from, int to) {
        int colon = Characters.indexOf(text, ": ", from, to);
        int comma = colon < 0 ? -1 : Characters.indexOf(text, ',', from, colon);
        return comma > from && Characters.indexOf(text, ' ', from, comma) < 0;
    }

    /**
     * Where the work begins that a value at {@code from} holds: a catalogue writes its author inverted ("Canth, Minna:
     * Anna Liisa"), so a name before a colon without a comma is a borrower's or a recipient's ("Maija Virtanen: Anna
     * Liisa (e-kirja)") and the work begins after the colon.
     */
    private static int workStart(String text, int from, int end) {
        int colon = Characters.indexOf(text, ": ", from, workEnd(text, from, end));
        return colon < 0 || Characters.indexOf(text, ',', from, colon) >= 0 ? from : Characters.afterSpaces(text, colon + 1);
    }

    private static boolean isWorkLabel(String text, Tokens tokens, int t) {
        return WORK_LABELS.contains(text, tokens.start(t), tokens.end(t))
                || t > 0 && tokens.start(t - 1) == tokens.end(t) - TO_COLLECT.length()
                && Characters.regionMatchesIgnoringCase(text, tokens.start(t - 1), TO_COLLECT);
    }

    private static int add(int[] slots, int count, int from, int to) {
        if (count + 2 > slots.length) {
            return count;
        }
        slots[count] = from;
        slots[count + 1] = to;
        return count + 2;
    }

    private static boolean inSlot(int[] slots, int count, int at) {
        for (int k = 0; k < count; k += 2) {
            if (at >= slots[k] && at < slots[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the item's text begins after its bullet or number ("- Matilda, DVD", "2. Emma, ISBN …", "3) …"), -1 if the
     * line is no list's item.
     */
    private static int itemBody(String text, int line, int end) {
        int i = Characters.afterSpaces(text, line);
        int digits = i;
        while (digits < end && digits - i < MOST_NUMBER_DIGITS && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > i && digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
            i = digits;
        } else if (i >= end || BULLETS.indexOf(text.charAt(i)) < 0) {
            return -1;
        }
        return i + 1 < end && text.charAt(i + 1) == ' ' ? Characters.afterSpaces(text, i + 1) : -1;
    }

    /** An ISBN, a class number in parentheses or a material's kind after the last comma or in the last parentheses. */
    private static boolean isCatalogueEntry(String text, int line, int end) {
        return Characters.indexOf(text, "ISBN", line, end) >= 0 || hasIsbn(text, line, end)
                || hasClassNumber(text, line, end) || endsWithMaterial(text, line, end);
    }

    /** Thirteen digits from 978 or 979, hyphens between groups allowed ("978-951-0-12345-6"). */
    private static boolean hasIsbn(String text, int line, int end) {
        for (int i = line; i + 3 <= end; i++) {
            if ((text.startsWith("978", i) || text.startsWith("979", i)) && (i == line || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int digits = 0;
                int k = i;
                while (k < end && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '-' && k + 1 < end && Character.isDigit(text.charAt(k + 1)))) {
                    digits += Character.isDigit(text.charAt(k)) ? 1 : 0;
                    k++;
                }
                if (digits == ISBN_DIGITS && (k == end || !Character.isLetterOrDigit(text.charAt(k)))) {
                    return true;
                }
                i = k;
            }
        }
        return false;
    }

    /**
     * A library's class number in parentheses: Dewey's three digits and decimals ("(823.92)"), a class after a letter
     * of the collection ("(J 599.75)", "(N84.2)"), or a fiction shelf's letter and author's letters ("(F/HAR)"). A bare
     * "(84.2)" is as often hours or a version.
     */
    private static boolean hasClassNumber(String text, int line, int end) {
        for (int open = Characters.indexOf(text, '(', line, end); open >= 0; open = Characters.indexOf(text, '(', open + 1, end)) {
            int close = Characters.indexOf(text, ')', open + 1, end);
            if (close < 0) {
                return false;
            }
            if (isClassNumber(text, open + 1, close)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClassNumber(String text, int start, int end) {
        int i = start;
        boolean prefix = false;
        if (i < end && Character.isUpperCase(text.charAt(i))) {
            i++;
            if (i < end && text.charAt(i) == '/') {
                int letters = 0;
                while (++i < end && Character.isUpperCase(text.charAt(i))) {
                    letters++;
                }
                return i == end && letters >= 2;
            }
            prefix = true;
            i = i < end && text.charAt(i) == ' ' ? i + 1 : i;
        }
        int digits = 0;
        while (i < end && Character.isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0 || i + 1 >= end || text.charAt(i) != '.' || !(prefix || digits == 3)) {
            return false;
        }
        while (++i < end) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The line's last part, after its last comma or in its last parentheses, ends in a material's kind. */
    private static boolean endsWithMaterial(String text, int line, int end) {
        int last = Characters.beforeSpaces(text, end);
        if (last > line && text.charAt(last - 1) == ')') {
            last--;
        }
        int start = last;
        while (start > line && Character.isLetter(text.charAt(start - 1)) || start > line + 1 && text.charAt(start - 1) == '-'
                && Character.isLetter(text.charAt(start - 2))) {
            start--;
        }
        if (start == last || start > line && " (-".indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        return isMaterial(text, start, last) && materialFollowsTitle(text, line, start);
    }

    /** A material's word, or a compound's last part, in lower case or capitals ("Celia-äänikirja", "DVD", "sheet music"). */
    private static boolean isMaterial(String text, int start, int end) {
        int part = Math.max(Characters.lastIndexOf(text, '-', start, end) + 1, start);
        boolean lowerCase = Characters.hasNoCapital(text, part, end);
        if (!lowerCase && !Characters.inCapitals(text, start, end)) {
            return false;
        }
        return MATERIAL_WORDS.contains(text, start, end) || MATERIAL_WORDS.contains(text, part, end)
                || end - start == MUSIC.length() && Characters.regionMatchesIgnoringCase(text, start, MUSIC)
                && start >= SHEET.length() && Characters.regionMatchesIgnoringCase(text, start - SHEET.length(), SHEET);
    }

    /** The material's words stand after a comma or in parentheses after the title, not alone as the item. */
    private static boolean materialFollowsTitle(String text, int line, int start) {
        int comma = text.lastIndexOf(',', start);
        int open = text.lastIndexOf('(', start);
        int body = itemBody(text, line, Characters.lineEnd(text, line));
        return Math.max(comma, open) > (body < 0 ? line : body);
    }

    /** Where the work that begins at {@code from} ends, at the latest {@code end}. */
    private static int workEnd(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            boolean wordStart = i == from || text.charAt(i - 1) == ' ';
            if (wordStart && Character.isLowerCase(c) && opensClause(text, i, end)) {
                return i;
            }
            if (c == ';' || c == '(' || c == '?' || c == '!' || wordStart && (Character.isDigit(c) || "£€$".indexOf(c) >= 0)
                    || (c == '–' || c == '—') && wordStart) {
                return i;
            }
            if (c == '.' && (i + 1 == end || text.charAt(i + 1) == ' ') && !isAbbreviation(text, from, i)) {
                return i;
            }
            if (c == ',' && i + 2 < end && text.charAt(i + 1) == ' ' && !goesOnAfterComma(text, i + 2, end)) {
                return i;
            }
        }
        return end;
    }

    /** A word in lower case, no title's joining word, right before a capitalised one ("for Anna Berg"). */
    private static boolean opensClause(String text, int word, int end) {
        int wordEnd = word;
        while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd + 1 < end && text.charAt(wordEnd) == ' ' && Character.isUpperCase(text.charAt(wordEnd + 1))
                && !TITLE_JOINS.contains(text, word, wordEnd);
    }

    /** An initial's or a title's full stop ("F. E.", "Mrs."), the word before it capitalised and short. */
    private static boolean isAbbreviation(String text, int from, int stop) {
        int start = Characters.wordStart(text, stop);
        if (start < from || start == stop || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        return stop - start == 1 || ABBREVIATIONS.contains(text, start, stop);
    }

    /**
     * A work goes on after a comma before a capitalised word ("Canth, Minna", "Mole, Aged 13¾") or before one word in
     * lower case that ends it or stands before a capitalised one ("Ronja, ryövärintytär", "Mio, min Mio").
     */
    private static boolean goesOnAfterComma(String text, int word, int end) {
        char c = text.charAt(word);
        if (Character.isUpperCase(c)) {
            return true;
        }
        if (!Character.isLowerCase(c)) {
            return false;
        }
        int wordEnd = word;
        while (wordEnd < end && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
            wordEnd++;
        }
        int next = Characters.afterSpaces(text, wordEnd);
        return next >= end || ",;(".indexOf(text.charAt(next)) >= 0 || Character.isUpperCase(text.charAt(next)) && next > wordEnd;
    }
}
