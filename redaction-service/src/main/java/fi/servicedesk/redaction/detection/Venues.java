package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A venue's name is the word for its kind or a hotel chain's brand with the name it bears, after it or before it:
 * "Hotel Aleksanteri", "Break Sokos Hotel Eden", "Radisson Blu Royal", "Scandic Simonkenttä", "Premier Inn Leeds City",
 * "Lapland Hotels Oulu", "Ravintola Kanerva", "Krogen Sjöstjärnan", "Café Engel", "Falcon Gym", "Kylpylähotelli Rauha",
 * "Monitoimihalli Kupoli". Hotels, restaurants, cafés, gyms, spas and halls are named after people, places and
 * virtues, which the name lists and the model read as names; beside the venue's word or a chain they are the venue's.
 * The words are a closed class in the three languages: words written either side of the name (a hotel, a café, a gym,
 * a spa), words that open it (a restaurant, a private dining room, a conference room), and Finnish compounds of a
 * venue's head ("Kylpylähotelli", "Monitoimihalli"), which are a venue's word and open its name too. Only capitalised
 * words spaced from the venue's word are taken ("Hotel\nAnna Virtanen" signs a letter; "the hotel Anna booked" is lower
 * case), and none after an ordinary English word that follows the venue's word: a subject line in title case ("Hotel
 * Booking Anna Virtanen") names the guest after it, not the hotel. Not across a run of spaces or a tab, which sets a
 * column apart ("Anna Virtanen   Spa 14:00" lists a guest), and not a given name with a surname after it, a person
 * booked beside the venue ("Juhlasali Anna Virtanen 12.6.").
 * <p>A word that ends in a venue's head is a venue, not a person, when no name list holds it: a Finnish compound
 * ("Jäähalli", "Juhlasali") and a Swedish hall in the definite form, named after whoever it honours ("Strindbergsalen",
 * "Konserthallen"), not after a vowel, as a Finnish genitive of a name in "-sale" ends ("Bhosalen"). A hotel's room
 * type is no one either: a grade before a room's or a bed's word ("Junior Suite", "Deluxe King", "Superior Double").
 * A genitive before a public hall, a library, a carrier's depot or a station in the nominative is the place or patron
 * it is named after, with the patron's given names ("Tapiolan uimahalli", "Sibeliuksen juhlasali", "Lauri Vahtolan
 * pääkirjasto", "Orrenmaan varikko"), and so is a full name's or a place's genitive before a street that ends its
 * clause ("Aleksis Kiven katu, 3 krs"), and one of no given name alone before a town's facility ("Malmin terveysasema",
 * "Runebergin ekopiste", "Kujalan jätekeskus") or an establishment named after its patron, a pharmacy, a residence
 * hall, a student house or a city block ("Chydeniuksen verkkoapteekki", "Kramsun asuntola", "Cygnaeuksen kortteli"),
 * with a house that has the genitive glued to it ("Kramsuntalo"), and a Swedish genitive in "s" before a camp, a stop,
 * a station or a hospital ("Labbnäs lägergård", "Auroras sjukhus"), with a Swedish station's compound in the definite
 * form ("Gadolinstationen"), a pharmacy's, a house's or a home's ("Wredeapoteket", "Nordenskiöldshuset"; a house opens
 * the name of its street, "Studenthuset Servinkuja") and a Swedish street's genitive ("Runebergsgatans soprum"),
 * though a person the message names bears the name in another case: this runs after the names are repeated. Not a word a person bears in the same form elsewhere in the message, and before a bare library or terminal,
 * a person's photos or computer as often, only a place's or an ordinary word's genitive ("Kallion kirjasto").
 */
final class Venues {

