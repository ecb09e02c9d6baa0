package fi.servicedesk.redaction.detection;

/**
 * "Alert fired: Charles Schwab", "Hälytys: Martela", "Kit: Penny Lane", "Category: Adobe Acrobat", "Hotel: Premier Inn
 * King's Cross": labels of tickets, alerts, forms and bookings whose value is a system, a service, a product, a piece of
 * kit, a hotel, a role, a room, a place or a team ("Room: Curie", "Paikka: Sibelius / Teams", "Role: Dispatcher", "team:
 * Aurora" alone on its line) or a case's queue ("Jono: Isännöinti", "Kö: Felanmälan", also alone on its line: a queue is
 * a team's inbox), a work order's site or equipment or a fleet ticket's vehicle or a harbour's boat ("Site: Churchill Tower",
 * "Utrustning: Otis Gen360", "Ajoneuvo: Dacia Logan", "Vene: Aallotar"), a claim's hospital or insurer ("Sairaala: Acıbadem
 * Antalya") or a JSON key's place ("city": "London"), never a person; a role's, room's or place's value before a word
 * in lower case may be its owner's genitive ("Paikka: Matin työpiste").
 * So is the value of a label whose last word ends with a kind of machine or program ("Build server: Haskell", "Phone
 * system: Avaya Aura", "Koontipalvelin: Hudson").
 * The capitalised words right after such a label are that thing's name, but not before a possessive
 * ("Kit: Jarmo's old laptop"). A mail's or ticket's topic may be a person's case ("Subject: Matti Virtanen",
 * "Affected: Emily Clarke"): there a given name and a surname stay a person's (R8.2: a leaked name costs more
 * than a redacted product).
 */
final class ThingLabels {

    /** Labels, as written, whose value is a thing; each ends with its colon. */
    private static final String[] LABELS = {"Alert fired:", "Alert:", "Hälytys:", "Kit:", "Topic:", "Subject:", "Aihe:",
            "Category:", "Kategoria:", "Affected:", "Service:", "Palvelu:", "System:", "Järjestelmä:", "Application:",
            "Sovellus:", "Product:", "Tuote:", "Koskee:", "Re:", "Hotel:", "Hotelli:", "Hotell:", "Role:", "Rooli:", "Roll:",
            "Room:", "Huone:", "Rum:", "Location:", "Paikka:", "Sijainti:", "Plats:", "Team:", "team:", "Tiimi:", "tiimi:",
            "Teamet:",
            // a case's queue, a team's inbox that the case system names as a team ("Jono: Isännöinti", "Kö: Felanmälan")
            "Queue:", "Jono:", "Kö:",
            // a work order's site and equipment, a fleet ticket's vehicle ("Site: Churchill Tower", "Laite: Otis Gen2")
            "Site:", "Kohde:", "Objekt:", "Equipment:", "Laite:", "Utrustning:", "Anläggning:", "Asset:", "Vehicle:",
            "Ajoneuvo:", "Fordon:",
            // a harbour's record of a berth holder's boat ("Boat: Aallotar, reg. ...", "Båt: Ellen")
            "Boat:", "Vessel:", "Yacht:", "Vene:", "Alus:", "Båt:", "Fartyg:",
            // a claim's hospital, clinic or insurer ("Hospital: Vinmec Nha Trang", "Sairaala: Acıbadem Antalya")
            "Hospital:", "Sairaala:", "Sjukhus:", "Clinic:", "Klinikka:", "Klinik:", "Insurer:", "Vakuutusyhtiö:",
            "Försäkringsbolag:"};
    /**
     * The labels of {@link #LABELS} whose value is a role, a room or a place, where an owner's genitive may come first
     * ("Paikka: Matin työpiste"): their run is the thing's name only where no word in lower case follows it.
     */
    private static final WrittenWords OWNED_LABELS = WrittenWords.of("Role:", "Rooli:", "Roll:", "Room:", "Huone:", "Rum:",
            "Location:", "Paikka:", "Sijainti:", "Plats:", "Site:", "Kohde:", "Objekt:");
    /**
     * The labels of {@link #LABELS} whose value is a team's or its queue's name ("team: Aurora" in a rota's YAML, "Kö:
     * Förvaltning" in a case system's footer), or its members ("Team: Matti, Liisa"): the name only where the run ends
     * its line.
     */
    private static final WrittenWords TEAM_LABELS = WrittenWords.of("Team:", "team:", "Tiimi:", "tiimi:", "Teamet:",
            "Queue:", "Jono:", "Kö:");
    /** The labels of {@link #LABELS} whose value may be whom the message is about, a person. */
    private static final WrittenWords TOPIC_LABELS = WrittenWords.of("Topic:", "Subject:", "Aihe:", "Affected:", "Koskee:", "Re:",
            "Team:", "team:", "Tiimi:", "tiimi:", "Teamet:", "Queue:", "Jono:", "Kö:");
    private static final WrittenWords LABEL_WORDS = WrittenWords.of(LABELS);
    /**
     * Kinds of machines and programs that end a label's last word ("Build server:", "Phone system:", "Tulostuspalvelin:",
     * "Puhelinjärjestelmä:"): the value is the machine's or program's name. No kind a person is called by ("Speaker:",
     * "Editor:").
     */
    private static final String[] MACHINE_KINDS = {"server", "system", "platform", "database", "printer", "router",
            "firewall", "browser", "software", "cluster", "palvelin", "järjestelmä", "alusta", "tietokanta", "tulostin", "ohjelmisto",
            "servern", "systemet", "plattform", "databas", "skrivare"};
    /**
     * How the name of a JSON key whose value is a place or a program ends: "city", "officeLocation", "countryOrRegion",
     * "meetingRoom"; a sign-in log's "appDisplayName", "clientApp", "applicationName" (not "displayName", a person's).
     */
    private static final String[] PLACE_KEYS = {"city", "location", "country", "region", "room", "app", "appdisplayname",
            "application", "applicationname"};
    private static final int LONGEST_LABEL_WORD = 24;
    private static final int LONGEST_NAME = 3;

