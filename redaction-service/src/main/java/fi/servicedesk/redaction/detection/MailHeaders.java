package fi.servicedesk.redaction.detection;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header block of a forwarded or pasted mail, as the mail clients print it in their users' languages (Outlook's
 * "Von: / Gesendet: / An: / Cc: / Betreff:", Gmail's and Thunderbird's "From: / Date: / Subject: / To:", the raw
 * "Message-ID:" and "X-Mailer:" of a pasted source). A label opens its line (after a quote's "&gt;" and an HTML mail's
 * "*") and ends at a colon, a space before it allowed ("De :", "Envoyé :"); a line is a header only beside another
 * header line, as one label alone is a word like any other ("An" is a surname, "De" a particle).
 * <ul>
 *   <li>The labels name fields, not people: Saatja, Adressaat, Von, An, Betreff and Envoyé are no one's names.</li>
 *   <li>The value of a sender's or recipient's field is where a display name stands, so the words of a display name
 *       there are a name if they can be one: before its address ("Given Surname &lt;addr&gt;", "Surname, Given
 *       [mailto:addr]"), before a firm in brackets, or alone between the list's semicolons.</li>
 *   <li>The value of a date's field and of a raw field that names no one (Message-ID, References, Thread-Index,
 *       X-Mailer, List-Id, a MIME boundary) holds no name, nor do a subject's reply and forward prefixes ("Vs:",
 *       "AW:", "Edasi:", "Accepted:", "Läst:"), nor the subject's first word where it is an ordinary one, capitalised
 *       as a sentence's first word is, nor a mailing list's name after "via" in a sender's value; a subject's other
 *       words are left to the other rules, as a subject may name someone.</li>
 *   <li>A forward's banner ("-----Ursprüngliche Nachricht-----", "Begin forwarded message:", "Välitetty viesti
 *       alkaa:"), a mailing list's digest words ("X Digest, Vol 30") and the verb of a mail app's line under what
 *       it sent ("Lähetetty iPhonesta", "Hämta Outlook för iOS") name no one either.</li>
 * </ul>
 * The words are the clients' own, as they localise them (English, Finnish, Swedish, German, French, Estonian,
 * Spanish, Portuguese, Italian, Dutch, Danish, Norwegian, Polish, Latvian, Lithuanian, Russian).
 */
final class MailHeaders {

    /** What a header's value is. */
    enum Field { SENDER_OR_RECIPIENT, DATE, SUBJECT, NO_NAME }

