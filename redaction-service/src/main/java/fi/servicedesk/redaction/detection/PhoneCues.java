package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the words around a run of digits say of it (R8.2): a phone's cue — a word or phrase for a phone, a call or a
 * message before it, an extension or a note of when to call after it ("(ilt.)", "klo 8-16"), a contact list's name
 * before it, a name and a comma before a number that ends its clause — makes a run that another country writes as a
 * phone safe to read as one; a serial's, asset's, order's or ticket's label before it makes it no phone, whatever its
 * shape; and a country named in the message (its name, a city, its language) tells whose number a run is where several
 * countries write numbers alike.
 */
final class PhoneCues {

    /** How far back on its line a cue word may stand: "Call Reginald on …", "ei saatu yhteyttä numerosta …". */
    private static final int CUE_REACH = 48;
    /**
     * Cue words, at a word's start: "puhelin", "phone", "mobiili", "numerosta", "soittakaa", "ring", "call",
     * "liittymänumero" (a phone subscription's number), "yhteysnumero" (a contact number; "yhteys" alone is any
     * connection); a stem inside a word is none ("automobile", "käyttöliittymä").
     */
    private static final List<String> CUE_STEMS = List.of("puhel", "phone", "telefon", "mobil", "cell", "gsm", "numero",
            "nummer", "number", "soit", "ring", "call", "reach", "contact", "kontakt", "yhteyt", "tavoit", "hotline",
            "whatsapp", "handy", "matkapuh", "liittymä", "vaihde", "yhteysnumero", "yhteysnro",
            // the labels of French, Spanish, Italian, Portuguese, Estonian and Danish/Norwegian signatures and lists
            "téléph", "teléf", "telf", "móvil", "movil", "cellul", "celular", "portable", "telemóvel", "numbr", "helista",
            "tlf",
            // the same words in the scripts of the people a desk for newcomers serves: Persian and Arabic "number",
            // "telephone", "mobile"; Russian and Ukrainian; Greek; Chinese and Japanese; Korean; Thai; Hebrew
            "شماره", "تلفن", "موبایل", "هاتف", "جوال", "телефон", "номер", "τηλ", "電話", "电话", "手机", "전화", "휴대폰",
            "โทร", "טלפון");
    /** Short cues, whole words only: "tel." and "puh." are ones, "tell" and "puhdas" are not. */
    private static final List<String> CUE_WORDS = List.of("tel", "tfn", "mob", "sms", "p", "nro", "puh", "puhnro");
    /** All cue words and stems, asked of a word that opens with no ASCII character. */
    private static final Cues ALL_CUES = new Cues(CUE_WORDS, CUE_STEMS);
    /**
     * The cue words and stems by the ASCII character a word opens with: a word is compared only with those whose first
     * letter is its own in either case, not with each of the 50 in turn.
     */
    private static final Cues[] CUES_BY_FIRST = new Cues[128];

    static {
        for (char first = 0; first < CUES_BY_FIRST.length; first++) {
            CUES_BY_FIRST[first] = ALL_CUES.opening(first);
        }
    }

