package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name the message names, again as the first part of a Finnish compound joined by a hyphen, inflected or not (R3.2,
 * R8.2): "Onks Vakhtang Tsereteli sun esihenkilö? … Botti ei tunnistanut Tsereteliltä-muotoa", "Matti Laine …
 * Matti-sedän kone", "Pekka Nieminen … Niemisen-tiimi". The compound is one word to the other rules, so the name inside
 * it goes unseen; here only a capitalised part before a hyphen and a lower-case head word is asked, and only about the
 * names found elsewhere in the message and never about a name that is also a word or a service ("Sampo-palvelu"), so
 * "Excel-muodossa", "Teams-kokous" and "Sisu-järjestelmä" stay.
 */
final class NamesOpeningACompound {

    /**
     * English adverb particles that make a phrasal noun of the word before the hyphen ("Sign-in", "Log-out",
     * "Follow-up", "Check-in"): the word is then the verb, also where a rule read it as a name elsewhere in the message.
     */
    private static final WordSet PHRASAL_PARTICLES = WordSet.of(Set.of("in", "out", "up", "on", "off", "over", "down",
            "back", "by", "away", "through"));

    /**
     * Finnish heads of airports named after people, by base form ("Chopin-lentoasemalle"); not "juna", a base form of
     * a Korean given name's second part ("Min-junin").
     */
    private static final WordSet INFLECTED_HEADS = WordSet.of(Set.of("lentoasema", "lentokenttä"));

    /**
     * Heads of what is named after a person to honour them, by Voikko's base form's end ("Toiviainen-säätiö",
     * "Kivi-palkinto", "Canth-sali", "Nurmi-areena", "Kekkonen-halli"), and a stage's by {@link Venues#STAGE} in full
     * ("Madetoja-lava", not "-kuormalava"): the founder's or patron's name there is the thing's, not a person the
     * message is about.
     */
    private static final List<String> NAMED_AFTER_PEOPLE = List.of("säätiö", "rahasto", "palkinto", "mitali",
            "stipendi", "sali", "halli", "areena", "näyttämö", "museo", "instituutti", "seura");

    private NamesOpeningACompound() {
    }

    /** Adds a finding for each compound's first part that is a form of a name among {@code findings} from {@code first} on. */
    static void find(String text, NameLexicon lexicon, List<Finding> findings, int first) {
        if (findings.size() == first || text.indexOf('-') < 0) {
            return;
        }
        FinnishNameForms forms = null;
        int found = findings.size();
        for (int hyphen = text.indexOf('-'); hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
            if (hyphen + 1 >= text.length() || !Character.isLowerCase(text.charAt(hyphen + 1))) {
                continue;
            }
            int start = hyphen;
            while (start > 0 && Characters.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (hyphen - start < 2 || !Character.isUpperCase(text.charAt(start)) || start > 0 && text.charAt(start - 1) == '-'
                    || covered(findings, first, start, hyphen) || isAlsoAWord(text, start, hyphen, lexicon)
                    || opensAPhrasalNoun(text, hyphen) || headsAThingNamedAfterSomeone(text, hyphen, lexicon)) {
                continue;
            }
            if (forms == null) {
                forms = new FinnishNameForms(namesFound(text, findings, first, found));
                if (forms.isEmpty()) {
                    return;
                }
            }
            var inPart = new ArrayList<Finding>(1);
            forms.find(Text.of(text.substring(start, hyphen)), inPart);
            for (var f : inPart) {
                if (f.start() == 0 && f.end() == hyphen - start) {
                    findings.add(new Finding(EntityType.NAME, start, hyphen, f.value()));
                }
            }
        }
    }

    /** The capitalised single words of the names found, as the message writes them and in their base forms. */
    private static List<String> namesFound(String text, List<Finding> findings, int first, int last) {
        var names = new ArrayList<String>();
        for (int i = first; i < last; i++) {
            var f = findings.get(i);
            if (f.type() != EntityType.NAME) {
                continue;
            }
            for (int s = f.start(), e; s < f.end(); s = e + 1) {
                e = s;
                while (e < f.end() && Characters.isLetter(text.charAt(e))) {
                    e++;
                }
                if (e - s >= 2 && Character.isUpperCase(text.charAt(s))) {
                    names.add(text.substring(s, e));
                }
            }
            // "Tseretelille" found: its forms are those of its base form, "tsereteli".
            for (var base : f.value().split(" ")) {
                if (base.length() >= 2 && Characters.isLetter(base.charAt(0))) {
                    names.add(Character.toUpperCase(base.charAt(0)) + base.substring(1));
                }
            }
        }
        return names;
    }

    /**
     * A name that is also a word, a place or a service ("Sampo-palvelu", "Sisu-järjestelmä", "Haka-fanit", "Ruska-aikana"):
     * before a compound's head it is that thing far more often than the person.
     */
    private static boolean isAlsoAWord(String text, int start, int end, NameLexicon lexicon) {
        return lexicon.lookup(text, start, end).is(NameLexicon.Word.COMMON | NameLexicon.Word.PLACE | NameLexicon.Word.ENGLISH_WORD)
                || NameLexicon.isThingOrWord(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /**
     * The word after the hyphen is an airport's, a train's, a foundation's, a prize's, a hall's or an instrument's
     * ("Chopin-lentoasema", "Kennedy-flygplatsen", "Toiviainen-säätiötä", "Kivi-palkinto", "Kerr-viila"), as written or by its base form
     * ({@link #INFLECTED_HEADS}, {@link #NAMED_AFTER_PEOPLE}): the compound is the thing named after someone of that name.
     */
    private static boolean headsAThingNamedAfterSomeone(String text, int hyphen, NameLexicon lexicon) {
        int end = hyphen + 1;
        while (end < text.length() && Characters.isLetter(text.charAt(end))) {
            end++;
        }
        if (Airports.isAirportWord(text, hyphen + 1, end) || ShipsAndStorms.isWrittenKind(text, hyphen + 1, end)) {
            return true;
        }
        var head = lexicon.lookup(text, hyphen + 1, end);
        var base = head.ordinaryBase();
        if (InstrumentsNamedAfterPeople.isKind(text, hyphen + 1, end, base)) {
            return true;
        }
        return base != null && (INFLECTED_HEADS.contains(base, 0, base.length())
                || head.is(NameLexicon.Word.COMMON)
                && (Characters.endsWithAny(base, NAMED_AFTER_PEOPLE) || base.equals(Venues.STAGE)));
    }

    /** The word after the hyphen is a particle, alone: "Sign-in", "Roll-out"; not "Raman-approved". */
    private static boolean opensAPhrasalNoun(String text, int hyphen) {
        int end = hyphen + 1;
        while (end < text.length() && Characters.isLetter(text.charAt(end))) {
            end++;
        }
        return PHRASAL_PARTICLES.contains(text, hyphen + 1, end);
    }

    private static boolean covered(List<Finding> findings, int first, int start, int end) {
        for (int i = first; i < findings.size(); i++) {
            if (findings.get(i).start() <= start && findings.get(i).end() >= end) {
                return true;
            }
        }
        return false;
    }
}