    private static final Field[] FIELDS = Field.values();
    private static final Map<String, Field> LABELS = labels();
    /**
     * A subject's prefixes for a reply or a forward, before their colon ("Re:", "VS:", "AW:", "WG:", "Edasi:"), and those
     * a client writes for a meeting's response and a receipt.
     */
    private static final WordSet SUBJECT_PREFIXES = WordSet.of(Set.of("re", "fw", "fwd", "vs", "vl", "vb", "sv", "aw",
            "wg", "tr", "rv", "rif", "r", "i", "antw", "doorst", "odp", "pd", "enc", "res", "edasi", "vast", "ynt", "ats",
            "pārs", "pār", "fs", "ang",
            // a meeting's response, a recall, a read or a delivery receipt ("Accepted:", "Hyväksytty:", "Avböjt:", "Läst:")
            "accepted", "declined", "tentative", "canceled", "cancelled", "updated", "read", "recall", "undeliverable",
            "hyväksytty", "hylätty", "alustava", "peruutettu", "peruuta", "luettu", "päivitetty", "accepterat", "avböjt",
            "preliminärt", "inställt", "läst", "återkallelse", "angenommen", "abgelehnt", "mitgeteilt", "gelesen",
            "abgesagt", "unzustellbar", "rückruf", "accepté", "refusé", "provisoire", "annulé", "lu", "aceptado",
            "rechazado", "cancelado", "leído", "accettato", "rifiutato", "letto", "geaccepteerd", "geweigerd", "gelezen",
            "nõustutud", "loetud", "tühistatud"));
    /** The words of a forward's or an original's banner, in the clients' languages. */
    private static final WordSet BANNER_WORDS = WordSet.of(Set.of("original", "message", "forwarded", "begin",
            "ursprüngliche", "nachricht", "weitergeleitete", "anfang", "der", "weitergeleiteten", "d", "origine", "transféré",
            "début", "du", "réenvoyé", "algne", "sõnum", "edastatud", "edasisaadetud", "kiri", "algab", "ursprungligt",
            "meddelande", "vidarebefordrat", "början", "på", "välitetty", "viesti", "alkaa", "alkuperäinen", "mensaje",
            "reenviado", "comienzo", "del", "mensagem", "encaminhada", "início", "da", "messaggio", "originale",
            "inoltrato", "inizio", "oorspronkelijk", "bericht", "doorgestuurd", "oprindelig", "meddelelse",
            "videresendt", "besked", "start", "opprinnelig", "melding", "wiadomość", "oryginalna", "przekazana",
            "początek", "sākotnējais", "ziņojums", "pārsūtīts", "pradinis", "laiškas", "persiųstas", "исходное",
            "сообщение", "пересылаемое", "пересланное", "reply", "forward"));
    /** The words of a mailing list's digest: "End of X Digest, Vol 30, Issue 60", "Contents of X digest...". */
    private static final WordSet DIGEST_WORDS = WordSet.of(Set.of("digest", "vol", "issue"));
    /**
     * The verb opening the line a mail app writes under what it sent ("Sent from my iPhone", "Lähetetty
     * Android-puhelimesta", "Skickat från min iPhone", "Envoyé de mon iPhone", "Saadetud minu iPhone'ist", "Enviado
     * desde mi iPhone", "Inviato da iPhone", "Verzonden met …", "Sendt fra min iPhone", "Wysłane z …", "Отправлено с
     * …") or that advertises it ("Get Outlook for iOS", "Hanki Outlook for Android", "Hämta Outlook för iOS").
     */
    private static final WordSet APP_LINE_VERBS = WordSet.of(Set.of("sent", "lähetetty", "skickat", "envoyé", "saadetud",
            "enviado", "inviato", "verzonden", "verstuurd", "sendt", "wysłane", "wysłano", "отправлено", "get", "hanki",
            "hämta", "hent", "obtenir", "obtener", "scarica", "download"));
    /** A header's label has at most this many words ("Date de l'envoi" has three). */
    private static final int LABEL_WORDS = 3;
    /** The words of a display name at most ("Maria José da Silva Santos"). */
    private static final int DISPLAY_NAME_WORDS = 5;
    private static final int[] NO_HEADERS = {};
    /** {@link #find}'s entries: a header's first word, its label's last word, its field and where its value ends. */
    private static final int ENTRY = 4;

    private MailHeaders() {
    }

    /** A header has a colon after its label and a line beside it. */
    static boolean mayHoldHeaders(Text message) {
        return message.has(':') && message.has('\n');
    }

    /**
     * The header lines of the text that stand beside another header line, in entries of {@value #ENTRY}: the label's
     * first word, its last word, its {@link Field}'s ordinal and the offset where the value ends (the line's end, or the
     * end of its folded lines for a field that names no one).
     */
    static int[] find(String text, Tokens tokens) {
        int[] found = new int[ENTRY * 8];
        int count = 0;
        for (int t = 0; t < tokens.size(); t++) {
            if (!opensLine(text, tokens.start(t))) {
                continue;
            }
            int last = t;
            Field field = null;
            for (int k = t; k < tokens.size() && k < t + LABEL_WORDS; k++) {
                if (k > t && !onlySpaces(text, tokens.end(k - 1), tokens.start(k))) {
                    break;
                }
                if (colonAfter(text, tokens.end(k)) >= 0) {
                    field = LABELS.get(text.substring(tokens.start(t), tokens.end(k)).toLowerCase(Locale.ROOT));
                    last = k;
                    break;
                }
            }
            if (field == null && isRawLabel(text, tokens, t)) {
                field = Field.NO_NAME;
            }
            if (field == null) {
                continue;
            }
            int valueEnd = Characters.lineEnd(text, tokens.end(last));
            if (field == Field.NO_NAME) {
                while (valueEnd + 1 < text.length() && (text.charAt(valueEnd + 1) == ' ' || text.charAt(valueEnd + 1) == '\t')) {
                    valueEnd = Characters.lineEnd(text, valueEnd + 1);
                }
            }
            if (count + ENTRY > found.length) {
                found = Arrays.copyOf(found, found.length * 2);
            }
            found[count] = t;
            found[count + 1] = last;
            found[count + 2] = field.ordinal();
            found[count + 3] = valueEnd;
            count += ENTRY;
            t = last;
        }
        return count == 0 ? NO_HEADERS : inBlocks(text, tokens, found, count);
    }

