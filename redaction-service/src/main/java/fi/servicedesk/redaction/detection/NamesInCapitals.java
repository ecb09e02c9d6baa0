package fi.servicedesk.redaction.detection;

import java.util.Locale;

/**
 * Names written in capitals: a scanned form read by OCR (*Nimi: KORHONEN ANTTI*), a door's access log (*DENIED badge
 * 0412 (KORHONEN ANTTI)*), a message typed in capitals. A word in capitals is read as its capitalised form would be; it
 * is a name where that form is a name and nothing else to Voikko and the lists (no word, place, product or maker:
 * *VPN*, *DOOR*, *HYLÄTTY* stay), or where it is a name the message names elsewhere in mixed case (*Jarmo Kivi …
 * KIVI JARMO*). A word in capitals beside such a name, spaced from it, is the other part of the name when it has a
 * name reading of any kind (*KIVI*, also a word) and is no conjunction (*TAI RANIAAN*).
 */
final class NamesInCapitals {

    /** The shortest word in capitals read: "ANU", not "IT" or "HR". */
    private static final int SHORTEST = 3;
    /** The most letters a that could be ä or o that could be ö, whose every combination is asked (2^4 forms). */
    private static final int MOST_UNDOTTED = 4;

    private NamesInCapitals() {
    }