    /** What follows a number that only a phone has: "ext. 234", "x384", "alanumero 12", "(sis. 433)", "ankn. 55". */
    private static final Set<String> EXTENSIONS = Set.of("ext", "extension", "alanumero", "alanro", "sisänumero", "sis",
            "ankn", "anknytning", "durchwahl");
    /**
     * A note after a number of when or where its owner answers, or that they only read messages: "(työ)", "(koti)",
     * "(ilt.)", "(work)", "(eves)", "(kväll)", "klo 8-16", "kl. 7-15", "arkisin klo 9", "between 9am-5pm", "/ vain
     * tekstiviestit", "(text only)". Only a phone is given so; an order's or a ticket's number has no hours.
     */
    private static final Pattern NOTE_AFTER = Pattern.compile("[ ,/]*(?:\\((?iu:työ|koti|ilt\\.?|iltaisin|päivisin|"
            + "arkisin|work|home|office|eves|evenings|days|daytime|weekdays|mob|mobile|text only|sms only|kväll|hem|"
            + "arbete|jobb|mobil|dagtid|vardagar|vain tekstiviestit|endast sms)\\)"
            + "|(?iu:(?:arkisin |vardagar |weekdays )?(?:klo|kl\\.?|between)) ?\\d"
            + "|(?iu:vain tekstiviestit|text only|sms only|endast sms)(?!\\p{L}))");
    /**
     * What may stand before a number that opens its line and answers the line above: nothing, or a chat's speaker and a
     * colon ("user: ", "asiakas: ", "agent (Toivo-Kustavi): ").
     */
    private static final Pattern SPEAKER = Pattern.compile("(?:\\p{L}[\\p{L}\\d ()'’-]{0,40}:\\s*)?");
    /** A token row of an annotated corpus, a word and its tag after a tab: "numeroon\tO". */
    private static final Pattern TOKEN_ROW = Pattern.compile("(\\p{L}+)\\t\\S+\\s*");
    /** How far after a number its note is looked for. */
    private static final int NOTE_REACH = 32;
    /**
     * A contact list's line: a name of two to four capitalised words, or one with a place after a comma or in
     * parentheses ("Piotr (Warsaw):"), maybe a place after it, and a colon.
     */
    private static final Pattern CONTACT_LINE = Pattern.compile("[-*•]?\\s*\\p{Lu}[\\p{L}'’.-]*"
            + "(?:(?: \\p{Lu}[\\p{L}'’.-]*){1,3}(?:, [\\p{L} ]{1,30}| \\([^()\\d]{1,30}\\))?|, [\\p{L} ]{1,30}| \\([^()\\d]{1,30}\\)):\\s*");
    /**
     * Phrases that say a number was dialled or messaged from, or that someone is reached at, whose words alone are no
     * cue ("text", "message", "nås"): "got a text from …", "meddelande från …", "Żaneta nås på …".
     */
    private static final List<String> CUE_PHRASES = List.of("text from", "texted from", "message from", "sms from",
            "meddelande från", "samtal från", "nås på", "sms från");
    /**
     * The phrases that leave no doubt that the number right after them is a phone, written however it is: "numerosta
     * (604) 054-9583", "soita numeroon 090-0611-1794", "a call from …", "nås på …" — even one whose shape no numbering
     * plan allows; so too a call back asked for ("ring back on …", "soita takaisin …"), a voicemail's caller, and
     * whose number it is ("call me on …", "her number is …", "hänen numeronsa on …", "Annas nummer är …"), and the
     * number that corrects one sent before it ("no its …", "rätt är …", "oikea on …"), a person's number in
     * parentheses after their name ({@link #NAME_OPENING_PARENTHESIS}), and the number a one-time code
     * was sent to ("Code sent to 090 3464 5019: 280630", as "Lähetin koodin numeroon …").
     */
    private static final List<String> STRONG_CUES = List.of("numerosta", "text from", "texted from", "call from",
            "sms from", "message from", "sms från", "samtal från", "nås på", "ring på", "calls go to", "i'm on", "i’m on",
            "i am on", "is reachable on", "numeroon", "voicemail from", "ring back on", "call back on", "soita takaisin",
            "call me on", "call me at", "ring me on", "reach me on", "reach me at", "text me on", "my number is",
            "her number is", "his number is", "their number is", "numeroni on", "numeronsa on", "numerosi on",
            "nummer är", "numret är", "no its", "no it's", "no it’s", "rätt är", "oikea on", "numero on", "number is",
            "code sent to", "code was sent to", "sent the code to", "kod skickad till", "koden skickades till");
    /**
     * A word for a phone or a call right before the number, whole: "puh. 77 172 34 50", "Brayans mobil 77 370 57 84",
     * "ring 0046 …". Other words of {@link #CUE_STEMS} ("numero", "contact") also stand before numbers of other things.
     */
    private static final Set<String> PHONE_WORDS = Set.of("puh", "puh.", "puhelin", "tel", "tel.", "mob", "mob.",
            "mobil", "mobile", "mobiili", "phone", "cell", "gsm", "handy", "ring", "call", "soita", "tfn", "tfn.",
            "matkapuhelin", "puhelinnumero", "mobiilinumero", "vaihde", "soittele", "soittakaa", "telefon",
            "telefonnummer", "mobilnummer", "handynummer", "tlf", "tlf.", "téléphone", "tél", "tél.", "portable",
            "teléfono", "telefono", "móvil", "movil", "cellulare", "cellulaire", "celular", "telefone", "telemóvel",
            "mobiil", "mobiiltelefon", "numbrilt", "numbril", "numbrile", "helista", "helistage");
    /**
     * "call Honoria on …", "ring Brayan på …", "Caller Inigo Ravenscroft on …": a call to or from a named person (one to
     * three capitalised words), and the number they are on.
     */
    /**
     * "Ota yhteyttä Veiko Aasmäeen, 090-1116-8897", "Contact Jiahui Cai, 0912 591 7946": whom to contact, by name, and
     * their number after the comma.
     */
    private static final Pattern CONTACT_SOMEONE = Pattern.compile("(?:.*[^\\p{L}])?(?i:ota yhteyttä|contact|kontakta):?"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3},\\s*");
    /** "soita Artturille: …", "Call Sylvain: …": whom to call, by name, and a colon before their number. */
    private static final Pattern CALL_SOMEONE_COLON = Pattern.compile("(?:.*[^\\p{L}])?(?i:soita|soittakaa|call|ring)"
            + "\\s+\\p{Lu}[\\p{L}'’-]+:\\s*");
    /** "call Honoria on …", "Nå Hugo-Sixten Ängsholm på …": whom to call or reach, by name, and the number after "on". */
    private static final Pattern CALL_SOMEONE_ON = Pattern.compile("(?:.*[^\\p{L}])?(?i:call|caller|ring|reach|text|nå)"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}\\s+(?i:on|at|på)");
    /**
     * "Their contact Eenokki is on …", "she is on …": "is on" before a number is a phone's only after a person, a name
     * that is no common noun ({@link #namesAPerson}) or a personal pronoun; "The build is on 4411 2210", "Meeting is on
     * …", "It is on …" are not.
     */
    private static final Pattern PERSON_IS_ON = Pattern.compile("(?:.*[^\\p{L}'’-])?(?:(?i:he|she)|"
            + "(?!(?:It|This|That|There|What|Which|Everything|Nothing) )(?<name>\\p{Lu}[\\p{L}'’-]+)) is on");
    /**
     * A line that gives a person in a role and their number: "On call: Wystan Sweetman, 55 9984 2354", "Mottagare:
     * Lovely Concepcion, 77 181 63 65", "Site contact: …", "Shift lead: …", "Lähiomainen hätätilanteessa: Bogumiła
     * Marciniak (puoliso), 698-577-680". The role is one that has a phone: the one on call, a contact, a recipient, a
     * lead, a next of kin, a requester, the one who reported a fault ("Ilmoittaja:", "Caller:"); a word may qualify
     * it, and the person's relation may follow their name in parentheses ("Anhörig: Mikko-Ilmari Taimisto (make/maka),
     * 5507 1225").
     */
    private static final Pattern ROLE_NAME_AND_COMMA = Pattern.compile("\\s*[-*•]?\\s*(?:\\p{L}+ )?(?i:on call|on-call|"
            + "päivystäjä|päivystys|jour|beredskap|contact|contact person|yhteyshenkilö|kontaktperson|recipient|mottagare|"
            + "vastaanottaja|lead|next of kin|lähiomainen|omainen|anhörig|närmast anhörig|pyytäjä|requester|beställare|"
            + "ilmoittaja|caller|anmälare)"
            + "(?: \\p{Ll}+)?\\s*:\\s*(?<name>\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3})"
            + "(?: \\(\\p{L}[\\p{L} /-]{0,30}\\))?,\\s*");
    /**
     * An item of a list of people with their numbers, the line holding a name, its comma and the number alone:
     * "1. Kaapro Säynäjärvi, 0807 401 4059", "- Jóannes Joensen, 676 9252" (a ticket's requesters, a call list); the
     * name may be written again in its own script in parentheses, "3. Ramila Paudel (रमिला पौडेल), 9805313788".
     */
    private static final Pattern LISTED_NAME_AND_COMMA = Pattern.compile(
            "\\s*(?:\\d{1,2}[.)]|[-*•])\\s+(?<name>\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3})"
            + "(?: \\([^()\\d\\n]{1,40}\\))?,\\s*");
    /**
     * A person's name, two capitalised words, maybe their login in parentheses (a digit, a dot or an underscore in it: a
     * relation's word, "(puoliso)", is read by {@link #ROLE_NAME_AND_COMMA}), and a comma right before the number:
     * "Raised by Drusilla Whitworth, 902 37 165.", "Kuljettaja: Olga-Priita Säynälampi (olgas225), 074 …". A number that
     * ends the clause after a name is how a signature, a contact line or a log's header of who drives gives a phone.
     */
    private static final Pattern NAME_AND_COMMA = Pattern.compile("(?:.*[^\\p{L}'’-])?(?<name>\\p{Lu}[\\p{L}'’-]+ \\p{Lu}[\\p{L}'’-]+)"
            + "(?: \\((?=[^)]*[\\d._])[\\p{L}\\d._-]{2,40}\\))?, ");
    /**
     * A person's name, or an initial and a surname, and the parenthesis that opens right before a number:
     * "cc: Y. Shettima-Kyari (080 6011 9931)", where a national form reads it.
     */
    private static final Pattern NAME_OPENING_PARENTHESIS = Pattern.compile(
            "(?:.*[^\\p{L}'’.-])?(?<name>(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.) \\p{Lu}[\\p{L}'’-]+) \\(");
    /** The fewest digits of a dialled number with its trunk zero that a name's parentheses hold alone. */
    private static final int DIALLED_DIGITS = 9;
    /** A name and the number in parentheses after it: "Mirela Moldovan (387 782 3536)". */
    private static final Pattern NAME_BEFORE_PARENTHESIS = Pattern.compile(".*\\p{Lu}[\\p{L}'’-]+ \\p{Lu}[\\p{L}'’-]+ \\(");

