package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Pets bear people's names ("Bella", "Väinö", "Sigge"), and so do a farm's cows, bulls and horses ("sonni Jaakko", "kon
 * Stjärna", "heifer Daisy"); a clinic's, an insurer's or a farm adviser's message names the animal as often as its
 * owner. A pet is told by the words around one of its mentions: its species or breed after it ("Väinö (kissa,
 * Maine Coon)", "Patient: Bella, DSH, 6 y", "Luna, cat"), its species before it ("koirani Eetun", "hunden Sigge",
 * "koiran nimi Luna"), an animal's field label with a species word on its line or in the record ("Pet: Rocky (cat)",
 * "Eläimet: Oskari (koira) ja Sisu"; "Patient: Bella Thompson, 34 y" is a person's record), or its genitive before
 * the care it gets in a message about animals ("Onnin rokotus", "Sigges vaccination", "Alfie's bloods"). Every
 * mention of that name, in any case ("Oskarille lääke", "Bellalle", the Swedish genitive "Sigges"), is then the
 * pet's, but not where the message makes a person of it: beside another part of a name ("Grannen Sigge Fredriksson")
 * or after a person's kin or household word ("Naapurin poika Rockylle", "the neighbour's son Max").
 */
final class PetNames {

    /**
     * Pets' species, written or by Voikko's base form, in the three languages, and the abbreviations a clinic writes for
     * a cat's coat ("DSH").
     */
    private static final WordSet PET_SPECIES = WordSet.of(Set.of("koira", "kissa", "kani", "pentu", "marsu", "hamsteri",
            "undulaatti", "papukaija", "fretti", "poni", "hevonen", "kilpikonna", "koiranpentu", "kissanpentu"),
            Set.of("hund", "hunden", "katt", "katten", "kanin", "kaninen", "valp", "valpen", "kattunge", "marsvin",
                    "häst", "hästen", "undulat", "papegoja"),
            Set.of("dog", "cat", "rabbit", "puppy", "kitten", "hamster", "parrot", "pony", "horse", "ferret", "tortoise",
                    "budgie", "dsh", "dlh", "dmh"));
    /**
     * The kinds of cattle, horses, sheep, goats and pigs a farm names its animals by ("lehmä Ruusu", "kvigan Rosa",
     * "heifer Daisy"): a species only in lower case, as "RAM" and "BULL" in a ticket are memory and a maker. No kind
     * that is also an everyday word before or after a person: the Swedish "får" (may), "tacka" (thank) and "get", the
     * English "nanny", "billy", "ram" (memory), "steer", "sow" and "colt" (verbs and a gun's maker).
     */
    private static final WordSet FARM_SPECIES = WordSet.of(Set.of("lehmä", "sonni", "hieho", "vasikka", "härkä", "ruuna",
            "tamma", "ori", "varsa", "pässi", "uuhi", "lammas", "karitsa", "vuohi", "kili", "emakko", "karju", "porsas"),
            Set.of("ko", "kon", "kossan", "kviga", "kvigan", "kalv", "kalven", "tjur", "tjuren", "oxe", "oxen", "sto",
                    "stoet", "valack", "valacken", "hingst", "hingsten", "föl", "fölet", "fåret", "tackan", "baggen",
                    "geten", "bocken", "suggan", "galten"),
            Set.of("cow", "heifer", "calf", "bull", "bullock", "ox", "mare", "stallion", "gelding", "foal", "filly", "ewe",
                    "lamb", "goat", "boar"));
    /**
     * Words of a message about animals that name no pet before them ("vets Bo Fellman" is a person); not "vet", the
     * everyday Swedish "knows" ("Jag vet inte").
     */
    private static final WordSet ANIMAL_WORDS = WordSet.of(Set.of("animal", "eläin", "djur", "veterinary", "veterinär",
            "vets"));
    /**
     * A pet's microchip or a farm animal's ear tag, written after its name: "Omistajanvaihdos – Eetu, siru 752 …",
     * "Ruusu (korvanumero 99214)", "Stjärna (öronmärke SE 0449…)".
     */
    private static final WordSet CHIPS = WordSet.of(Set.of("siru", "mikrosiru", "chip", "microchip", "chipnummer",
            "korvanumero", "korvamerkki", "öronmärke", "öronmärkning", "öronbricka", "eartag"));
    /**
     * A tag's word, an ear tag's only in a bracket right after the name and before its number ("Daisy (tag 96625)"; not
     * "Max, tag me when done", "Max, tag 2 colleagues").
     */
    private static final WordSet TAGS = WordSet.of(Set.of("tag"));
    /**
     * A breed's word, or how a breed's compound ends, its head ("labradorinnoutaja", "huskatt"): a compound only in lower
     * case, as Finnish and Swedish write breeds, and with a head of {@link #SHORTEST_COMPOUND_HEAD} letters or more; a
     * capitalised word that ends so is a place in a case ("Corkissa" is "in Cork"). No breed that is an everyday word of
     * another of the languages: the Swedish dachshund "tax" is the English "tax" ("Sarah (tax) will call back").
     */
    private static final String[] BREED_HEADS = {"koira", "kissa", "noutaja", "terrieri", "spanieli", "setteri", "snautseri",
        "paimenkoira", "katt", "hund", "terrier", "spaniel", "setter", "retriever", "collie", "poodle", "labrador",
        "beagle", "dachshund", "cockapoo"};
    private static final int SHORTEST_COMPOUND_HEAD = 4;
    /** Words that say an animal is named next: "koiran nimi Luna", "a dog named Max", "katten heter Majken". */
    private static final WordSet NAMING = WordSet.of(Set.of("nimi", "nimeltä", "name", "named", "called", "heter",
            "hette", "kallas"));
    /** A field label of an animal in a clinic's or an insurer's record: "Potilas: Rocky", "Pet: Rocky". */
    private static final WordSet ANIMAL_LABELS = WordSet.of(Set.of("potilas", "eläin", "eläimet", "lemmikki", "patient",
            "pet", "pets", "animal", "djur", "djuret", "husdjur"));
    /** The words of a message about animals: parts of the compounds that name their clinics, doctors and insurance. */
    private static final String[] ANIMAL_STEMS = {"eläin", "lemmik", "djur", "veterin", "animal"};
    /**
     * What a pet's genitive comes before: its care and the parts of its body a vet looks at ("Sigges vaccination",
     * "Alfie's bloods", "Sigges årliga kontroll", "Rexs tänder", "Bella's paw"), in Swedish and English.
     */
    private static final WordSet CARE = WordSet.of(
            Set.of("vaccination", "vaccinering", "kontroll", "hälsokontroll", "årskontroll", "årliga", "besök",
                    "återbesök", "undersökning", "behandling", "operation", "blodprov", "provsvar", "kloklippning",
                    "kastrering", "registrering"),
            Set.of("tass", "tassen", "tassar", "öra", "örat", "öron", "öga", "ögat", "ögon", "tand", "tänder", "tänderna",
                    "klor", "klorna", "päls", "pälsen", "svans", "svansen"),
            Set.of("booster", "bloods", "blood", "jabs", "vaccinations", "nails", "teeth", "dental", "neutering",
                    "spay", "flea", "worming", "microchip", "chip", "grooming", "registration", "check-up", "checkup",
                    "paw", "paws", "ear", "ears", "eye", "eyes", "claws", "coat", "fur", "tail"));
    /**
     * The same in Finnish, as the last part of the base form Voikko gives, so that a compound is read by its head ("Onnin
     * rokotus", "raivotautirokotus", "Lumin takajalka", "hammashoito").
     */
    private static final String[] FINNISH_CARE_HEADS = {"rokotus", "madotus", "trimmaus", "kastrointi", "sterilointi",
        "hoito", "verikoe", "laboratoriotulos", "tarkastus", "ruokinta", "lääkitys", "rekisteröinti",
        "jalka", "tassu", "korva", "silmä", "hammas", "häntä", "turkki", "kynsi"};
    /** Swedish and English words of a person's kin or household before a name: "Grannen Sigge", "neighbour Max". */
    private static final WordSet PEOPLE = WordSet.of(Set.of("grannen", "granne", "sonen", "son", "dottern", "dotter",
            "maken", "make", "frun", "fru", "sambon", "sambo", "neighbour", "neighbor", "husband", "wife", "daughter",
            "partner", "brother", "sister", "mother", "father", "child", "barn", "barnet"));
    /** An animal's record names its owner, a person's record none: "– potilas Oskari, omistaja Erkki Virtanen". */
    private static final WordSet OWNERS = WordSet.of(Set.of("omistaja", "omistajan", "owner", "ägare", "ägaren"));
    /** Words that join two pets of one field: "Eläimet: Oskari (koira) ja Sisu". */
    private static final WordSet JOINING = WordSet.of(Set.of("ja", "and", "och", "sekä"));

