package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A public service's line, named by the words right before its number: no one person answers it (R5.3 covers a
 * person's phone). The label is a service's noun ("Customer service", "asiakaspalvelu", the inflected "pankin
 * sulkupalvelussa", "palvelunumero", "kundtjänst"), a line's, number's or notice's word after a word that names the
 * service ("Customer line", "Card blocking line", "Power cut line", "Lift helpline", "Häiriötiedote",
 * "Avbrottsinformation"), an operator's line for porting a number ("Porting line 0800 …", "Numeronsiirtolinja 0800 …",
 * "Porteringslinjen 0771-…"), a fault report's ("Felanmälan 020-…", "Vikailmoitus 0800 …") or a number lookup's
 * ("Numerotiedustelu 0100 100", "Nummerupplysningen 0771-…"), or a public authority that answers the public ("Ulosottolaitos 029 …", "HMRC: 0300 …",
 * "Skatteverket på 0771 …"), an enquiry desk ("library enquiries 020 …", "General enquiries: 0121 …", "kirjastojen neuvonta
 * 09 …", "Rådgivningen 08-…"), or a phone's noun after a service named in the genitive ("Kotipalvelun puhelin 03 …",
 * "Asiakaspalvelun numero 0800 …", "Hemtjänstens telefon 08-…"); or the note after the number says it is answered at every hour ("Call 0800 … (24/7)"), as
 * no person's phone is, unless the writer gives it as their own ("Soita minulle 040 … 24/7", "call me on … 24/7"). A line's word alone or after anything else is a person's as often ("The office line is …",
 * "Hermione's line …", "Vendor hotline:"), and so is an office's number named by the office's own name
 * ("kirkkoherranviraston numero"): those stay phones.
 */
final class ServiceLines {

    /** English words for a line or number, named a service's by the word before them ("customer line", "customer care"). */
    private static final Set<String> LINE_WORDS = Set.of("line", "number", "service", "services", "care");
    /**
     * What an English service line is for: "customer line", "card blocking line", "power cut line", "help line", and a
     * traveller's or a driver's services ("baggage line", "breakdown line", "roadside assistance line", "claims line").
     */
    private static final Set<String> SERVICES = Set.of("customer", "help", "support", "service", "blocking", "cut",
            "fault", "outage", "enquiry", "enquiries", "advice", "information", "booking", "porting", "baggage", "luggage",
            "breakdown", "recovery", "roadside", "assistance", "claims");
    /**
     * An enquiry desk's name, the last word of its label: "library enquiries", "General enquiries:"; a desk that answers
     * the public's questions, which no one person's number is given for.
     */
    private static final Set<String> ENQUIRY_WORDS = Set.of("enquiries", "enquiry", "inquiries", "inquiry");
    /** A phone's or a number's noun after the service whose it is: "Kotipalvelun puhelin", "kundtjänstens telefon". */
    private static final Set<String> PHONE_NOUNS = Set.of("puhelin", "puhelinnumero", "numero", "telefon",
            "telefonnummer", "nummer", "numret");
    /** The Swedish genitive's ending: "kundtjänstens", "hemtjänstens". */
    private static final char SWEDISH_GENITIVE = 's';
    /** Finnish "palvelu" (a service) in the cases a label takes, and its number: "sulkupalvelussa", "palvelunumero". */
    private static final String FINNISH_SERVICE = "palvelu";
    private static final Set<String> FINNISH_SERVICE_ENDINGS = Set.of("", "n", "ssa", "sta", "un", "na", "lla", "lle",
            "lta", "numero", "numeroon", "numerosta", "numeron");
    /**
     * Service nouns as the last part of a compound: "kundtjänst", "spärrtjänsten", "servicenummer", "Lift helpline",
     * Finnish "apu" (help) as a service's name ("Kiireellisissä asioissa päivystysapu 03 …"), an enquiry service's
     * ("Numerotiedustelu 0100 100", "Nummerupplysningen 0771-…"), the Swedish fault report's ("Felanmälan 020-…") and a
     * driver's help on the road: towing and roadside assistance ("Hinaus 0800 …", "Bärgning 020-…", "Vägassistans 020-…").
     */
    private static final List<String> SERVICE_NOUNS = List.of("tjänst", "tjänsten", "servicenummer", "servicenumret",
            "helpline", "apu", "tiedustelu", "upplysning", "upplysningen", "felanmälan", "hinaus", "towing", "bärgning",
            "bärgningen", "assistans", "assistansen", "neuvonta", "rådgivning", "rådgivningen");
    /**
     * Swedish "service" as the last part of a compound that names a firm's service ("kundservice", "Skadeservice: 0771-…"),
     * which the word alone does not ("Service: 040 …" may be a person's).
     */
    private static final String SWEDISH_SERVICE = "service";
    /** The shortest compound that ends with a service noun: "ensiapu", not a short word that ends alike ("lapu"). */
    private static final int MIN_COMPOUND = 6;
    /**
     * The first parts of Finnish and Swedish compounds that name a fault, support or porting service: "häiriö",
     * "avbrott", "numeronsiirto" and "portering" (moving a number to another operator).
     */
    private static final List<String> COMPOUND_SERVICES = List.of("häiriö", "vika", "katko", "tuki", "avbrott",
            "störning", "drift", "support", "numeronsiirto", "portering");
    /**
     * The last parts of such compounds: a notice, a line, a number or a report ("häiriötiedote", "avbrottsinformation",
     * "porteringslinjen", "vikailmoitus").
     */
    private static final List<String> COMPOUND_LINES = List.of("tiedote", "numero", "linja", "information", "nummer",
            "numret", "linje", "linjen", "info", "ilmoitus");
    /** Finland's, Sweden's and the United Kingdom's authorities that answer the public, by the one word they go by. */
    private static final Set<String> AUTHORITIES = Set.of("verohallinto", "verotoimisto", "kela", "ulosottolaitos",
            "ulosotto", "maistraatti", "dvv", "traficom", "te-toimisto", "skatteverket", "kronofogden",
            "försäkringskassan", "arbetsförmedlingen", "pensionsmyndigheten", "transportstyrelsen", "migrationsverket",
            "csn", "hmrc", "dvla", "dwp");