    /** A venue's word, capitalised in its name: the name follows it ("Hotel Eden") or stands before ("Eden Hotel"). */
    private static final WordSet EITHER_SIDE = WordSet.of(Set.of("hotel", "hotels", "hotell", "hotelli", "hostel",
            "motel", "inn", "café", "cafe", "kafé", "bistro", "brasserie", "gym", "spa"));
    /**
     * A venue's word that opens its name ("Ravintola Kanerva", "Krogen Sjöstjärnan", "Kabinetti Pihlaja"), a library's
     * and its branch's ("Kirjasto Oodi", "Filialen Sandvik"), a studio's, a room that a library or a cultural centre
     * names after a person ("Studio Eetu"), and the Latin word for a house that a residence, a student hall or a
     * professional body's house opens its name with ("Domus Gaudium", "Domus Academica", "Domus Medica"); not "Villa"
     * or "Casa", surnames too ("Anna Villa").
     */
    private static final WordSet OPENING = WordSet.of(Set.of("ravintola", "restaurang", "krog", "krogen", "kahvila",
            "kabinetti", "konferenssal", "konferenssalen", "salongen", "kylpylä", "kirjasto", "filialen", "studio",
            "domus"));
    /**
     * Heads of Finnish compounds that name a venue ("Kylpylähotelli", "Monitoimihalli", "Jäähalli", "Juhlasali"): the
     * compound opens the venue's name, or is the venue's name itself.
     */
    private static final String[] FINNISH_HEADS = {"hotelli", "ravintola", "kahvila", "halli", "sali", "areena"};
    /**
     * Public halls and arenas a town, a district or a patron gives its name to in the genitive ("Otaniemen
     * urheiluhalli", "Sibeliuksen juhlasali", "Aili Siljamon sali"); a works hall or a store hall is its owner's
     * ("Mäkisen varastohalli"), so only these, in full.
     */
    static final Set<String> PUBLIC_HALLS = Set.of("urheiluhalli", "uimahalli", "jäähalli", "palloiluhalli",
            "monitoimihalli", "liikuntahalli", "messuhalli", "konserttihalli", "sali", "juhlasali", "konserttisali",
            "luentosali", "urheiluareena", "areena",
            // a concert's stages, named after a composer in full ("Erkki Melartinin päälava"); not a bare "lava", a
            // pallet as often ("Pekka Virtasen lava on terminaalissa")
            "päälava", "näyttämö");
    /**
     * A stage's word, matched by its base form in full: a pallet is a "lava" too, and a compound that ends in it
     * ("kuormalava") is one; the compound rules take it only joined to a name ("Madetoja-lava", "Erkki Melartin
     * -lava").
     */
    static final String STAGE = "lava";
    /**
     * The public halls, and libraries, a carrier's depots, terminals and sorting centres, named after their district,
     * their town or their founder ("Kallion kirjasto", "Kuopion varikko", "Vantaan terminaali", "Kihlmanin
     * lajittelukeskus").
     */
    private static final Set<String> PUBLIC_PLACES = Stream.concat(PUBLIC_HALLS.stream(), Stream.of("kirjasto",
            "lähikirjasto", "pääkirjasto", "kaupunginkirjasto", "varikko", "terminaali", "rahtiterminaali",
            "lajittelukeskus", "jakelukeskus", "logistiikkakeskus",
            // stations, named after their district ("Leppävaaran asema")
            "asema")).collect(Collectors.toUnmodifiableSet());
    /**
     * Streets named after a person's full name, which Finnish writes apart from it ("Ida Aalbergin tie", "Aleksis Kiven
     * katu"; a street of one name's is one word, "Annankatu"). The same words are a person's way or lane as often
     * ("Matti Virtasen tie ylennykseen", "Aino Lehtosen kuja-asunto"), so only a street that ends its clause or stands
     * before its house number or its stop ({@link #endsAStreet}).
     */
    private static final Set<String> STREETS = Set.of("katu", "tie", "kuja");
    /** A stop's word joined to a street's by a hyphen ("Aleksis Kiven katu-pysäkiltä"), in any of its cases. */
    private static final String STOP = "-pysäk";
    /**
     * Public places whose word is as often a person's own in IT: a photo or a code library ("Pekka Virtasen kirjasto ei
     * synkronoidu"), a computer's terminal ("Matin terminaali jumittaa"). Only a genitive that reads as a place or an
     * ordinary word, no given name, names one ({@link NameWords#readsAsAPlace}); and a person's standing ("Virtasen asema
     * tiimissä").
     */
    private static final Set<String> ALSO_A_PERSONS = Set.of("kirjasto", "terminaali", "asema");
    /**
     * The ends of Finnish compounds that name a town's facility: stations, points where waste is left or a parcel
     * fetched, taxi ranks and centres, named after their district, their street or a patron ("Malmin terveysasema",
     * "Runebergin ekopiste", "Mannerheimin taksitolppa", "Kujalan jätekeskus"). Only the public kinds: a workstation, a
     * desk, a charging or a docking station and a heating post are a person's own ("Virtasen työasema", "Matin
     * työpiste", "Virtasen latausasema"), and a bare "asema" a person's standing. A given name alone before them is
     * as often whose health centre or whose stop it is ("Liisan terveysasema"), so only a full name, a surname or a
     * place ({@link #namesAFacility}).
     */
    private static final List<String> FACILITY_ENDS = List.of("terveysasema", "lajitteluasema", "kierrätysasema",
            "jäteasema", "rautatieasema", "juna-asema", "metroasema", "bussiasema", "linja-autoasema", "paloasema",
            "poliisiasema", "pelastusasema", "huoltoasema", "taksiasema", "kierrätyspiste", "keräyspiste", "ekopiste",
            "jätepiste", "noutopiste", "palvelupiste", "taksitolppa");
    /**
     * The ends of Finnish compounds of an establishment named after its patron, its founder or its street: pharmacies
     * and online pharmacies, hospitals, residence halls, student and youth houses and city blocks ("Chydeniuksen
     * apteekki", "Lönnrotinkadun verkkoapteekki", "Kramsun asuntola", "Agricolan opiskelijatalo", "Cygnaeuksen
     * kortteli"). No one owns one as a person owns a house ("Virtasen talo"), so after the same genitives as a town's
     * facility ({@link #namesAFacility}); whoever bears the name is named in another case ("Chydeniukselta").
     */
    private static final List<String> ESTABLISHMENT_ENDS = List.of("apteekki", "sairaala", "asuntola",
            "opiskelijatalo", "ylioppilastalo", "nuorisotalo", "kortteli");
    /** A centre's head, which ends a public facility's compound of any kind ("jätekeskus", "terveyskeskus"). */
    private static final String CENTRE = "keskus";
    /**
     * Swedish camps and stops in lower case after the genitive in "s" of the farm or the place they are named after
     * ("Labbnäs lägergård", "Nordenskiöldsplatsens hållplats"), which no one owns, after any genitive; cemeteries are
     * {@link ChurchesAndParishes}'.
     */
    private static final Set<String> SWEDISH_CAMPS_AND_STOPS = Set.of("lägergård", "hållplats", "busshållplats");
    /**
     * Swedish stations, ranks and hospitals in lower case after the genitive in "s" of the place or the patron they are
     * named after ("Auroras sjukhus", "Malms taxistation"), unless a known surname's: a worker's station on a line or a
     * patient's health centre is whose it is ("Larssons station står stilla", "Lindqvists vårdcentral"). A person's own
     * charging station ("laddstation") stays out.
     */
    private static final Set<String> SWEDISH_STATIONS = Set.of("station", "taxistation", "busstation",
            "järnvägsstation", "tågstation", "tunnelbanestation", "brandstation", "polisstation", "återvinningsstation",
            "taxistolpe", "sjukhus", "vårdcentral", "hälsocentral");
    /**
     * The definite ends of Swedish compounds of a station, a rank or a hospital named after a person or a place
     * ("Gadolinstationen", "Mannerheimstolpen", "Mariasjukhuset"), read as {@link #SWEDISH_HEADS}.
     */
    private static final String[] SWEDISH_FACILITY_HEADS = {"stationen", "stolpen", "sjukhuset"};
    /**
     * The genitive of a Swedish street written as one word ("Runebergsgatans soprum", "Mannerheimvägens
     * taxistation"): a street's, whatever follows, as no person is called so; after a vowel too ("Sveavägens").
     */
    private static final String[] SWEDISH_STREET_GENITIVES = {"gatans", "vägens", "gränds", "torgets", "allés"};
    /**
     * Heads of a Swedish hall or stage named after a person or a thing, definite ("Strindbergsalen", "Konserthallen",
     * "Alfvénscenen").
     */
    private static final String[] SWEDISH_HEADS = {"salen", "hallen", "scenen"};
    /**
     * Heads of a Swedish pharmacy, house or home named after a person, glued to the name in the definite form
     * ("Wredeapoteket", "Nordenskiöldshuset", "Agricolahuset", "Studenthemmet"), after a vowel too, as Swedish joins a
     * name ending in one straight to its head; a house or a home opens the name of its street or its place
     * ("Studenthuset Servinkuja").
     */
    private static final String[] SWEDISH_BUILDING_HEADS = {"apoteket", "huset", "hemmet"};
    /** The {@link #SWEDISH_BUILDING_HEADS} that open a name after them; a pharmacy is named by its compound alone. */
    private static final String[] SWEDISH_NAMING_HEADS = {"huset", "hemmet"};
    /**
     * A Finnish house named after a person with the name's genitive glued to it ("Kramsuntalo", "Porthanintalossa"), in
     * any case; a surname of a house ends in "talo" after a word of its own, no genitive ("Uusitalo", "Mäkitalo").
     */
    private static final String FINNISH_HOUSE = "ntalo";
    /** The case endings a glued house's name takes after {@link #FINNISH_HOUSE}, the nominative's none among them. */
    private static final Set<String> HOUSE_ENDINGS = Set.of("", "n", "a", "on", "ssa", "sta", "lla", "lle", "lta",
            "ksi", "na", "kin");
    /** The fewest letters before a compound's head: "Kisahalli", not a surname's short stem ("Masali"). */
    private static final int SHORTEST_STEM = 3;
    /**
     * Chains that write their brand before the hotel's name ("Radisson Blu Royal", "Scandic Simonkenttä", "Original
     * Sokos Hotel Vaakuna"); not those named after their founders ("Hilton", "Marriott"), which are people's surnames
     * too.
     */
    private static final WordSet CHAINS = WordSet.of(Set.of("radisson", "scandic", "sokos", "clarion", "novotel",
            "ibis", "sheraton", "cumulus", "travelodge"));
    /** A hotel room's grade, capitalised before its kind ("Junior Suite", "Deluxe King"). */
    private static final WordSet ROOM_GRADES = WordSet.of(Set.of("standard", "superior", "deluxe", "junior",
            "executive", "premium", "classic", "comfort"));
    /** A hotel room's kind or its bed's, after its grade. */
    private static final WordSet ROOM_KINDS = WordSet.of(Set.of("suite", "twin", "double", "single", "king", "queen",
            "room", "studio"));
    /** The most capitalised words of the name after the venue's word or chain ("Premier Inn Leeds City Centre"). */
    private static final int LONGEST_NAME = 3;
    /** The most capitalised words before the venue's word ("Break Sokos Hotel", "Lapland Hotels"). */
    private static final int LONGEST_BRAND = 2;