    /**
     * Labels of the things whose numbers look like phones: serials, asset tags, orders, tickets, invoices, accounts,
     * a Swedish payment's reference ("OCR 0250075092"), an SMS gateway's message id ("MID 75987771"), a wiki page's id
     * ("pageId=040803256"), a firm's business id and e-invoice address ("Y-tunnus 0549629-4", "verkkolaskuosoite …",
     * "OVT …"), its VAT number ("VAT GB 420 7012 03") and its bank giro ("Bankgiro 040-8970"), a utility's meter and the
     * British meter point numbers ("Old meter 01234567", "MPAN 12 3456 7890 123", "gas MPRN 123456789"), an insurance
     * policy's ("pol 259-099241-9", "policy_number: 451431202", "försäkringsnummer: 035177443"; "policyholder" names a person)
     * and a cost centre's, a column of a staff list ("…,Employee ID,Cost Center" over "…,E693300,0101-167"), and a
     * product's article number ("ART 0513242", "artikelnummer", "tuotenumero"), a case's or a court's ("Ulosottoasia
     * 8998/15/18714", "käräjäoikeus, T 0951-26", "conduct of your matter (0138-861)"), a payment plan's or a collection's
     * ("Betalningsplan 05079172", "toimeksianto INK 098 1145"), a ticket's ("TKT 0078279917980", "Lippu 117 …"), a
     * booking's or reservation's ("reservation 0312345:"; "Reservations" is a desk with a phone), a flight's or
     * train's, a bag tag's ("Väska: 0105 999631", "laukku purettiin (0105 426241, 25 kg)") and
     * an insurance claim's ("FNOL KOR 044 7570", "vahinko KOR 086 7260"), a pet's microchip, an agreement and an insurance,
     * a library's copy ("nide 053571327").
     * A label is the whole word where the word's longer forms name a department that has a phone ("laskutus",
     * "accounting", "invoicing") or another id ("tunnus" of "Y-tunnus"); one written with a star after it
     * opens the word ("sarjanumero", "tilausnumero", "serienummer"), and one with a star before it ends the word: the
     * last words of compounds that name an order, whose first words are many ("huoltotilaus", "arbetsorder").
     */
    private static final List<String> THING_LABELS = List.of("sn", "s/n", "p/n", "pn", "inc", "req", "ritm", "tag", "po",
            "ref", "sku", "lot", "case", "lasku", "laskun", "laskulla", "laskulle", "laskulta", "laskussa", "laskusta", "laskuun", "laskua",
            "invoice", "faktura", "fakturan", "account", "acct", "tili", "tilin",
            "tunnus", "ovt", "pin", "dnro", "dnr", "dno", "ocr", "mid", "pageid", "deal", "cmr", "vat", "meter", "mpan",
            "mprn", "bankgiro*", "plusgiro*", "mittari*", "mätar*",
            "serial*", "serie*", "sarja*", "inventaari*", "asset*", "order*", "tilaus*", "ticket*", "tiketti*", "ärende*",
            "incident*", "viite*", "reference*", "imei*", "tracking*", "seuranta*", "tapaus*", "laskunumero*", "laskunro*",
            "fakturanummer*", "tilinumero*", "korttinumero*", "verkkolasku*", "tilauk*", "viitt*", "confirmation*",
            "vahvistusnumero*", "booking*", "bokning*", "varausnumero*", "reservation", "commit*", "claim*", "reklamaatio*", "reklamation*",
            "*tilaus", "*tilauksen", "*arbetsorder", "policy", "pol", "vakuutusnumero*", "vakuutusnro", "försäkringsnummer*",
            "försäkringsnr", "cost_center", "cost_centre", "costcenter", "kustannuspaikka*", "kostnadsställe*",
            "art", "artikel*", "artikkeli*", "tuotenumero*", "tuotenro",
            // a case's, diary's or court's number, a payment plan's and a collection's, a ticket's, a booking's, a
            // flight's or train's, a bag tag's, a claim's first notice: things numbered by those who handle them
            "*asia", "asianumero*", "asianro", "matter", "diaari*", "diarie*", "käräjäoikeu*", "tingsrätt*",
            "maksusuunnitelm*", "betalningsplan*", "toimeksianto*", "referens", "referensnummer*", "referensnr", "tkt",
            "lippu*", "biljett*", "pnr", "varaus*", "flight*", "lento", "lennon", "lentonumero*", "lentonro", "flyg",
            "flygnummer*", "juna", "tåg", "train", "bag", "bagtag*", "bagage*", "baggage*", "laukku*", "väska*",
            "matkatavara*", "fnol", "vahinko*", "skadenummer*",
            // a pet's microchip, read as fifteen digits in groups ("siru 752 0282 4988 0029"), an agreement's or a
            // contract's number ("sopimus 628-1088771", "HYRESAVTAL 091-…", "contract 022-…") and an insurance's of
            // any kind, its letters before it ("Vakuutus DF 3964 4846", "Hemförsäkringen DF …", "insurance DF …")
            "chip", "microchip", "mikrochip", "siru", "mikrosiru", "sopimus*", "*sopimus", "agreement*", "avtal*",
            "*avtal", "contract", "kontrakt*", "vakuutus", "*vakuutus", "försäkring", "försäkringen", "*försäkring",
            "*försäkringen", "insurance",
            // a library's copy of a book, numbered by its barcode ("kadonnut nide 053571327", "niteen 0312…")
            "nide", "niteen", "niteet",
            // a ticket's or a product's barcode ("viivakoodi 0281 6602 3753 4682", "barcode 0402 …", "streckkod …")
            "viivakoodi*", "barcode*", "streckkod*",
            // a farm's registers by their general labels: an animal's ear tag, a farm's or a holding's number
            // ("korvanumero 99214", "tilatunnus 006129065", "Pitopaikka: 043-917845"); not a scheme's letters, which
            // a bank or an airport bears too ("SBI", "CPH")
            "korvanumero*", "öronmärk*", "tilatunnus*", "pitopaik*", "lägenhetssignum*",
            // a radio tag's number, a bin's, a key fob's or a pallet's, which a reader reads ("jäteastia RFID 01009670")
            "rfid*");
    /** {@link #THING_LABELS} with their stars dropped, asked once a word, as a column's title is read often. */
    private static final Set<String> WHOLE_THING_LABELS = THING_LABELS.stream().map(label -> label.replace("*", ""))
            .collect(Collectors.toUnmodifiableSet());
    /**
     * A wiki's or document's page, whose id or number follows a number word ("page id 06611108", "sivun numero",
     * "sida nr"): whole words, as "pager number" is a person's.
     */
    private static final Set<String> PAGES = Set.of("page", "sivu", "sivun", "sida", "sidan");
    /**
     * A farm's registers whose word alone is an everyday one, their number's only before a number word ("Herd number:
     * 01/005/5069", "holding no. 092665044", "flock number"), as a herd or a holding has no phone.
     */
    private static final Set<String> REGISTERS = Set.of("herd", "holding", "flock");
    /** Labels of {@link #THING_LABELS} that are also given names or words: "Art Vainio", "Pol Roca". */
    private static final Set<String> SHORT_LABELS = Set.of("art", "pol");
    /**
     * Labels of a traveller's things: a flight, a train, a bag. They number a bag tag in ten digits, in one run or
     * after its airline's four ("Väska: 0105 999631"), and an e-ticket in thirteen, never as a mobile is written ("I'm
     * on the train 07700 900123", "Bag: 050 123 4567").
     */
    private static final List<String> TRAVEL_LABELS = List.of("flight", "lento", "lennon", "flyg", "juna", "tåg",
            "train", "bag", "laukku", "väska", "matkatavara");
    /** A bag tag's or an e-ticket's number, the numbers a {@link #TRAVEL_LABELS traveller's label} gives. */
    private static final Pattern TRAVEL_NUMBER = Pattern.compile("\\d{4} ?\\d{6}(?!\\d)|\\d{3}[ -]?\\d{10}(?!\\d)");
    /** The persons a policy has, named after its word: "Policy holder", "policy owner", "policy haltija". */
    private static final Set<String> POLICY_PERSONS = Set.of("holder", "holders", "owner", "owners", "haltija", "haltijan");
    /** Words between a label and its number: "Serial no.", "tilausnro", "Order number", "Conference ID". */
    private static final Set<String> FILLERS = Set.of("no", "nr", "nro", "num", "number", "numero", "nummer", "id");
    /**
     * Things numbered as a person's phone may be, whose number a label gives with a number word after the thing's word
     * or joined to it: a key card's ("Kortin numero:", "Card no:", "kulkukortin nro", "Kortnummer"), a meeting's or
     * conference call's ("Conference ID:", "Meeting ID:", "Kokoustunnus:", "Mötes-ID:"), keyed in after the bridge's
     * number, a firm's registered one ("Company No. 01234567"). Found anywhere in the word, as Finnish and Swedish join
     * them ("avainkortin", "neuvottelutunnus").
     */
    private static final List<String> NUMBERED_THINGS = List.of("card", "kortti", "kortin", "kort", "badge",
            "conference", "meeting", "kokous", "neuvottelu", "möte", "konferens", "webinar", "company");
    /** What names a thing's number after its word: the number words, and an id's ("Meeting ID", "kokoustunnus"). */
    private static final List<String> THING_NUMBER_WORDS = List.of("numero", "nro", "nummer", "numret", "nr", "id",
            "tunnus", "code", "koodi", "kod");
    /**
     * The people an organisation numbers: before a number word, joined ("opiskelijanumero", "asiakasnumeroni",
     * "Studentnummer") or apart ("student number", "Employee no."), they label a student's, customer's or employee's
     * number, not their phone; so does the health service that numbers its patients ("NHS no. 014 961 6952").
     */
    private static final List<String> NUMBERED_PEOPLE = List.of("opiskelija", "asiakas", "jäsen", "työntekijä",
            "henkilöstö", "potilas", "oppilas", "student", "kund", "medlem", "anställnings", "patient", "elev",
            "customer", "member", "employee", "staff", "pupil", "matrikel", "matriculation", "nhs");
    private static final List<String> NUMBER_WORDS = List.of("numero", "nro", "nummer", "numret", "nr");
    /** The number words written out, as a field's own label names a phone after a comma ({@link #opensItsField}). */
    private static final Set<String> SPELLED_NUMBER_WORDS = Set.of("numero", "number", "nummer");
    /** The words of a label that names whose country's phone a number is: "(kenialainen liittymä)", "(Czech SIM)". */
    private static final Set<String> SUBSCRIPTION_WORDS = Set.of("number", "liittymä", "sim", "mobile", "mobiili",
            "mobil", "abonnemang", "subscription", "puhelin", "telefon", "phone");
    /** How far after a number the label in parentheses that names its country may close. */
    private static final int NOTE_AFTER_REACH = 40;
    /** How many words before a number may be its label: "SN", "Order Total". */
    private static final int LABEL_WORDS = 2;