    /** A raw header's label outside the lists: "X-MS-Exchange-Organization-SCL:", "X-Originating-IP:". */
    private static boolean isRawLabel(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        return tokens.length(t) > 2 && (text.charAt(start) == 'X' || text.charAt(start) == 'x') && text.charAt(start + 1) == '-'
                && colonAfter(text, tokens.end(t)) >= 0;
    }

    /** The headers of {@code found} whose line is next to another header's line: a header block, not one label alone. */
    private static int[] inBlocks(String text, Tokens tokens, int[] found, int count) {
        int[] kept = new int[count];
        int keptCount = 0;
        for (int i = 0; i < count; i += ENTRY) {
            // the line after the one before is this one's: the value's end and a line break between
            boolean before = i > 0 && found[i - 1] + 1 == Characters.lineStart(text, tokens.start(found[i]));
            boolean after = i + ENTRY < count && found[i + 3] + 1 == Characters.lineStart(text, tokens.start(found[i + ENTRY]));
            if (before || after) {
                System.arraycopy(found, i, kept, keptCount, ENTRY);
                keptCount += ENTRY;
            }
        }
        return keptCount == 0 ? NO_HEADERS : Arrays.copyOf(kept, keptCount);
    }

    /** Marks the display names in the values of the sender's and recipients' fields (see the class). */
    static void markDisplayNames(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int[] headers) {
        for (int i = 0; i < headers.length; i += ENTRY) {
            if (headers[i + 2] != Field.SENDER_OR_RECIPIENT.ordinal()) {
                continue;
            }
            int end = headers[i + 3];
            int t = headers[i + 1] + 1;
            while (t < tokens.size() && tokens.start(t) < end) {
                int last = t;
                while (last + 1 < tokens.size() && tokens.start(last + 1) < end && last - t + 1 < DISPLAY_NAME_WORDS
                        && inDisplayName(text, tokens.end(last), tokens.start(last + 1))) {
                    last++;
                }
                if (!insideBrackets(text, tokens.start(t)) && endsDisplayName(text, tokens.end(last), end)
                        && isDisplayName(text, tokens, words, t, last)) {
                    for (int k = t; k <= last; k++) {
                        names[k] |= !SurnameParticles.isParticle(text, tokens, k);
                    }
                }
                t = last + 1;
            }
        }
    }

