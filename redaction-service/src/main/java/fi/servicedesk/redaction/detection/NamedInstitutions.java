package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Buildings, institutions, prizes, charities, newspapers and firms named after people or places: "Aalto University",
 * "Churchill House", "the Nobel Prize", "Alzheimer's Society", "Parkinson's UK", "Åbo Akademi", "Computer Weekly",
 * "Nordvik Energi", "Kuitunet Community", "Florence Lettings" is no person's name when a capitalised word of such a kind follows the name
 * (also after its possessive). A person's surname is hardly ever one of these words, and a greeting or a word that
 * names a person before the run keeps it a person's ("Hi Victoria, House keys…" has a comma between and is not
 * read). A newspaper's title of one word ends in its kind ({@link #PAPERS}: "Aamulehti", "Ilta-Sanomat",
 * "Hufvudstadsbladet"), and so does a Swedish school's, hall's or hospital's ({@link #SWEDISH_PLACES}:
 * "Topeliusskolan", "Berwaldhallen"), and a Swedish street's or farm's ({@link #SWEDISH_STREETS}: "Topeliusgatan",
 * "Sucksdorffgården"), which no given name or surname the lists hold does. A Swedish waterfront place's ending
 * ({@link #SWEDISH_SHORES}: "Runebergsbryggan", "Topeliusudden") ends as many surnames ("Tjärviken", "Askudden"): the
 * word is the place's only where the place's context says so. A Finnish centre's compound
 * or a Swedish city block's word before the name makes the name the place's ("Kauppakeskus Iso Omena", "Kv. Gustav
 * Vasa 3"): no one is called a centre.
 */
final class NamedInstitutions {

    /** Capitalised words of a building, an institution, a prize or a charity after the name it bears. */
    private static final WordSet KINDS = WordSet.of(Set.of("university", "college", "institute", "academy", "school",
            "hospital", "library", "museum", "house", "centre", "center", "building", "society", "foundation",
            "prize", "award", "trust", "fund", "memorial", "uk",
            // a high school called by its name alone ("Lincoln High", "Kennedy High"); not "Court", a surname ("Margaret Court")
            "high",
            // Finnish and Swedish schools and universities ("Åbo Akademi", "Tekniska Högskolan")
            "akademi", "akatemia", "högskola", "högskolan", "universitet", "universitetet", "yliopisto",
            // a firm's or a service's forum for its customers ("Vesiteho Community", "Kuitunet Yhteisö")
            "community", "forum", "yhteisö", "gemenskap",
            // newspapers and news services ("Computer Weekly", "BBC News", "Yle Uutiset", "Svenska Dagbladet"); not
            // "Post", a surname ("Emily Post")
            "weekly", "daily", "news", "times", "herald", "tribune", "gazette", "uutiset", "nyheter", "dagbladet",
            "sanomat", "tidning", "tidningen",
            // a firm named by a place and its line of business ("Nordvik Energi", "Kvarnby Bygg", "Lakeus Logistiikka")
            "energi", "energia", "energy", "bygg", "rakennus", "logistiikka", "logistik", "logistics",
            "retail", "telecom", "vakuutus", "försäkring", "insurance", "kiinteistöt", "fastigheter",
            // a tradesman's or an agent's firm named by its founder and its trade ("Florence Lettings", "Nelson
            // Locksmiths", "Archie's Plumbing", "Kingsley Fibre Installs"): plural or -ing nouns no one is called by
            "lettings", "plumbing", "plumbers", "locksmiths", "installs", "installations", "electrical", "electricians",
            "roofing", "glazing", "removals", "builders",
            // a managing agent's firm ("Victoria Block Management", "Stanley Property Management")
            "management",
            // a carrier named by its founder or its town and its trade ("Kihlman Cargo", "Tengström Frakt",
            // "Bramhalls Haulage", "Throssells Couriers"); a distribution only as a firm's ({@link #isFirmsDistribution})
            "cargo", "freight", "frakt", "haulage", "couriers",
            // a Swedish library, capitalised ("Anna Weckströms Bibliotek")
            "bibliotek",
            // a site named after a person ("Victoria Plaza", "Strindbergs Intima Teater"); not "Tower", a surname too
            // ("John Tower")
            "plaza", "teater", "stiftelse",
            // a council's or a firm's services named by a place or a group ("Tampere Welcome Services", "Children's Services")
            "services",
            // a garage or a body shop named by its founder ("Stanley Accident Repair", "Victoria Body Repairs"), a clinic,
            // and a mutual insurer named by a place or a founder ("Albion Mutual", "Kaleva Keskinäinen", "Dala Ömsesidiga")
            "repair", "repairs", "clinic", "mutual", "keskinäinen", "ömsesidiga",
            // a veterinary practice named by its founder ("Goddards Vets")
            "vets",
            // a shop named by its owner ("Bella's Boutique")
            "boutique"));
    /**
     * The last parts of newspapers' titles written as one word ("Aamulehti", "Kauppalehti", "Ilta-Sanomat",
     * "Vasabladet", "Göteborgs-Posten").
     */
    private static final String[] PAPERS = {"lehti", "sanomat", "bladet", "tidningen", "posten"};
    /**
     * The last parts of Swedish schools, halls, hospitals, homes, theatres and prizes written as one word with the name
     * they bear ("Topeliusskolan", "Berwaldhallen", "Sophiahemmet", "Universitetssjukhuset", "Augustpriset", "Herriot
     * Smådjursklinik"): the definite form of the kind, or a clinic's, which no given name or surname the lists hold
     * ends in. Not "salen", the end of a Finnish genitive ("Bhosalen").
     */
    private static final String[] SWEDISH_PLACES = {"skolan", "hallen", "hemmet", "sjukhuset", "teatern",
            "priset", "stiftelsen", "gymnasiet", "klinik", "kliniken", "biblioteket", "rummet", "terminalen"};
    /**
     * The last parts of Swedish streets, squares and farms written as one word with the person or the place they are
     * named after ("Topeliusgatan", "Wredegatan", "Sucksdorffgården"): no given name or
     * surname the lists hold ends in them. Only the word alone: before one, a capitalised word is as often the end of
     * someone's name on an address line ("Anna Storgatan 5" is not read).
     */
    private static final String[] SWEDISH_STREETS = {"gatan", "vägen", "torget", "gården"};
    /**
     * The last parts of Swedish waterfront places written as one word with the person they are named after
     * ("Runebergsbryggan", "Topeliusudden", "Chydeniusholmen", "Snellmanhamnen"): piers, quays, harbours, yards,
     * lighthouses, islets, points, bays, sounds and shores in the definite form, the word alone and longer than its
     * ending with a stem ("Holmen", "Udden" alone are surnames). Farms and islets named so became surnames
     * ("Tjärviken", "Flottviken", "Askudden", "Strandholmen"), which lists, footers and sign-offs write alone as often
     * as the place is: the word is the place's only after a preposition of place ({@link #PLACE_PREPOSITIONS}: "vid
     * Runebergsbryggan") or beside the namesake it is named after ("Bellmans kod gäller inte Bellmansholmen"), and
     * never after a given name or initials ("Anna Strandholmen", "J.-M. Tjärviken").
     */
    private static final String[] SWEDISH_SHORES = {"bryggan", "kajen", "hamnen", "varvet", "fyren", "holmen", "udden",
            "skäret", "grundet", "viken", "sundet", "stranden", "näset", "fjärden", "badet"};
    private static final int LONGEST_STREET_ENDING = 6;
    /** Swedish and English prepositions of place and motion before a waterfront place: "vid", "till", "at", "from". */
    private static final WordSet PLACE_PREPOSITIONS = WordSet.of(Set.of("vid", "på", "till", "från", "i", "mot",
            "förbi", "utanför", "nära", "längs", "bakom", "via", "at", "to", "from", "near", "off"));
    /** The shortest namesake's name before a waterfront place's ending ("Bellman" in "Bellmansholmen"). */
    private static final int SHORTEST_NAMESAKE = 4;
    /**
     * A Finnish centre's, repair shop's, service's or company's compound ("Kauppakeskus", "Lasikorjaamo", "Autohuolto",
     * "Vakuutusyhtiö", Swedish "Försäkringsbolaget"), a clinic's or an animal hospital's ("Eläinlääkäriasema",
     * "Eläinklinikka", "Pieneläinsairaala", Swedish "Djurkliniken", "Djursjukhuset") and a Swedish city block ("Kv.",
     * "Kvarteret") before the name they bear: "Kauppakeskus Iso Omena", "Lasikorjaamo Kotila", "Vakuutusyhtiö
     * Pohjantähti", "Eläinlääkäriasema Herriot", "Djursjukhuset Blå Stjärnan", "Kv. Gustav Vasa 3".
     */
    private static final String[] COMPOUND_KINDS = {"keskus", "korjaamo", "huolto", "yhtiö", "bolaget", "lääkäriasema",
            "klinikka", "sairaala", "kliniken", "sjukhuset"};
    /**
     * A hospital or a clinic in the languages that write its kind before the name it bears ("Hôpital Pasteur",
     * "Clínica Juaneda", "Hospital Quirónsalud", "Klinik Hirslanden"), capitalised. A trade's firm named the same way
     * ("Pitopalvelu Herkku", "Begravningsbyrån Ljuset") is {@link FirmsAfterTheirTrade}'s.
     */
    private static final WordSet KINDS_BEFORE = WordSet.of(Set.of("hospital", "hôpital", "ospedale", "clinica", "clínica",
            "clinique", "klinik", "klinikka"));
    /**
     * Swedish schools in lower case after the name they bear in its base form ("Gustav Vasa skola"; a genitive is not
     * read: "Annas skola" is Anna's). Churches are {@link ChurchesAndParishes}'s.
     */
    private static final WordSet SWEDISH_KINDS = WordSet.of(Set.of("skola", "gymnasium"));
    /**
     * A Swedish library in lower case after its namesake's full name in the genitive and before the town it stands in
     * ("Anna Weckströms bibliotek i Kotka"): one given name's is as often a person's ("Annas bibliotek"), and so is a
     * full name's without a town, a SharePoint or a photo library ("Anna Bergs bibliotek i SharePoint synkar inte").
     */
    private static final WordSet SWEDISH_KINDS_AFTER_FULL_NAMES = WordSet.of(Set.of("bibliotek"));
    /** Swedish prepositions before the town a library stands in. */
    private static final WordSet SWEDISH_PLACE_PREPOSITIONS = WordSet.of(Set.of("i", "på"));
    /**
     * A firm's legal form or a trade word after "Distribution" ("Kihlman Distribution Oy", "Reed Distribution Ltd"):
     * without one, "Distribution" after a name is as often a person's distribution list ("Tom Reed Distribution list").
     */
    private static final WordSet FIRM_ENDINGS = WordSet.of(Set.of("ltd", "limited", "plc", "inc", "llc", "oy", "oyj",
            "ab", "as", "gmbh", "group", "logistics", "services"));
    private static final WordSet BLOCKS = WordSet.of(Set.of("kv", "kvarteret"));
    /** A bound on the length of a kind's word, above the longest ("universitetet"). */
    private static final int LONGEST_KIND = 15;
    /** The most capitalised words of the name before the kind ("Martin Luther King Memorial"). */
    private static final int LONGEST_NAME = 3;
    /** The longest king's or queen's number after the name ("XVIII"). */
    private static final int LONGEST_REGNAL_NUMBER = 5;

    private NamedInstitutions() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            if (!names[t]) {
                continue;
            }
            if (isOneWordInstitution(text, tokens, words[t], t) || isWaterfrontPlace(text, tokens, words, names, t) || t > 0 && !names[t - 1] && tokens.isCapitalised(t - 1)
                    && tokens.spaced(t - 1, t) && isKind(text, tokens, t)) {
                // "Aamulehti"; "Computer Weekly", "BBC News": the kind's word after a capitalised word no rule took for a name
                names[t] = false;
                unmarkGivenNamesBeforeACompound(text, tokens, words, names, t);
            } else if (t > 0 && isKindBefore(text, tokens, t - 1)) {
                names[t - 1] = false;
                int last = t;
                while (last + 1 < n && last + 1 < t + LONGEST_NAME && names[last + 1] && tokens.spaced(last, last + 1)) {
                    last++;
                }
                // "Kiinteistöhuolto Pekka Mäkinen, p. 040 …": a given name and a surname after a compound kind are its contact's
                if (!(isCompoundKind(text, tokens, t - 1) && FirmsAfterTheirTrade.isFullName(words, t, last))) {
                    for (int k = t; k <= last; k++) {
                        names[k] = false;
                    }
                }
            } else if (t + 1 < n && tokens.isCapitalised(t)) {
                unmarkBeforeKind(text, tokens, words, names, t);
            }
        }
    }

    /**
     * "Edith Södergran-rummet", "Astrid Lindgren-priset": a one-word institution that joins its namesake's surname to
     * its kind with a hyphen takes the namesake's given names before it, which are its name as much as the surname.
     */
    private static void unmarkGivenNamesBeforeACompound(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names,
            int t) {
        if (isHyphened(text, tokens, t)) {
            NamesakesNames.unmark(text, tokens, words, names, t, u -> NamesakesNames.isOrPrecedes(tokens, u,
                    k -> isHyphened(text, tokens, k)));
        }
    }

    /** "Södergran-rummet": a word with a hyphen in it. */
    private static boolean isHyphened(String text, Tokens tokens, int t) {
        int hyphen = text.indexOf('-', tokens.start(t));
        return hyphen >= 0 && hyphen < tokens.end(t);
    }

    /** "Aalto University", "Martin Luther King Memorial": the name that ends at {@code t} and the kind's word after it. */
    private static void unmarkBeforeKind(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int kind = kindAfter(text, tokens, words, names, t);
        if (kind < 0) {
            return;
        }
        int first = t;
        while (first > 0 && t - first + 1 < LONGEST_NAME && tokens.spaced(first - 1, first) && tokens.isCapitalised(first - 1)
                && names[first - 1]) {
            first--;
        }
        if (first > 0 && NamesAfterCues.framesPerson(text, tokens, words, first - 1, first)) {
            return;
        }
        for (int k = first; k <= kind; k++) {
            names[k] = false;
        }
    }

    /**
     * The kind's word right after the name ("Aalto University"), after its possessive ("Alzheimer's Society") or after a
     * word that qualifies the kind ("Queen Elizabeth's Grammar School"), or -1.
     */
    private static int kindAfter(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int next = t + 1;
        if (next + 1 < tokens.size() && tokens.is(next, "s") && tokens.start(next) == tokens.end(t) + 1
                && (text.charAt(tokens.end(t)) == '\'' || text.charAt(tokens.end(t)) == '’')) {
            next++;
        }
        if (!tokens.spaced(next - 1, next)) {
            return -1;
        }
        boolean swedish = next == t + 1 && text.charAt(tokens.end(t) - 1) != 's' && tokens.isLowerCase(next)
                && SWEDISH_KINDS.contains(text, tokens.start(next), tokens.end(next));
        swedish |= next == t + 1 && text.charAt(tokens.end(t) - 1) == 's' && tokens.isLowerCase(next)
                && SWEDISH_KINDS_AFTER_FULL_NAMES.contains(text, tokens.start(next), tokens.end(next))
                && t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t) && NameWords.isGivenName(words[t - 1])
                && isTownAfter(text, tokens, words, next);
        if (swedish || isKind(text, tokens, next)) {
            return next;
        }
        return next + 1 < tokens.size() && tokens.spaced(next, next + 1) && isQualifier(text, tokens, words, names, next)
                && isKind(text, tokens, next + 1) ? next + 1 : -1;
    }

    /**
     * "Queen Elizabeth's Grammar School", "King Edward VI School", "St Luke's General Hospital": a capitalised English
     * word that is no name by the lists, or a king's or queen's number, between the name and the kind says which of its
     * kind the place is; the name before it is the place's as much as right before the kind. So does an English word
     * that is also a surname where no rule took it for one ("Fenwick Branch Library", "Hartwell Central Library").
     */
    private static boolean isQualifier(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int k) {
        int start = tokens.start(k);
        int end = tokens.end(k);
        if (isRegnalNumber(text, start, end)) {
            return true;
        }
        return tokens.isCapitalised(k) && (EnglishWords.holdsOnlyAsWord(text, tokens, words[k], k)
                || !names[k] && EnglishWords.contains(text, start, end));
    }

    /** "VI", "II", "XIV": a Roman number in capitals, as after a monarch's name. */
    private static boolean isRegnalNumber(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if ("IVX".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return end - start <= LONGEST_REGNAL_NUMBER;
    }

    /**
     * "Koulukeskus", "Lasikorjaamo", "Hôpital", "Kv." before the name: a compound of a kind longer than its ending, a
     * hospital's word, or a city block's word.
     */
    private static boolean isKindBefore(String text, Tokens tokens, int k) {
        if (!tokens.isCapitalised(k)) {
            return false;
        }
        int start = tokens.start(k);
        int end = tokens.end(k);
        if (isCompoundKind(text, tokens, k)) {
            return tokens.spaced(k, k + 1);
        }
        if (end - start <= LONGEST_KIND && KINDS_BEFORE.contains(text, start, end)) {
            return tokens.spaced(k, k + 1);
        }
        return BLOCKS.contains(text, start, end) && (tokens.is(k, "kvarteret") ? tokens.spaced(k, k + 1) : text.startsWith(". ", end));
    }

    /** "Kauppakeskus", "Lasikorjaamo": a compound longer than the kind it ends in. */
    private static boolean isCompoundKind(String text, Tokens tokens, int k) {
        int start = tokens.start(k);
        int end = tokens.end(k);
        for (var kind : COMPOUND_KINDS) {
            if (end - start > kind.length() + 2 && text.startsWith(kind, end - kind.length())) {
                return true;
            }
        }
        return false;
    }

    /** "Aamulehti", "Ilta-Sanomat", "Topeliusskolan": a capitalised word longer than its ending, no name by the lists. */
    private static boolean isOneWordInstitution(String text, Tokens tokens, NameLexicon.Word w, int t) {
        if (!tokens.isCapitalised(t) || w != null && NameWords.isAnyName(w)) {
            return false;
        }
        return endsIn(text, tokens, t, PAPERS) || endsIn(text, tokens, t, SWEDISH_PLACES)
                || endsIn(text, tokens, t, SWEDISH_STREETS) && lastPart(text, tokens, t) > LONGEST_STREET_ENDING + 1;
    }

    /**
     * "vid Runebergsbryggan", "gäller inte Bellmansholmen" beside "Bellmans kod": a word of a waterfront place's
     * ending ({@link #SWEDISH_SHORES}), no name by the lists, after a preposition of place or beside its namesake's
     * name; not after a given name, a name the rules before marked or initials ("Anna Strandholmen", "Maj-Britt
     * Askudden", "S.-B. Flottviken"), which make it a surname.
     */
    private static boolean isWaterfrontPlace(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (!tokens.isCapitalised(t) || words[t] != null && NameWords.isAnyName(words[t])
                || lastPart(text, tokens, t) <= LONGEST_STREET_ENDING + 1) {
            return false;
        }
        int ending = shoreEnding(text, tokens, t);
        if (ending == 0 || Initials.start(text, tokens, t) < tokens.start(t) || t > 0 && tokens.spaced(t - 1, t)
                && (NameWords.isGivenName(words[t - 1]) || names[t - 1] && tokens.isCapitalised(t - 1))) {
            return false;
        }
        return t > 0 && tokens.spaced(t - 1, t) && PLACE_PREPOSITIONS.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                || namesakeNamed(text, tokens.start(t), tokens.end(t) - ending);
    }

    /** The length of the waterfront place's ending the word at {@code t} ends in, or 0. */
    private static int shoreEnding(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        for (var ending : SWEDISH_SHORES) {
            if (end - start > ending.length() + 1 && Characters.regionMatchesIgnoringCase(text, end - ending.length(), ending)) {
                return ending.length();
            }
        }
        return 0;
    }

    /**
     * The namesake's name before the place's ending, {@code text[start, stemEnd)} less a genitive "s" ("Bellmans" in
     * "Bellmansholmen"), stands elsewhere in the message as a word of its own or in its genitive ("Edvin Bellmans
     * kod"): the place is named after someone the message names.
     */
    private static boolean namesakeNamed(String text, int start, int stemEnd) {
        return namedElsewhere(text, start, stemEnd)
                || stemEnd - start > SHORTEST_NAMESAKE && text.charAt(stemEnd - 1) == 's' && namedElsewhere(text, start, stemEnd - 1);
    }

    private static boolean namedElsewhere(String text, int start, int stemEnd) {
        int length = stemEnd - start;
        if (length < SHORTEST_NAMESAKE) {
            return false;
        }
        var stem = text.substring(start, stemEnd);
        for (int i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + 1)) {
            int after = i + length;
            if (i != start && (i == 0 || !Character.isLetter(text.charAt(i - 1))) && (after == text.length()
                    || !Character.isLetter(text.charAt(after)) || text.charAt(after) == 's'
                    && (after + 1 == text.length() || !Character.isLetter(text.charAt(after + 1))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Letters after the word's last hyphen, or in all of it: a name's last part may end like a street ("Te
     * Whatu-Ngatan", a Finnish genitive), a street's own stem before its ending is longer ("Topeliusgatan").
     */
    private static int lastPart(String text, Tokens tokens, int t) {
        return tokens.end(t) - Math.max(tokens.start(t), text.lastIndexOf('-', tokens.end(t) - 1) + 1);
    }

    private static boolean endsIn(String text, Tokens tokens, int t, String[] endings) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        for (var ending : endings) {
            if (end - start > ending.length() + 1 && Characters.regionMatchesIgnoringCase(text, end - ending.length(), ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKind(String text, Tokens tokens, int t) {
        return (tokens.isCapitalised(t) || tokens.length(t) == 2 && tokens.is(t, "uk") && Character.isUpperCase(text.charAt(tokens.start(t) + 1)))
                && (tokens.length(t) <= LONGEST_KIND && KINDS.contains(text, tokens.start(t), tokens.end(t))
                || tokens.isCapitalised(t) && endsIn(text, tokens, t, SWEDISH_PLACES) || isFirmsDistribution(text, tokens, t));
    }

    /**
     * "Bramhalls Distribution", "Kihlman Distribution Oy": a carrier's "Distribution" after a name in the plural
     * genitive, as a family firm's is written, or before a legal form or a trade word; not a person's distribution list.
     */
    private static boolean isFirmsDistribution(String text, Tokens tokens, int t) {
        if (!tokens.is(t, "distribution") || t == 0 || !tokens.spaced(t - 1, t)) {
            return false;
        }
        return text.charAt(tokens.end(t - 1) - 1) == 's' || t + 1 < tokens.size() && tokens.spaced(t, t + 1)
                && tokens.isCapitalised(t + 1) && FIRM_ENDINGS.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    /** "bibliotek i Kotka": a Swedish preposition of place and a word that reads as a place after the kind at {@code k}. */
    private static boolean isTownAfter(String text, Tokens tokens, NameLexicon.Word[] words, int k) {
        int town = k + 2;
        return town < tokens.size() && tokens.spaced(k, k + 1) && tokens.spaced(k + 1, town)
                && SWEDISH_PLACE_PREPOSITIONS.contains(text, tokens.start(k + 1), tokens.end(k + 1)) && tokens.isCapitalised(town)
                && words[town] != null && words[town].is(NameLexicon.Word.PLACE);
    }
}