    /** Word starts that name a country: its names (English, Finnish, its own), its cities, its language. */
    private static final Map<String, List<String>> PLACES = Map.ofEntries(
            Map.entry("EE", List.of("eesti", "estonia", "viro", "tallin", "tartu")),
            Map.entry("LV", List.of("latvi", "riga", "riia", "riika", "daugavpils")),
            Map.entry("LT", List.of("lithuania", "liettua", "lietuv", "vilnius", "vilna", "kaunas", "klaipė")),
            Map.entry("RU", List.of("russia", "venäj", "venäl", "rossi", "moscow", "moskov", "moskva", "pietari",
                    "petersburg", "ryssland")),
            Map.entry("PT", List.of("portug", "lisbon", "lissabon", "lisboa")),
            Map.entry("ES", List.of("spain", "spanish", "espanja", "españ", "espan", "madrid", "barcelona", "sevilla")),
            Map.entry("PL", List.of("poland", "puola", "polsk", "warsaw", "varsova", "warszaw", "krakow", "kraków")),
            Map.entry("IT", List.of("italy", "italia", "italian", "milan", "rome", "rooma", "torino", "turin", "napoli")),
            Map.entry("NO", List.of("norway", "norja", "norge", "norweg", "norsk", "oslo", "bergen", "trondheim")),
            Map.entry("DK", List.of("denmark", "tanska", "danmark", "danish", "dansk", "copenhagen", "kööpenhamina",
                    "københavn", "aarhus")));