    private ThingLabels() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.isCapitalised(t) && afterLabel(text, tokens.start(t))) {
                int k = t;
                while (k + 1 < tokens.size() && k + 1 - t < LONGEST_NAME && tokens.isCapitalised(k + 1) && tokens.spaced(k, k + 1)) {
                    k++;
                }
                if (!isPossessive(text, tokens, k) && !(isGoverning(tokens, k) && OWNED_LABELS.endsWordAt(text, tokens.start(t) - 1))
                        && !(TEAM_LABELS.endsWordAt(text, tokens.start(t) - 1) && !Characters.endsLine(text, tokens.end(k)))) {
                    int person = afterTopicLabel(text, tokens.start(t)) ? personAtEnd(text, tokens, words, names, t, k) : k + 1;
                    for (int s = t; s < person; s++) {
                        names[s] = false;
                    }
                }
                t = k;
            }
        }
    }

    /**
     * "Kit: Jarmo's old laptop": the run before a possessive is the owner's name. Not a possessive inside the thing's
     * name, before another capitalised word ("Hotel: Premier Inn King's Cross").
     */
    private static boolean isPossessive(String text, Tokens tokens, int k) {
        int end = tokens.end(k);
        if (!text.startsWith("'s", end) && !text.startsWith("’s", end)) {
            return false;
        }
        return !(k + 2 < tokens.size() && tokens.start(k + 2) == end + 3 && text.charAt(end + 2) == ' ' && tokens.isCapitalised(k + 2));
    }

    /** A word in lower case right after the run, which the run may own ("Paikka: Matin työpiste"). */
    private static boolean isGoverning(Tokens tokens, int k) {
        return k + 1 < tokens.size() && tokens.spaced(k, k + 1) && tokens.isLowerCase(k + 1);
    }

    /**
     * Where the person a topic's run ends with begins: "Subject: Matti Virtanen", "Aihe: Kulukorvaus Ilmari Kalliojärvi",
     * "Koskee: Ama-Serwaa Owusu-Ansahin ja …" — a given name and a surname as the run's last two words, a second given
     * name before them, or a given name alone in the genitive before what it owns ("Aihe: Aino-Maijan kokeet"); {@code
     * k + 1} where the run ends with none.
     */
    private static int personAtEnd(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t, int k) {
        if (k == t && isGoverning(tokens, k) && isGivenNamesGenitive(text, tokens, words[t], names[t], t)) {
            return t;
        }
        if (k == t + 1 && words[t] != null && words[k] != null && words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)
                && words[k].is(NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_LAST)) {
            return t;
        }
        if (k == t || !isGivenName(text, tokens, words, names, k - 1) || !isSurname(text, tokens, words, names, k)) {
            return k + 1;
        }
        return k - 2 >= t && words[k - 2] != null && words[k - 2].is(NameLexicon.Word.FIRST) ? k - 2 : k - 1;
    }

    /**
     * A given name, or a word no list knows that a rule took for a name: one of capitalised parts joined by a hyphen
     * ("Ama-Serwaa"), or any before a surname that is no word ("Chidera Nwosu", "Iivo Honkavuori"); not a product's
     * before a surname that is also an English word ("Re: Kubernetes Grant access"), nor a maker's or product's that is
     * also a given name ("Re: Ford Transit van").
     */
    private static boolean isGivenName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        var w = words[t];
        var next = words[t + 1];
        return w != null && (w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)
                && !NameLexicon.isThingOrWord(text, tokens.start(t), tokens.end(t)) || names[t] && !w.isKnown()
                && (isDoubleBarrelled(text, tokens.start(t), tokens.end(t)) || !next.isKnown()
                || next.is(NameLexicon.Word.LAST) && !next.is(NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD)
                || TopographicSurnames.is(text, tokens.start(t + 1), tokens.end(t + 1), next)));
    }

    /**
     * "Aino-Maijan", "Matin": a given name in the Finnish genitive ("-n" after its base form), which owns the lower-case
     * word after it as a person does; so is a double given name the lists lack, in "-n", that a rule took for a name
     * ("Zainab-Mustafan"). A product's or a firm's name is rarely a given name only.
     */
    private static boolean isGivenNamesGenitive(String text, Tokens tokens, NameLexicon.Word w, boolean marked, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (w == null || text.charAt(end - 1) != 'n' || NameLexicon.isThingOrWord(text, start, end)) {
            return false;
        }
        return w.is(NameLexicon.Word.FIRST) && w.isOnlyName() && w.base() != null && w.base().length() < end - start
                || marked && isDoubleBarrelled(text, start, end);
    }

    /** "Ama-Serwaa": capitalised parts joined by a hyphen. */
    private static boolean isDoubleBarrelled(String text, int start, int end) {
        int hyphen = text.indexOf('-', start);
        return hyphen > start && hyphen + 1 < end && Character.isUpperCase(text.charAt(hyphen + 1));
    }

    /**
     * A surname, or a word a rule took for a name that no list knows ("Owusu-Ansahin", "Haapalammen") or that is a
     * surname of a word of the land ("Honkavuori", "Koivuniemen": {@link TopographicSurnames}).
     */
    private static boolean isSurname(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        var w = words[t];
        return w != null && (w.is(NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_LAST)
                || names[t] && (!w.isKnown() || TopographicSurnames.is(text, tokens.start(t), tokens.end(t), w)));
    }

    private static boolean afterTopicLabel(String text, int start) {
        return TOPIC_LABELS.endsWordAt(text, start - 1);
    }

    private static boolean afterLabel(String text, int start) {
        if (start > 0 && text.charAt(start - 1) == '"') {
            return isPlaceKey(text, start - 1);
        }
        if (start < 2 || text.charAt(start - 1) != ' ' || text.charAt(start - 2) != ':') {
            return false;
        }
        return LABEL_WORDS.endsWordAt(text, start - 1) || isMachinesLabel(text, start - 2);
    }

    /**
     * The string value that opens at {@code quote} is a JSON key's whose name ends with a place's kind ({@code "city":
     * "London"}, {@code "officeLocation": "Cassandra"}, as a directory's export writes them) or a program's ({@code
     * "appDisplayName": "My Apps"}, as a sign-in log writes it): a place or a program, never a person.
     */
    private static boolean isPlaceKey(String text, int quote) {
        int colon = quote - 1;
        if (colon > 0 && text.charAt(colon) == ' ') {
            colon--;
        }
        if (colon < 2 || text.charAt(colon) != ':' || text.charAt(colon - 1) != '"') {
            return false;
        }
        int keyEnd = colon - 1;
        for (var kind : PLACE_KEYS) {
            if (keyEnd >= kind.length() && text.regionMatches(true, keyEnd - kind.length(), kind, 0, kind.length())) {
                return true;
            }
        }
        return false;
    }

    /** The word that ends at {@code colon} is a label's and ends with a kind of machine or program ("Build server:"). */
    private static boolean isMachinesLabel(String text, int colon) {
        int start = colon;
        while (start > 0 && colon - start < LONGEST_LABEL_WORD && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == colon || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return false;
        }
        for (var kind : MACHINE_KINDS) {
            if (colon - start >= kind.length() && text.regionMatches(true, colon - kind.length(), kind, 0, kind.length())) {
                return true;
            }
        }
        return false;
    }
}