    /**
     * Takes the mark off labels, dates, raw values, a subject's prefixes, banners, digest words and the verb of a mail
     * app's line (see the class).
     */
    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int[] headers) {
        for (int i = 0; i < headers.length; i += ENTRY) {
            for (int k = headers[i]; k <= headers[i + 1]; k++) {
                names[k] = false;
            }
            int end = headers[i + 3];
            int k = headers[i + 1] + 1;
            switch (FIELDS[headers[i + 2]]) {
                case DATE, NO_NAME -> {
                    for (; k < tokens.size() && tokens.start(k) < end; k++) {
                        names[k] = false;
                    }
                }
                case SUBJECT -> {
                    while (k < tokens.size() && tokens.start(k) < end && colonAfter(text, tokens.end(k)) >= 0
                            && SUBJECT_PREFIXES.contains(text, tokens.start(k), tokens.end(k))) {
                        names[k++] = false;
                    }
                    // the subject's first word is capitalised as a sentence's is: an ordinary word there is that word
                    if (k < tokens.size() && tokens.start(k) < end && isOrdinaryWord(text, tokens, words[k], k)) {
                        names[k] = false;
                    }
                }
                case SENDER_OR_RECIPIENT -> {
                    // "Given Surname <addr> via helpdesk-l": a mailing list sent it on, and the word after "via" is its name
                    for (; k + 1 < tokens.size() && tokens.start(k + 1) < end; k++) {
                        if (tokens.is(k, "via")) {
                            names[k + 1] = false;
                        }
                    }
                }
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && (BANNER_WORDS.contains(text, tokens.start(t), tokens.end(t)) && isBanner(text, tokens, t)
                    || isDigestWord(text, tokens, t) || opensAppLine(text, tokens, t))) {
                names[t] = false;
            }
        }
    }

    /**
     * "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:": a line of
     * banner words only, between dashes or before a colon that ends it.
     */
    private static boolean isBanner(String text, Tokens tokens, int t) {
        int start = Characters.lineStart(text, tokens.start(t));
        int end = Characters.lineEnd(text, tokens.start(t));
        int first = t;
        while (first > 0 && tokens.start(first - 1) >= start) {
            first--;
        }
        int last = t;
        while (last + 1 < tokens.size() && tokens.start(last + 1) < end) {
            last++;
        }
        for (int k = first; k <= last; k++) {
            if (!BANNER_WORDS.contains(text, tokens.start(k), tokens.end(k))) {
                return false;
            }
        }
        String line = text.substring(start, end).strip();
        return line.contains("--") || line.endsWith(":");
    }

    /**
     * "End of helpdesk-l Digest, Vol 30, Issue 60", "Contents of kuoro-info digest...": a digest's words, "Vol" and
     * "Issue" before their number, and the list's name before "digest" (a list's, not a person's).
     */
    private static boolean isDigestWord(String text, Tokens tokens, int t) {
        if (!DIGEST_WORDS.contains(text, tokens.start(t), tokens.end(t))) {
            return t + 1 < tokens.size() && tokens.is(t + 1, "digest") && tokens.spaced(t, t + 1);
        }
        if (tokens.is(t, "digest")) {
            return true;
        }
        int end = tokens.end(t);
        return end + 1 < text.length() && text.charAt(end) == ' ' && Scan.isDigit(text.charAt(end + 1));
    }

    /** A word Voikko knows as an ordinary one, or a common English noun, and no name by any list ("Tapaaminen", "Expenses"). */
    private static boolean isOrdinaryWord(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return w != null && !NameWords.isAnyName(w)
                && (w.is(NameLexicon.Word.COMMON) || EnglishNouns.contains(text, tokens.start(t), tokens.end(t)));
    }

    /** "Lähetetty iPhonesta", "Get Outlook for iOS": one of {@link #APP_LINE_VERBS} opening a line, a word after it. */
    private static boolean opensAppLine(String text, Tokens tokens, int t) {
        return t + 1 < tokens.size() && tokens.spaced(t, t + 1) && APP_LINE_VERBS.contains(text, tokens.start(t), tokens.end(t))
                && opensLine(text, tokens.start(t));
    }

    /** A display name's parts are parted by spaces, a comma ("Surname, Given") or a quote's end and a space. */
    private static boolean inDisplayName(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != ',' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** After the display name: its address in angle or square brackets, a firm in brackets, a semicolon or the value's end. */
    private static boolean endsDisplayName(String text, int from, int end) {
        int i = from;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\'' || text.charAt(i) == '"' || text.charAt(i) == '*')) {
            i++;
        }
        return i >= end || text.charAt(i) == '<' || text.charAt(i) == '[' || text.charAt(i) == '(' || text.charAt(i) == ';'
                || text.charAt(i) == '\r';
    }

    /** Inside an address's or a firm's brackets: "&lt;mailto:…&gt;", "(Bolaget Ab)". */
    private static boolean insideBrackets(String text, int start) {
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (c == '>' || c == ']' || c == ')' || c == ';' || c == ':') {
                return false;
            }
            if (c == '<' || c == '[' || c == '(') {
                return true;
            }
        }
        return false;
    }

    /**
     * Each word can be a name (capitalised, no product or word of the service desk, no common English noun unless a name
     * too) and one of them is a name by the lexicon or a word nobody knows: not a shared mailbox's "Palvelupiste" or
     * "Payroll", nor "Mail Delivery System".
     */
    static boolean isDisplayName(String text, Tokens tokens, NameLexicon.Word[] words, int first, int last) {
        boolean person = false;
        for (int k = first; k <= last; k++) {
            var w = words[k];
            if (SurnameParticles.isParticle(text, tokens, k)) {
                continue;
            }
            boolean name = w != null && NameWords.isAnyName(w);
            // "Mail Delivery System", "Accounts Payable": a common English noun that is no name makes a service of it
            if (!NameWords.canBeSurname(text, tokens, w, k) || !name && EnglishNouns.contains(text, tokens.start(k), tokens.end(k))) {
                return false;
            }
            person |= name || !w.isKnown();
        }
        return person;
    }

    /** The colon that ends a label at {@code end}: right after it, after a space ("De :") or an HTML mail's "*" ("*Aihe:*"). */
    private static int colonAfter(String text, int end) {
        int i = end;
        if (i < text.length() && text.charAt(i) == '*') {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':' ? i : -1;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return from < to;
    }

    /** Only a quote's marks, an HTML mail's "*" and spaces between the line's start and {@code start}. */
    private static boolean opensLine(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '>' || text.charAt(i) == '*' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static Map<String, Field> labels() {
        var labels = new HashMap<String, Field>();
        for (var label : Set.of("from", "to", "cc", "bcc", "reply-to", "sender", "lähettäjä", "vastaanottaja",
                "vastaanottajat", "kopio", "piilokopio", "vastausosoite", "från", "till", "kopia", "hemlig kopia", "svara till",
                "von", "an", "kopie", "blindkopie", "antwort an", "de", "à", "a", "répondre à", "cci", "saatja", "adressaat",
                "koopia", "pimekoopia", "kellelt", "kellele", "para", "cco", "responder a", "da", "ccn", "rispondi a", "van",
                "aan", "antwoord aan", "fra", "til", "kopi", "od", "do", "dw", "udw", "kopia do", "no", "kam", "kopija",
                "nuo", "от", "кому", "копия", "скрытая копия")) {
            labels.put(label, Field.SENDER_OR_RECIPIENT);
        }
        for (var label : Set.of("sent", "date", "lähetetty", "päivämäärä", "päiväys", "skickat", "datum", "gesendet",
                "envoyé", "saadetud", "kuupäev", "enviado", "enviada", "enviado el", "fecha", "inviato", "data", "verzonden",
                "verstuurd", "sendt", "dato", "wysłano", "wysłane", "data wysłania", "nosūtīts", "datums", "išsiųsta",
                "отправлено", "дата", "sent on")) {
            labels.put(label, Field.DATE);
        }
        for (var label : Set.of("subject", "aihe", "ämne", "betreff", "objet", "teema", "asunto", "oggetto", "onderwerp",
                "emne", "temat", "assunto", "tēma", "tema", "тема")) {
            labels.put(label, Field.SUBJECT);
        }
        for (var label : Set.of("message-id", "in-reply-to", "references", "thread-index", "thread-topic", "x-mailer",
                "user-agent", "list-id", "list-unsubscribe", "list-post", "list-help", "list-archive", "list-subscribe",
                "return-path", "content-type", "content-transfer-encoding", "content-language", "mime-version",
                "importance", "priority", "precedence", "auto-submitted", "authentication-results", "dkim-signature",
                "arc-seal", "arc-message-signature", "arc-authentication-results", "received-spf", "delivered-to",
                "accept-language", "errors-to", "received")) {
            labels.put(label, Field.NO_NAME);
        }
        return Map.copyOf(labels);
    }
}