    private PetNames() {
    }

    /** {@code text[start, end)} is a Swedish or English word of a person's kin or household ("dotter", "neighbour"). */
    static boolean isPersonWord(String text, int start, int end) {
        return PEOPLE.contains(text, start, end);
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        if (!PersonNameDetector.anyMarked(names)) {
            return;
        }
        boolean aboutAnimals = aboutAnimals(text, tokens, words);
        List<String> pets = null;
        var petBases = new ArrayList<String>();
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.isCapitalised(t) && isPet(text, tokens, words, t, aboutAnimals)) {
                if (pets == null) {
                    pets = new ArrayList<>();
                }
                pets.add(text.substring(tokens.start(t), tokens.end(t)));
                if (words[t] != null && words[t].base() != null) {
                    petBases.add(words[t].base());
                }
            }
        }
        if (pets == null) {
            return;
        }
        var stems = pets.stream().map(NameWords::withoutCaseEnding).toList();
        var petForms = new boolean[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            petForms[t] = tokens.isCapitalised(t) && (isFormOf(pets, stems, text.substring(tokens.start(t), tokens.end(t)))
                    || sameBase(petBases, words[t]));
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && petForms[t] && !besideAnotherName(text, tokens, names, petForms, t)
                    && !afterAPersonsWord(text, tokens, words, t)) {
                names[t] = false;
            }
        }
    }

    /**
     * A species word anywhere, or a compound of an animal's clinic, doctor or insurance ("eläinlääkäri",
     * "Djurkliniken").
     */
    private static boolean aboutAnimals(String text, Tokens tokens, NameLexicon.Word[] words) {
        for (int t = 0; t < tokens.size(); t++) {
            if (isSpecies(text, tokens, words, t)) {
                return true;
            }
            if (isOfAnimals(text, tokens, t) || ANIMAL_WORDS.contains(text, tokens.start(t), tokens.end(t))) {
                return true;
            }
        }
        return false;
    }

    /** A compound with an animal's stem: "Eläinlääkäriasema", "Pieneläinsairaala". */
    private static boolean isOfAnimals(String text, Tokens tokens, int t) {
        for (var stem : ANIMAL_STEMS) {
            // Only inside a compound: "Lemmikki" alone is a given name too.
            if (tokens.length(t) > stem.length() + 3 && containsIgnoringCase(text, tokens.start(t), tokens.end(t), stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoringCase(String text, int start, int end, String lower) {
        for (int i = start; i + lower.length() <= end; i++) {
            if (text.regionMatches(true, i, lower, 0, lower.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPet(String text, Tokens tokens, NameLexicon.Word[] words, int t, boolean aboutAnimals) {
        int n = tokens.size();
        // "Väinö (kissa, Maine Coon)", "Bella, dog, …", "Luna, kissa": its species, breed or chip after it.
        if (t + 1 < n && separatedBy(text, tokens.end(t), tokens.start(t + 1), "(,")
                && (isSpeciesOrBreed(text, tokens, words, t + 1)
                || CHIPS.contains(text, tokens.start(t + 1), tokens.end(t + 1)))
                || t + 1 < n && separatedBy(text, tokens.end(t), tokens.start(t + 1), "(")
                && isEarTag(text, tokens, t + 1)) {
            return true;
        }
        // "koirani Eetun", "hunden Sigge", "my dog Max"; "koiran nimi Luna", "a dog named Max", "pet name Oscar".
        if (t > 0 && tokens.spaced(t - 1, t) && tokens.isLowerCase(t - 1) && (isSpecies(text, tokens, words, t - 1)
                || t > 1 && NAMING.contains(text, tokens.start(t - 1), tokens.end(t - 1)) && tokens.spaced(t - 2, t - 1)
                && (isSpecies(text, tokens, words, t - 2)
                || ANIMAL_LABELS.contains(text, tokens.start(t - 2), tokens.end(t - 2))))) {
            return true;
        }
        return aboutAnimals && (afterAnimalLabel(text, tokens, t) && speciesInRecord(text, tokens, words, t)
                || beforeItsCare(text, tokens, words, t));
    }

    /**
     * "Potilas" and "Patient" label a person's record too ("Patient: Bella Thompson, 34 y"): an animal's needs its
     * species or breed on the label's line ("Pet: Rocky (cat)"), a species word elsewhere in the record ("Laji: koira"),
     * or its owner ("– potilas Oskari, omistaja Erkki Virtanen").
     */
    private static boolean speciesInRecord(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int lineStart = text.lastIndexOf('\n', tokens.start(t)) + 1;
        int lineEnd = text.indexOf('\n', tokens.end(t));
        for (int k = 0; k < tokens.size(); k++) {
            boolean onLine = tokens.start(k) >= lineStart && (lineEnd < 0 || tokens.end(k) <= lineEnd);
            if (isSpecies(text, tokens, words, k) || OWNERS.contains(text, tokens.start(k), tokens.end(k))
                    || onLine && isSpeciesOrBreed(text, tokens, words, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Potilas: Rocky", "Patient: Sigges årliga kontroll", "– potilas Oskari", and a second pet of the field after a
     * conjunction ("Eläimet: Oskari (koira) ja Sisu").
     */
    private static boolean afterAnimalLabel(String text, Tokens tokens, int t) {
        if (t == 0) {
            return false;
        }
        int label = t - 1;
        if (JOINING.contains(text, tokens.start(label), tokens.end(label))) {
            int lineStart = text.lastIndexOf('\n', tokens.start(label)) + 1;
            for (label = t - 2; label >= 0 && tokens.start(label) >= lineStart; label--) {
                if (ANIMAL_LABELS.contains(text, tokens.start(label), tokens.end(label))
                        && isLabelOf(text, tokens, label, label + 1)) {
                    return true;
                }
            }
            return false;
        }
        return ANIMAL_LABELS.contains(text, tokens.start(label), tokens.end(label)) && isLabelOf(text, tokens, label, t);
    }

    /**
     * A colon between the label and the name, or spaces after a label in lower case ("– potilas Oskari"): "Lemmikki" is
     * also a given name, spaced before a surname ("Lemmikki Kärppä").
     */
    private static boolean isLabelOf(String text, Tokens tokens, int label, int t) {
        return tokens.spaced(label, t) && tokens.isLowerCase(label)
                || separatedBy(text, tokens.end(label), tokens.start(t), ":");
    }

    /** "Onnin rokotus", "Sigges vaccination", "Alfie's bloods": the name's genitive before a word of care. */
    private static boolean beforeItsCare(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int end = tokens.end(t);
        boolean apostrophe = text.startsWith("'s ", end) || text.startsWith("’s ", end);
        // The possessive's "s" may be a word of its own after the apostrophe.
        int care = apostrophe && t + 1 < tokens.size() && tokens.start(t + 1) == end + 1 ? t + 2 : t + 1;
        if (care >= tokens.size() || !tokens.isLowerCase(care)
                || !apostrophe && !(tokens.spaced(t, care) && "ns".indexOf(text.charAt(end - 1)) >= 0)) {
            return false;
        }
        var w = words[care];
        return CARE.contains(text, tokens.start(care), tokens.end(care))
                || w != null && w.ordinaryBase() != null
                && Arrays.stream(FINNISH_CARE_HEADS).anyMatch(w.ordinaryBase()::endsWith);
    }

    /** "tag 96625": a tag's word before a number. */
    private static boolean isEarTag(String text, Tokens tokens, int t) {
        int after = tokens.end(t);
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return TAGS.contains(text, tokens.start(t), tokens.end(t)) && after > tokens.end(t) && after < text.length()
                && Scan.isDigit(text.charAt(after));
    }

    /** Only spaces and one of {@code marks} between {@code from} and {@code to}. */
    private static boolean separatedBy(String text, int from, int to, String marks) {
        int seen = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (marks.indexOf(c) >= 0) {
                seen++;
            } else if (c != ' ') {
                return false;
            }
        }
        return seen == 1;
    }

    private static boolean isSpecies(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return isOf(PET_SPECIES, text, tokens, words, t)
                || tokens.isLowerCase(t) && isOf(FARM_SPECIES, text, tokens, words, t);
    }

    /** The word at {@code t} is one of {@code kinds}, as written or by Voikko's base form. */
    private static boolean isOf(WordSet kinds, String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (kinds.contains(text, tokens.start(t), tokens.end(t))) {
            return true;
        }
        var w = words[t];
        return w != null && w.ordinaryBase() != null && kinds.contains(w.ordinaryBase(), 0, w.ordinaryBase().length());
    }

    private static boolean isSpeciesOrBreed(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (isSpecies(text, tokens, words, t)) {
            return true;
        }
        boolean compoundMayEnd = tokens.isLowerCase(t);
        for (var head : BREED_HEADS) {
            int from = tokens.end(t) - head.length();
            if (from >= tokens.start(t) && text.regionMatches(true, from, head, 0, head.length())
                    && (from == tokens.start(t) || compoundMayEnd && head.length() >= SHORTEST_COMPOUND_HEAD)) {
                return true;
            }
        }
        return false;
    }

    /** The word is a pet's name in any case: the same base form, a Finnish case ending, or the Swedish genitive. */
    private static boolean isFormOf(List<String> pets, List<String> stems, String word) {
        var stem = NameWords.withoutCaseEnding(word);
        for (int i = 0; i < pets.size(); i++) {
            var pet = pets.get(i);
            if (word.equals(pet) || NameWords.sameNameInflected(word, stem, pet, stems.get(i))
                    || RepeatedNames.isGenitive(word, pet) || RepeatedNames.isGenitive(pet, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Voikko's base form of the word is a pet's: a Finnish case whose stem changes, as "Jaakon" is Jaakko's and
     * "Mansikin" Mansikki's, which no case ending cut off tells.
     */
    private static boolean sameBase(List<String> petBases, NameLexicon.Word word) {
        return word != null && word.base() != null && petBases.contains(word.base());
    }

    /**
     * A full name: a marked capitalised word next to it that is no pet's name ("Sigge Fredriksson"), nor a word of the
     * animal world, as a clinic's name after the pet is ("vein kissani Ainon Eläinlääkäriasema Kulmala …").
     */
    private static boolean besideAnotherName(String text, Tokens tokens, boolean[] names, boolean[] petForms, int t) {
        return t + 1 < tokens.size() && isAnotherName(text, tokens, names, petForms, t + 1) && tokens.spaced(t, t + 1)
                || t > 0 && isAnotherName(text, tokens, names, petForms, t - 1) && tokens.spaced(t - 1, t);
    }

    private static boolean isAnotherName(String text, Tokens tokens, boolean[] names, boolean[] petForms, int t) {
        return names[t] && !petForms[t] && !isOfAnimals(text, tokens, t);
    }

    /** "Naapurin poika Rockylle", "Grannen Sigge": a person's kin or household word right before the name. */
    private static boolean afterAPersonsWord(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        if (t == 0 || !tokens.spaced(t - 1, t)) {
            return false;
        }
        if (PEOPLE.contains(text, tokens.start(t - 1), tokens.end(t - 1))) {
            return true;
        }
        var w = words[t - 1];
        return w != null && w.ordinaryBase() != null && KinWordsBeforeNames.isKin(w.ordinaryBase());
    }
}