    static void mark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        String[] read = null;
        for (int t = 0; t < n; t++) {
            if (names[t] || !inCapitals(text, tokens, t)) {
                continue;
            }
            if (read == null) {
                read = new String[n];
            }
            read[t] = capitalisedForm(text, tokens.start(t), tokens.end(t));
            var w = lexicon.lookup(read[t], 0, read[t].length());
            if (w.isOnlyName() && !w.is(NameLexicon.Word.ENGLISH_WORD) && !NameLexicon.isThingOrWord(read[t].toLowerCase(Locale.ROOT))
                    && !NameLexicon.isMaker(read[t].toLowerCase(Locale.ROOT)) && !namesAThing(text, tokens, t)
                    || namedElsewhere(text, tokens, names, read[t])) {
                names[t] = true;
                words[t] = w;
            }
        }
        for (int t = 0; read != null && t < n; t++) {
            // The other part of the name: a word in capitals beside it with a name reading ("KIVI JARMO"), not a
            // conjunction that is also a name by the lists ("TAI RANIAAN").
            if (!names[t] && read[t] != null && (t > 0 && names[t - 1] && read[t - 1] != null && tokens.spaced(t - 1, t)
                    || t + 1 < n && names[t + 1] && read[t + 1] != null && tokens.spaced(t, t + 1))) {
                var w = lexicon.lookup(read[t], 0, read[t].length());
                var lower = read[t].toLowerCase(Locale.ROOT);
                if (w.isName() && !NameLexicon.isMaker(lower) && !NameLists.isConjunction(lower)) {
                    names[t] = true;
                    words[t] = w;
                }
            }
        }
    }

    /**
     * "Sender: ARVID-MANFRED STORSJÖ, Switzerland", "VINAYAK OMKAR GOKHALE-DESHPANDE,": a form writes a full name in
     * capitals, given names first, and the word in capitals after a name found there that ends the field (a comma,
     * semicolon, bracket or the line's end after it) is the surname, though no list knows it. A word the lexicon knows
     * in any reading, a product, a maker or an English word there is something else the field goes on to ("ANNA
     * VIRTANEN HELSINKI"). So is a Finnish noun there after a given name that is no verb's form too ("TEKLA-ELVIIRA
     * KONTIOKALLIO"): Finnish surnames are nouns of nature and their compounds, which Voikko reads as the nouns. After
     * the tagger, whose names in capitals count as the rules' do.
     */
    static void markUnknownSurnamesAfterNames(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words,
            boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (names[t] || !names[t - 1] || !tokens.oneSpaceApart(t - 1, t) || !inCapitals(text, tokens, t)
                    || !inCapitals(text, tokens, t - 1) || !endsField(text, tokens.end(t))) {
                continue;
            }
            var form = capitalisedForm(text, tokens.start(t), tokens.end(t));
            var w = lexicon.lookup(form, 0, form.length());
            var lower = form.toLowerCase(Locale.ROOT);
            if ((!w.isKnown() || isNounAfterGivenName(w, words[t - 1], capitalisedForm(text, tokens.start(t - 1), tokens.end(t - 1))))
                    && !NameLexicon.isThingOrWord(lower)
                    && !NameLexicon.isMaker(lower) && !EnglishWords.contains(form, 0, form.length())) {
                names[t] = true;
                words[t] = w;
            }
        }
    }

    /**
     * {@code w} reads only as a noun, {@code before} ({@code written} in mixed case) as a given name in its base form
     * and as no verb ("ANNA" also gives; "LUKEKAA TOMMYN KOHTA" owns a passage, names no one).
     */
    private static boolean isNounAfterGivenName(NameLexicon.Word w, NameLexicon.Word before, String written) {
        return w.is(NameLexicon.Word.NOUN) && !w.is(NameLexicon.Word.PLACE | NameLexicon.Word.VERB | NameLexicon.Word.ADJECTIVE
                | NameLexicon.Word.ENGLISH_WORD | NameLexicon.Word.PROPER) && NameWords.isGivenName(before)
                && !before.is(NameLexicon.Word.VERB) && written.equalsIgnoreCase(before.base());
    }

    private static boolean endsField(String text, int end) {
        return end == text.length() || text.charAt(end) == ',' || text.charAt(end) == ';' || text.charAt(end) == ')'
                || text.charAt(end) == '\n' || text.charAt(end) == '\r';
    }

    /**
     * Takes the mark off a word in capitals that the text uses as a word, whichever rule or score marked it (an SMS
     * or form typed in capitals: *TOIVOLAN MUKAAN PITAA SOITTAA*, *DID U GET MY FORM?*, *SAAPUNUT:*): its capitalised
     * form has no name reading, and is a Finnish verb, adverb or participle (a noun or an adjective in -nen may be a
     * surname: *KÄRKI*, *TÄHTINEN*), a common English noun no list knows, or such a Finnish word written without its
     * dots (*PITAA* for *PITÄÄ*, *PAASE* for *PÄÄSE*, as phones without them type), unless the message
     * names it elsewhere in mixed case. A name in capitals that is also a word keeps its name reading and its mark
     * (*KIVI*, *TUULI*, *GRACE*); *VPN* or *TEAMS* are no names to begin with (R8.2: a name stays, a word is no one).
     */
    static void unmarkWords(String text, Tokens tokens, NameLexicon lexicon, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!names[t] || !inCapitals(text, tokens, t)) {
                continue;
            }
            var form = capitalisedForm(text, tokens.start(t), tokens.end(t));
            var w = lexicon.lookup(form, 0, form.length());
            if (!w.isName() && !w.is(NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST)
                    && (isNoSurname(w) || !w.isKnown() && EnglishNouns.contains(text, tokens.start(t), tokens.end(t)))
                    // a name by the lists alone is no reading Voikko would give a word typed without its dots
                    || (w.is(NameLexicon.Word.LISTED) || !w.isKnown()) && isWordWithoutDots(lexicon, form)) {
                names[t] = namedElsewhere(text, tokens, names, form);
            }
        }
    }

    /**
     * {@code form} with some of its a's as ä and o's as ö is an ordinary Finnish word and no name ("Pitaa" → pitää,
     * "Paase" → pääse): Finnish typed on a keyboard without them.
     */
    private static boolean isWordWithoutDots(NameLexicon lexicon, String form) {
        var letters = form.toCharArray();
        int[] undotted = new int[MOST_UNDOTTED];
        int count = 0;
        for (int i = 0; i < letters.length; i++) {
            char c = Character.toLowerCase(letters[i]);
            if (c == 'a' || c == 'o') {
                if (count == MOST_UNDOTTED) {
                    return false;
                }
                undotted[count++] = i;
            }
        }
        for (int combination = 1; combination < 1 << count; combination++) {
            var dotted = letters.clone();
            for (int k = 0; k < count; k++) {
                if ((combination >> k & 1) != 0) {
                    dotted[undotted[k]] = dot(dotted[undotted[k]]);
                }
            }
            var w = lexicon.lookup(new String(dotted), 0, dotted.length);
            if (!w.isName() && isNoSurname(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An ordinary Finnish word of a kind no surname is: a verb, an adverb, a participle ("Mukaan", "Pitää",
     * "Saapunut"); not a noun ("Kärki", "Rastas", "Katajisto") nor an adjective in -nen ("Tähtinen", "Huopainen").
     */
    private static boolean isNoSurname(NameLexicon.Word w) {
        return w.is(NameLexicon.Word.COMMON) && !w.is(NameLexicon.Word.NOUN) && w.ordinaryBase() != null && !w.ordinaryBase().endsWith("nen");
    }

    private static char dot(char c) {
        return switch (c) {
            case 'a' -> 'ä';
            case 'A' -> 'Ä';
            case 'o' -> 'ö';
            default -> 'Ö';
        };
    }

    /**
     * "MORSE CODE", "ALZHEIMER'S SOCIETY": a possessive or a common English noun in capitals after the name makes
     * it a thing's, as {@link EnglishNouns} does in mixed case.
     */
    private static boolean namesAThing(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019') && text.charAt(end + 1) == 'S') {
            return true;
        }
        return t + 1 < tokens.size() && tokens.spaced(t, t + 1) && inCapitals(text, tokens, t + 1)
                && EnglishNouns.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    /** Letters in capitals only, hyphens between them allowed, {@link #SHORTEST} or more. */
    static boolean inCapitals(String text, Tokens tokens, int t) {
        if (tokens.length(t) < SHORTEST || tokens.isCapitalised(t) || tokens.isLowerCase(t)) {
            return false;
        }
        for (int i = tokens.start(t); i < tokens.end(t); i++) {
            char c = text.charAt(i);
            if (!(Character.isUpperCase(c) || c == '-' && i > tokens.start(t) && i + 1 < tokens.end(t))) {
                return false;
            }
        }
        return true;
    }

    /** "LEPISTÖ-ROUTIO" as "Lepistö-Routio": each part's first letter in capitals, the rest lower-cased. */
    static String capitalisedForm(String text, int start, int end) {
        var form = new StringBuilder(end - start);
        boolean first = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            form.append(first ? c : Character.toLowerCase(c));
            first = c == '-';
        }
        return form.toString();
    }

    /** A capitalised word of the message marked as a name is this word. */
    private static boolean namedElsewhere(String text, Tokens tokens, boolean[] names, String form) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && tokens.length(t) == form.length() && text.startsWith(form, tokens.start(t))) {
                return true;
            }
        }
        return false;
    }
}