    /** A note right after a number that it is answered at every hour: "(24/7)", "24 h", "dygnet runt". */
    private static final Pattern ALL_HOURS = Pattern.compile("[ ,]*\\(?(?:24/7|24 ?h(?!\\p{L})|dygnet runt|"
            + "ympäri vuorokauden|around the clock|round the clock)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far after a number its note of hours is looked for. */
    private static final int HOURS_REACH = 24;

    private ServiceLines() {
    }

    /**
     * Whether a note right after the number in {@code [start, end)} says it is answered at every hour ({@link #ALL_HOURS})
     * and the words before it on its line do not give it as the writer's own ({@link WritersOwnNumbers}).
     */
    static boolean answeredAtAllHours(String text, int start, int end) {
        return end < text.length() && ALL_HOURS.matcher(text).region(end, Math.min(text.length(), end + HOURS_REACH)).lookingAt()
                && !WritersOwnNumbers.givenIn(text, Characters.lineStart(text, start), start);
    }

    /** Whether {@code label}, the lower-case words before a number (its colon or verb taken off), ends by naming a service's line. */
    static boolean named(String label) {
        int end = label.length();
        int start = Characters.wordStart(label, end);
        if (start == end) {
            return false;
        }
        var word = label.substring(start, end);
        if (AUTHORITIES.contains(word) || ENQUIRY_WORDS.contains(word) || servicesCompound(word)) {
            return true;
        }
        if (PHONE_NOUNS.contains(word)) {
            return servicesPhone(label, start);
        }
        if (!LINE_WORDS.contains(word)) {
            return false;
        }
        int modifierEnd = start;
        while (modifierEnd > 0 && label.charAt(modifierEnd - 1) == ' ') {
            modifierEnd--;
        }
        return modifierEnd < start && SERVICES.contains(label.substring(Characters.wordStart(label, modifierEnd), modifierEnd));
    }

    /**
     * Whether the word before a phone's noun at {@code noun} names a service in the genitive: Finnish "Kotipalvelun"
     * ("palvelu" before the case's "n") or Swedish "Hemtjänstens" (a service's compound before the "s").
     */
    private static boolean servicesPhone(String label, int noun) {
        int end = Characters.beforeSpaces(label, noun);
        int start = Characters.wordStart(label, end);
        if (start == end || end == noun) {
            return false;
        }
        var word = label.substring(start, end);
        return word.endsWith(FINNISH_SERVICE + "n")
                || word.charAt(word.length() - 1) == SWEDISH_GENITIVE && servicesCompound(word.substring(0, word.length() - 1));
    }

    private static boolean servicesCompound(String word) {
        int service = word.lastIndexOf(FINNISH_SERVICE);
        if (service >= 0 && FINNISH_SERVICE_ENDINGS.contains(word.substring(service + FINNISH_SERVICE.length()))) {
            return true;
        }
        return word.length() > SWEDISH_SERVICE.length() && word.endsWith(SWEDISH_SERVICE)
                || word.length() >= MIN_COMPOUND && Characters.endsWithAny(word, SERVICE_NOUNS)
                || Characters.startsWithAny(word, COMPOUND_SERVICES) && Characters.endsWithAny(word, COMPOUND_LINES);
    }
}