    private PhoneCues() {
    }

    /**
     * A phone's cue around {@code text[start, end)}: a cue word before it on its line (in its message, on a message
     * log's line: {@link MessageLogLines#messageStart}), an extension after it, a contact's name before it, or a line
     * above that asks for it.
     */
    static boolean cued(String text, int start, int end) {
        int lineStart = Characters.lineStart(text, start);
        int from = MessageLogLines.messageStart(text, lineStart, start);
        var before = text.substring(from, start);
        int reach = Math.max(from, start - CUE_REACH);
        return cueWordIn(text, reach, start) || cuePhraseIn(text.substring(reach, start)) || extensionAfter(text, end)
                || noteAfter(text, end) || from == lineStart && askedOnLineAbove(text, lineStart, before)
                || CONTACT_LINE.matcher(before).matches()
                || namesAPerson(NAME_AND_COMMA.matcher(before))
                        && (endsClause(text, end) || addressAfter(text, end) || setOff(text, start, end) || headsWhatTheySay(text, end))
                || NAME_BEFORE_PARENTHESIS.matcher(before).matches() && end < text.length() && text.charAt(end) == ')';
    }

    /**
     * "bot: Mihin numeroon voin lähettää koodin?" and "user: 0769 412 8112" below it; "Puhelin:" and the number on the
     * next line; a token row "numeroon\tO" above the number's own: a number that opens its line (after a chat's speaker)
     * answers the question or completes the label or sentence of the line above, whose cue is then its own.
     */
    private static boolean askedOnLineAbove(String text, int lineStart, String before) {
        if (lineStart < 2 || !SPEAKER.matcher(before).matches()) {
            return false;
        }
        int aboveEnd = lineStart - 1;
        int aboveStart = Characters.lineStart(text, aboveEnd);
        var token = TOKEN_ROW.matcher(text).region(aboveStart, aboveEnd);
        if (token.matches()) {
            return isCue(text, token.start(1), token.end(1));
        }
        int last = aboveEnd;
        while (last > aboveStart && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        return last > aboveStart && "?:".indexOf(text.charAt(last - 1)) >= 0
                && cueWordIn(text, Math.max(aboveStart, last - CUE_REACH), last);
    }

    /**
     * Whether one of {@link #STRONG_CUES} stands right before {@code start} on its line, over spaces, a colon or the
     * area code's parenthesis: "sai tekstiviestin numerosta (604) 054-9583".
     */
    static boolean stronglyCued(String text, int start) {
        int lineStart = Characters.lineStart(text, start);
        var line = text.substring(lineStart, start);
        if (namesAPerson(ROLE_NAME_AND_COMMA.matcher(line)) || namesAPerson(LISTED_NAME_AND_COMMA.matcher(line))
                || CONTACT_SOMEONE.matcher(line).matches() || CALL_SOMEONE_COLON.matcher(line).matches()
                || dialledNumberFillsParentheses(text, start) && namesAPerson(NAME_OPENING_PARENTHESIS.matcher(line))) {
            return true;
        }
        int i = start;
        while (i > lineStart && " :(".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i > lineStart && text.charAt(i - 1) == ')') {
            // "(my Danish number) 20 12 34 56", "numerosta (ruotsalainen numero) 070 …": a label in parentheses.
            int open = text.lastIndexOf('(', i - 1);
            if (open >= lineStart && numberLabel(text.substring(open + 1, i - 1))) {
                return true;
            }
        }
        var cased = text.substring(Math.max(lineStart, i - CUE_REACH), i);
        var before = cased.toLowerCase(Locale.ROOT);
        int word = before.length();
        while (word > 0 && (Characters.isLetter(before.charAt(word - 1)) || before.charAt(word - 1) == '.')) {
            word--;
        }
        return STRONG_CUES.stream().anyMatch(cue -> before.endsWith(cue) && opensWord(before, before.length() - cue.length()))
                || PHONE_WORDS.contains(before.substring(word)) || CALL_SOMEONE_ON.matcher(cased).matches()
                || personIsOn(PERSON_IS_ON.matcher(cased));
    }

    /**
     * "0114 790508 (kenialainen liittymä)", "975-3256325 (my Nepali number)": a label in parentheses right after the
     * number that names the country whose phone it is, as one before it does.
     */
    static boolean countryNamedAfter(String text, int end) {
        int open = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        if (open >= text.length() || text.charAt(open) != '(') {
            return false;
        }
        int close = text.indexOf(')', open);
        return close > open && close - open <= NOTE_AFTER_REACH && text.indexOf('\n', open, close) < 0
                && numberLabel(text.substring(open + 1, close));
    }

    /**
     * Whether a number opening with a trunk zero, of nine digits or more in groups or in one run, fills the parentheses
     * it opens: what a person's name holds so is their phone ("(080 6011 9931)"); a year, a date or
     * a member's number does not open with a zero or is shorter ("(1987)", "(01.02.2026)").
     */
    private static boolean dialledNumberFillsParentheses(String text, int start) {
        if (start >= text.length() || text.charAt(start) != '0') {
            return false;
        }
        int digits = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Scan.isDigit(c)) {
                digits++;
            } else if (c == ')') {
                return digits >= DIALLED_DIGITS && Scan.isDigit(text.charAt(i - 1));
            } else if (c != ' ') {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code name}, matched on the whole of its text, names a person or their street: its last word is no
     * common English noun, or a house number stands before it ("221 Baker Street, 971 823 089"). A list's or a role's
     * line names things too, by their head noun last ("1. Replace Laptop, …", "Dell Latitude, …", "Shift lead: Printer
     * Toner, …"). A surname that is also a noun ("Smith") loses its cue here; a number dialled as it is
     * ({@link PhoneDetector}) needs none.
     */
    private static boolean namesAPerson(Matcher name) {
        if (!name.matches()) {
            return false;
        }
        var line = name.group();
        int start = name.start("name");
        int end = name.end("name");
        int lastWord = end;
        while (lastWord > start && Characters.isLetter(line.charAt(lastWord - 1))) {
            lastWord--;
        }
        boolean houseNumber = start >= 2 && line.charAt(start - 1) == ' ' && Scan.isDigit(line.charAt(start - 2));
        return houseNumber || !EnglishNouns.contains(line, lastWord, end);
    }

    /**
     * "my Danish number", "fidžiläinen numero", "svenskt nummer": a few words, the last a number's and one naming the
     * country whose it is ({@link InhabitantWords}); "(order number)" names a thing's.
     */
    private static boolean numberLabel(String label) {
        var words = label.split(" ");
        var last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (words.length > LABEL_WORDS + 1 || !(NUMBER_WORDS.contains(last) || SUBSCRIPTION_WORDS.contains(last))) {
            return false;
        }
        for (var word : words) {
            if (!word.isEmpty() && InhabitantWords.region(word, 0, word.length()) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean personIsOn(Matcher personIsOn) {
        return personIsOn.matches() && (personIsOn.start("name") < 0 || namesAPerson(personIsOn));
    }

    private static boolean cuePhraseIn(String window) {
        var lower = window.toLowerCase(Locale.ROOT);
        for (var phrase : CUE_PHRASES) {
            for (int i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) {
                int after = i + phrase.length();
                if (opensWord(lower, i) && (after == lower.length() || !Characters.isLetter(lower.charAt(after)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean opensWord(String text, int i) {
        return i == 0 || !Characters.isLetter(text.charAt(i - 1));
    }

    /**
     * "Submitted by: Aino Laine, 0774 213 410, aino.laine@example.fi": a comma and an e-mail address after the number,
     * the next of a contact's fields, which a name and a comma open.
     */
    private static boolean addressAfter(String text, int end) {
        if (!text.startsWith(", ", end)) {
            return false;
        }
        int wordEnd = end + 2;
        while (wordEnd < text.length() && !Character.isWhitespace(text.charAt(wordEnd))) {
            wordEnd++;
        }
        int at = text.indexOf('@', end + 2);
        return at > end + 2 && at < wordEnd - 1;
    }

    /**
     * "Evdokia Kalaitzidis, 080 7021 6532: maksoin jo kortilla …": a colon and a space after the number that a name and
     * a comma open, the header of what that person says next, as a reply's or a comment's writer and their phone head it.
     */
    private static boolean headsWhatTheySay(String text, int end) {
        return text.startsWith(": ", end);
    }

    /** The number ends its clause: the text or line ends, or a full stop, semicolon or exclamation that no digit follows. */
    /**
     * "Consent returned by Sota Nakamura, 090 5995 4528, for …": a number written in a phone's groups and closed off by a
     * comma is the name's apposition, as one that ends the clause is; a run of digits alone between commas ("Aino
     * Laine, 0774213410, …") is a customer's or a record's number as often.
     */
    private static boolean setOff(String text, int start, int end) {
        return end + 1 < text.length() && text.charAt(end) == ',' && text.charAt(end + 1) == ' '
                && (text.indexOf(' ', start, end) >= 0 || text.indexOf('-', start, end) >= 0);
    }

    static boolean endsClause(String text, int end) {
        if (end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r') {
            return true;
        }
        return ".;!".indexOf(text.charAt(end)) >= 0 && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1)));
    }

    private static boolean cueWordIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            // A word the window cuts is none: "tel" of "Hotel" is no cue.
            if (Characters.isLetter(text.charAt(i)) && (i == 0 || !Characters.isLetter(text.charAt(i - 1)))) {
                int end = i;
                while (end < to && Characters.isLetter(text.charAt(end))) {
                    end++;
                }
                if (isCue(text, i, end)) {
                    return true;
                }
                i = end;
            }
        }
        return false;
    }

    /** Whether the word {@code text[start, end)} is one of {@link #CUE_WORDS} whole or opens with one of {@link #CUE_STEMS}. */
    static boolean isCue(String text, int start, int end) {
        var cues = start < end && text.charAt(start) < CUES_BY_FIRST.length ? CUES_BY_FIRST[text.charAt(start)] : ALL_CUES;
        return cues.opens(text, start, end);
    }

    /** Cue words, whole, and cue stems, at a word's start. */
    private record Cues(List<String> words, List<String> stems) {

        /** Those that open with {@code first} in either case, as {@link Characters#regionMatchesIgnoringCase} compares it. */
        Cues opening(char first) {
            return new Cues(opening(words, first), opening(stems, first));
        }

        private static List<String> opening(List<String> cues, char first) {
            var letter = String.valueOf(first);
            return cues.stream().filter(cue -> Characters.regionMatchesIgnoringCase(letter, 0, cue.substring(0, 1))).toList();
        }

        boolean opens(String text, int start, int end) {
            for (var word : words) {
                if (word.length() == end - start && Characters.regionMatchesIgnoringCase(text, start, word)) {
                    return true;
                }
            }
            for (var stem : stems) {
                if (stem.length() <= end - start && Characters.regionMatchesIgnoringCase(text, start, stem)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A note of when or where to call right after the number ({@link #NOTE_AFTER}). */
    private static boolean noteAfter(String text, int end) {
        return end < text.length() && NOTE_AFTER.matcher(text).region(end, Math.min(text.length(), end + NOTE_REACH)).lookingAt();
    }

    private static boolean extensionAfter(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == '/' || text.charAt(i) == '(')) {
            i++;
        }
        int wordEnd = i;
        while (wordEnd < text.length() && Characters.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        var word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
        // "x384", "x 384": an x is an extension only before its digits.
        boolean digitAfter = wordEnd < text.length() && Scan.isDigit(text.charAt(wordEnd))
                || wordEnd + 1 < text.length() && text.charAt(wordEnd) == ' ' && Scan.isDigit(text.charAt(wordEnd + 1));
        return EXTENSIONS.contains(word) || word.equals("x") && digitAfter;
    }

    /**
     * A log's record id as a key and value ("id=0221068244", "msg_id=…", "request-id=…", a thing's label as the key,
     * "pageId=040803256"): the record's number, no one's
     * phone; a key that names a phone is the phone's ("caller_id=0401234567", {@link NumbersInPhoneFields}).
     */
    private static boolean isLogId(String text, int start) {
        if (start == 0 || text.charAt(start - 1) != '=') {
            return false;
        }
        var key = NumbersInPhoneFields.keyBefore(text, start - 1);
        return (key.equals("id") || key.endsWith("_id") || isThingLabel(key)) && !NumbersInPhoneFields.namesAPhone(key);
    }

    /**
     * Whether a serial's, asset's, order's or ticket's label stands right before {@code start} ("SN 09-968810",
     * "Order Total: 956 965 240", "sarjanumero 5123 4567"), with no phone cue nearer ("Asset owner's phone: 040 …"), or a
     * number sign joined to it ("Reklamaatio #057352409", "SV: #024612654"): a record's number, as no phone is written.
     */
    static boolean afterThingLabel(String text, int start) {
        if (isLogId(text, start) || start > 0 && text.charAt(start - 1) == '#') {
            return true;
        }
        int i = groupsBefore(text, start);
        int number = i;
        if (NumbersAfterARole.afterRole(text, i)) {
            // "(vahinkokäsittelijä), 081245031251": a person's role in brackets, whatever thing its words open with
            return false;
        }
        boolean numberWordAfter = false;
        boolean setOffAbbreviation = setOffNumberAbbreviation(text, number);
        var wordAfter = "";
        for (int words = 0; words < LABEL_WORDS; ) {
            // "Asset Tag, 938 52 614": a comma parts a label from its number as a colon does; "Mötes-ID:" a hyphen its words,
            // "policy_number" an underscore a key's; a JSON key's quotes stand around it ("policy": "…").
            while (i > 0 && " :#.,()\t-_\"".indexOf(text.charAt(i - 1)) >= 0) {
                i--;
            }
            int end = i;
            while (i > 0 && (Characters.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '/')) {
                i--;
            }
            if (i == end) {
                return setOffAbbreviation;
            }
            var word = text.substring(i, end).toLowerCase(Locale.ROOT);
            if (isCue(text, i, end) && !FILLERS.contains(word) || words == 0 && !numberWordAfter && opensItsField(text, i, word)) {
                return false;
            }
            if (isThingLabel(word) && labelsHere(text, i, end, words == 0, wordAfter) && numbersATravellersThing(text, start, word)
                    && !(words == 0 && objectInProse(text, i, end, number)) || numbersAPerson(word, numberWordAfter) || numbersAThing(word, numberWordAfter)
                    || numberWordAfter && (PAGES.contains(word) || REGISTERS.contains(word))) {
                return true;
            }
            numberWordAfter = FILLERS.contains(word);
            wordAfter = word;
            if (!numberWordAfter) {
                words++;
            }
        }
        return setOffAbbreviation;
    }

    /**
     * Whether the number word right before a number, written out, opens its own field after a comma: "Tunnus kalaila,
     * numero 0820888521", "Login jdoe, number 040 …" give a login and then a phone, each after its own label, and the
     * thing's label before the comma ("Tunnus", "Login") labels the field it opens, not the number. Abbreviated ("no.",
     * "nr.") it is a member's or a booking's number as often ({@link #setOffNumberAbbreviation}).
     */
    private static boolean opensItsField(String text, int wordStart, String word) {
        return SPELLED_NUMBER_WORDS.contains(word) && Characters.beforeSpaces(text, wordStart) > 0
                && text.charAt(Characters.beforeSpaces(text, wordStart) - 1) == ',';
    }

    /**
     * Whether "no." or "nr." alone stands right before the number at {@code number}, opening a parenthesis or a clause
     * after a comma ("Member: Jane Roe, no. 012 345 6789", "(nr. 012 345 6789, login roej)"): the number of the member,
     * booking or record the line is about, abbreviated as a phone's is not; a phone's word before it ("Tel. no.") is
     * its cue, and {@link #afterThingLabel} finds it first.
     */
    private static boolean setOffNumberAbbreviation(String text, int number) {
        int i = number;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i < 3 || text.charAt(i - 1) != '.') {
            return false;
        }
        var abbreviation = text.substring(i - 3, i - 1).toLowerCase(Locale.ROOT);
        if (!abbreviation.equals("no") && !abbreviation.equals("nr")) {
            return false;
        }
        int before = i - 3;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        return before > 0 && (text.charAt(before - 1) == ',' || text.charAt(before - 1) == '(');
    }

    /**
     * Whether a thing's label at {@code start}..{@code end} labels the number: a short one that is also a name or a word
     * ("Art Vainio 040 …", "Pol Roca") only right before the number or written as a label ("ART 0513242", "pol.
     * 259-…"), and "policy" not before the person it has ("Policy holder: 040 …").
     */
    private static boolean labelsHere(String text, int start, int end, boolean rightBefore, String wordAfter) {
        var word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (!rightBefore && opensAName(text, start, end)) {
            // "Siru Virtanen 040 …", "Chip Hensley, 07700 …": a label's word that opens a person's name labels nothing
            return false;
        }
        if (!isWholeThingLabel(word) && endsWithCompoundHead(word)) {
            // "Ulosottoasia 89371291": a compound's last word labels only the number right after it, as a name that ends
            // in its letters ("Anastasia Korhonen 040 …") is no compound; nor is a given name right before it ("Anastasia 040 …").
            return rightBefore && !isGivenName(text, start, end);
        }
        if (SHORT_LABELS.contains(word)) {
            return rightBefore || text.substring(start, end).equals(word.toUpperCase(Locale.ROOT))
                    || end < text.length() && text.charAt(end) == '.';
        }
        return !(word.equals("policy") && POLICY_PERSONS.contains(wordAfter));
    }

    /**
     * Whether the thing's word right before the number's comma is the object of a clause that names a person ("naapuri
     * Oili Heinäkallio kysyi samaa sopimusta, 041 …", "granne Sigrid Stenvall vill ha samma avtal, 0733…"): a word in
     * lower case stands before it and a capitalised word inside the clause, so the number after the comma is the
     * person's, as a label before its comma ("Asset Tag, 938 52 614") opens its line or clause.
     */
    private static boolean objectInProse(String text, int start, int end, int number) {
        var between = text.substring(end, number);
        if (between.indexOf(',') < 0 || between.indexOf(':') >= 0 || start < 2 || text.charAt(start - 1) != ' '
                || !Character.isLowerCase(text.charAt(start - 2))) {
            return false;
        }
        int clause = start - 1;
        while (clause > 0 && ".!?:;\n(".indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        var words = text.substring(clause, start).trim().split(" +");
        for (int w = 1; w < words.length; w++) {
            if (words[w].length() > 1 && Character.isUpperCase(words[w].charAt(0)) && Character.isLowerCase(words[w].charAt(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word, capitalised and not in capitals, opens a person's name: the next word is capitalised too and the
     * lexicon reads it as a surname ("Siru Virtanen", "Chip Hensley"), as no thing's label is followed.
     */
    private static boolean opensAName(String text, int start, int end) {
        int next = end + 1;
        int nextEnd = next;
        while (nextEnd < text.length() && Characters.isLetter(text.charAt(nextEnd))) {
            nextEnd++;
        }
        return end - start > 1 && Character.isUpperCase(text.charAt(start)) && Character.isLowerCase(text.charAt(start + 1))
                && next < text.length() && text.charAt(end) == ' ' && nextEnd - next > 1
                && Character.isUpperCase(text.charAt(next)) && Character.isLowerCase(text.charAt(next + 1))
                && NameLexicon.shared().lookup(text, next, nextEnd).is(NameLexicon.Word.LAST);
    }

    /** Whether the lexicon reads the word only as a given name, no ordinary word ("Anastasia", not "Ulosottoasia"). */
    private static boolean isGivenName(String text, int start, int end) {
        var word = NameLexicon.shared().lookup(text, start, end);
        return word.is(NameLexicon.Word.FIRST) && !word.is(NameLexicon.Word.COMMON);
    }

    /** Whether the word, in lower case, ends with one of the compounds' last words of {@link #THING_LABELS} ("*asia"). */
    private static boolean endsWithCompoundHead(String word) {
        return THING_LABELS.stream().anyMatch(label -> label.charAt(0) == '*' && word.endsWith(label.substring(1)));
    }

    /**
     * Whether a label that opens with one of {@link #TRAVEL_LABELS} ("väskan", "laukku") stands before a number written
     * as a bag tag's or an e-ticket's ({@link #TRAVEL_NUMBER}); any other label labels its number however it is written.
     */
    private static boolean numbersATravellersThing(String text, int start, String word) {
        if (TRAVEL_LABELS.stream().noneMatch(word::startsWith)) {
            return true;
        }
        return TRAVEL_NUMBER.matcher(text).region(groupsBefore(text, start), text.length()).lookingAt();
    }

    /**
     * Whether the word, in lower case, is one of {@link #THING_LABELS} whole, its star dropped: a column's title, which
     * names its thing in a word ("order", "tilaus"), where "Claimant" or "ordered_by" name a person.
     */
    static boolean isWholeThingLabel(String word) {
        return WHOLE_THING_LABELS.contains(word);
    }

    /** Whether the word, in lower case, is one of {@link #THING_LABELS}: whole, or opening or ending it by its star. */
    static boolean isThingLabel(String word) {
        for (var label : THING_LABELS) {
            int letters = label.length() - 1;
            boolean matches = label.charAt(letters) == '*' ? word.length() >= letters && word.regionMatches(0, label, 0, letters)
                    : label.charAt(0) == '*' ? word.length() >= letters && word.regionMatches(word.length() - letters, label, 1, letters)
                    : word.equals(label);
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the groups of digits before {@code start} open, each followed by one space ("Conference ID: 270 013 797"
     * holds "013 797", which opens as a Finnish landline): a label stands before the first; else {@code start}. A number
     * read from inside a run ("05-4638126668" of "Tickets 117 0135675766 105-4638126668") opens where its run does.
     */
    private static int groupsBefore(String text, int start) {
        int i = start;
        while (i > 0 && Scan.isDigit(text.charAt(i - 1))) {
            i--;
        }
        while (i >= 2 && text.charAt(i - 1) == ' ' && Scan.isDigit(text.charAt(i - 2))) {
            int j = i - 1;
            while (j > 0 && Scan.isDigit(text.charAt(j - 1))) {
                j--;
            }
            i = j;
        }
        return i;
    }

    /** "Kortin numero", "Card no", "Conference ID", "kokoustunnus": a key card's or a meeting's number. */
    private static boolean numbersAThing(String word, boolean numberWordAfter) {
        for (var thing : NUMBERED_THINGS) {
            int at = word.indexOf(thing);
            if (at >= 0) {
                var rest = word.substring(at + thing.length());
                return numberWordAfter || Characters.endsWithAny(rest, THING_NUMBER_WORDS) && !rest.isEmpty();
            }
        }
        return false;
    }

    /** "opiskelijanumero", "Studentnummer", or "student" before "number": a number an organisation gives a person. */
    private static boolean numbersAPerson(String word, boolean numberWordAfter) {
        for (var person : NUMBERED_PEOPLE) {
            if (word.startsWith(person)) {
                var rest = word.substring(person.length());
                return rest.isEmpty() ? numberWordAfter : Characters.startsWithAny(rest, NUMBER_WORDS);
            }
        }
        return false;
    }

    /** Whether the message names the country of {@code region} ("Tallinnassa", "Riga", "Italian"), in its lower case. */
    static boolean names(String lowerText, String region) {
        for (var stem : PLACES.getOrDefault(region, List.of())) {
            for (int i = lowerText.indexOf(stem); i >= 0; i = lowerText.indexOf(stem, i + 1)) {
                if (i == 0 || !Characters.isLetter(lowerText.charAt(i - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