    private Venues() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            if (!tokens.isCapitalised(t)) {
                continue;
            }
            if (isGenitiveBeforeAVenue(text, tokens, words, t)) {
                NamesakesNames.unmark(text, tokens, words, names, t, u -> NamesakesNames.isOrPrecedes(tokens, u,
                        k -> isGenitiveBeforeAVenue(text, tokens, words, k)));
                // the model takes a short place's word in with the name ("Kiven katu"); in lower case it is a noun
                names[t + 1] = false;
            }
            int start = tokens.start(t);
            int end = tokens.end(t);
            boolean eitherSide = EITHER_SIDE.contains(text, start, end);
            boolean opening = eitherSide || CHAINS.contains(text, start, end) || OPENING.contains(text, start, end)
                    || isCompound(text, tokens, words, t, FINNISH_HEADS)
                    || isCompound(text, tokens, words, t, SWEDISH_NAMING_HEADS);
            if (isRoomType(text, tokens, t)) {
                names[t] = false;
                names[t + 1] = false;
            }
            if (!opening) {
                // a word no one marked needs no reading as a building's compound
                if (names[t] && (isCompound(text, tokens, words, t, SWEDISH_HEADS)
                        && !NameWords.isVowel(beforeHead(text, tokens, t, SWEDISH_HEADS))
                        || isCompound(text, tokens, words, t, SWEDISH_FACILITY_HEADS)
                        && !NameWords.isVowel(beforeHead(text, tokens, t, SWEDISH_FACILITY_HEADS))
                        || isCompound(text, tokens, words, t, SWEDISH_STREET_GENITIVES)
                        || isCompound(text, tokens, words, t, SWEDISH_BUILDING_HEADS)
                        || isFinnishHouse(text, tokens, words, t))) {
                    names[t] = false;
                }
                continue;
            }
            names[t] = false;
            for (int k = t - 1; eitherSide && k >= 0 && t - k <= LONGEST_BRAND
                    && isNameWordBeside(tokens, k, k + 1) && !readsAsAPerson(tokens, words, k - 1, k); k--) {
                names[k] = false;
            }
            if (t + 1 < n && EnglishWords.holdsOnlyAsWord(text, tokens, words[t + 1], t + 1)) {
                continue;
            }
            for (int k = t + 1; k < n && k - t <= LONGEST_NAME && isNameWordBeside(tokens, k, k - 1)
                    && !readsAsAPerson(tokens, words, k, k + 1); k++) {
                names[k] = false;
            }
        }
    }

    /** "Kisahalli", "Strindbergsalen": a word no name list holds, ending in a venue's head after a stem of its own. */
    private static boolean isCompound(String text, Tokens tokens, NameLexicon.Word[] words, int t, String[] heads) {
        if (words[t] != null && NameWords.isAnyName(words[t])) {
            return false;
        }
        return endsInHead(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT), heads);
    }

    /**
     * The word ends in one of {@code heads} after a stem of its own, all letters ("Kisahalli", "uimahalli"); a double
     * surname whose second part ends alike is a person's ("Okello-Ssali").
     */
    private static boolean endsInHead(String word, String[] heads) {
        if (!word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (String head : heads) {
            if (word.length() >= head.length() + SHORTEST_STEM && word.endsWith(head)
                    && Character.isLetter(word.charAt(word.length() - head.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The letter before the head the word at {@code t} ends in: a Swedish hall's stem ends in a consonant
     * ("Bellmansalen", "Festsalen"), while a Finnish genitive of a name ending in a vowel and "-sale" ends alike
     * ("Bhosalen").
     */
    private static char beforeHead(String text, Tokens tokens, int t, String[] heads) {
        String word = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        for (String head : heads) {
            if (word.length() > head.length() && word.endsWith(head)) {
                return word.charAt(word.length() - head.length() - 1);
            }
        }
        return ' ';
    }

    /**
     * "Tapiolan uimahalli", "Sibeliuksen juhlasali": a genitive right before a public hall in the nominative names the
     * venue after its place or patron; a person is taken there in a local case ("vein Matin uimahalliin"), which this
     * leaves.
     */
    private static boolean isGenitiveBeforeAVenue(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (t + 1 >= tokens.size() || !tokens.spaced(t, t + 1) || !tokens.isLowerCase(t + 1)) {
            return false;
        }
        var place = text.substring(tokens.start(t + 1), tokens.end(t + 1));
        char last = text.charAt(tokens.end(t) - 1);
        if (last == 's') {
            return SWEDISH_CAMPS_AND_STOPS.contains(place) || SWEDISH_STATIONS.contains(place)
                    && (!isSurnameOnly(words[t]) && !isSurnameOnly(NameLexicon.shared().lookup(text, tokens.start(t), tokens.end(t) - 1))
                    || NameWords.readsAsAPlace(tokens, words, t) || afterAFirstName(text, tokens, words, t));
        }
        if (last != 'n') {
            return false;
        }
        if (PUBLIC_PLACES.contains(place)) {
            return !ALSO_A_PERSONS.contains(place) || NameWords.readsAsAPlace(tokens, words, t);
        }
        if (isFacility(place)) {
            return namesAFacility(text, tokens, words, t);
        }
        return isStreet(place) && endsAStreet(text, tokens, t + 1)
                && (NameWords.readsAsAPlace(tokens, words, t) || afterAFirstName(text, tokens, words, t));
    }

    /** A surname the lists know that is no given name ({@link #SWEDISH_STATIONS}). */
    private static boolean isSurnameOnly(NameLexicon.Word w) {
        return NameWords.hasSurnameReading(w) && !NameWords.isGivenName(w);
    }

    /**
     * "Kramsuntalo", "Porthanintalossa": a word no name list holds, a genitive's stem of three letters or more ending
     * in a vowel, glued to a house in one of its cases.
     */
    private static boolean isFinnishHouse(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (words[t] != null && NameWords.isAnyName(words[t])) {
            return false;
        }
        String word = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        int house = word.lastIndexOf(FINNISH_HOUSE);
        return house >= SHORTEST_STEM && NameWords.isVowel(word.charAt(house - 1))
                && HOUSE_ENDINGS.contains(word.substring(house + FINNISH_HOUSE.length()))
                && word.chars().allMatch(Character::isLetter);
    }

    /**
     * "lajitteluasema", "taksitolppa", "jätekeskus", "verkkoapteekki": a compound of a public facility's or an
     * establishment's kind, longer than a bare head.
     */
    private static boolean isFacility(String word) {
        return Characters.endsWithAny(word, FACILITY_ENDS) || Characters.endsWithAny(word, ESTABLISHMENT_ENDS)
                || word.endsWith(CENTRE) && word.length() >= CENTRE.length() + SHORTEST_STEM;
    }

    /**
     * The genitive at {@code t} names a facility: a place, a surname or another word no given name ("Malmin",
     * "Runebergin"), or a full name ("Minna Canthin"); a given name alone is whose it is.
     */
    private static boolean namesAFacility(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return !NameWords.isGivenName(words[t]) || NameWords.readsAsAPlace(tokens, words, t)
                || afterAFirstName(text, tokens, words, t);
    }

    /** "Aleksis Kiven": a given name, capitalised and spaced, before the genitive at {@code t}, which makes it a full name's. */
    private static boolean afterAGivenName(Tokens tokens, NameLexicon.Word[] words, int t) {
        return t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t) && NameWords.isGivenName(words[t - 1]);
    }

    /** "Aleksis Kiven", "K. J. Ståhlbergin": a given name or an initial before the genitive at {@code t}. */
    private static boolean afterAFirstName(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return afterAGivenName(tokens, words, t) || t > 0 && NameWords.isInitial(text, tokens, t - 1)
                && tokens.end(t - 1) + ". ".length() == tokens.start(t);
    }

    /** "katu", "tie-pysäkiltä": a street's word, alone or before its stop's. */
    private static boolean isStreet(String word) {
        int stop = word.indexOf(STOP);
        return STREETS.contains(stop > 0 ? word.substring(0, stop) : word);
    }

    /**
     * The street's word at {@code t} ends its clause or its line, or a house number follows it ("Ida Aalbergin tie 3"),
     * or it opens its stop's compound: a person's way goes on to where it leads ("tie ylennykseen").
     */
    private static boolean endsAStreet(String text, Tokens tokens, int t) {
        if (text.substring(tokens.start(t), tokens.end(t)).contains(STOP)) {
            return true;
        }
        int i = tokens.end(t);
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i == text.length() || Character.isDigit(text.charAt(i)) || ",.;:)\n".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * The capitalised word at {@code k} one space from the venue's word or the name's word at {@code beside}: a run of
     * spaces or a tab sets a column apart ("Anna Virtanen   Spa 14:00" lists a guest and her booking).
     */
    private static boolean isNameWordBeside(Tokens tokens, int k, int beside) {
        int first = Math.min(k, beside);
        int second = Math.max(k, beside);
        return tokens.isCapitalised(k) && tokens.spaced(first, second) && tokens.start(second) - tokens.end(first) == 1;
    }

    /**
     * "Juhlasali Anna Virtanen", "Anna Virtanen Spa": a given name and a surname after it are a person booked beside
     * the venue, not its name, which a person's full name seldom is.
     */
    private static boolean readsAsAPerson(Tokens tokens, NameLexicon.Word[] words, int first, int second) {
        return first >= 0 && second < tokens.size() && tokens.isCapitalised(first) && tokens.isCapitalised(second)
                && tokens.spaced(first, second) && NameWords.isGivenName(words[first])
                && NameWords.hasSurnameReading(words[second]);
    }

    /** "Junior Suite": a room's grade and, spaced after it, its kind, both capitalised. */
    private static boolean isRoomType(String text, Tokens tokens, int t) {
        return t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1)
                && ROOM_GRADES.contains(text, tokens.start(t), tokens.end(t))
                && ROOM_KINDS.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }
}
