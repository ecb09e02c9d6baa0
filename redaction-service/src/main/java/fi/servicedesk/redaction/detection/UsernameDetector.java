package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A user name right after its cue, whoever's it is: "käyttäjätunnus mvirtanen lukittui", "Username: j.smith2",
 * "login jdoe_adm expired", "käyttäjälle aino.laaksonen", "Användarnamn annlun01", "UPN: CORP\\mvirtanen". A login is
 * mostly made of its owner's name, so the corpus may not hold it (R8.2); the event's known user names are the
 * subject's only ({@link KnownIdentifierDetector}). Taken: a word in lower case, with a domain before a backslash, that
 * holds a dot, underscore or hyphen between its parts, or digits after three letters or more, or
 * that is a name after up to two initials, as logins are made ("mvirtanen", "vlaine", "jdoe", "aino"), or any login a
 * log writes as "user=..."; not another
 * word ("käyttäjä ei pääse", "user story", "account is ready", "tunnus lukossa") nor a system's account ("admin",
 * "svc_backup", "sa_sql"). An opaque id ("u955746", "a03503") names no one by itself, but after a user name's word
 * ("tunnus u955746", "user id a03503") it is the account of whoever the sentence names, and taken, and so is a log's
 * "user=a29862", but not where the record names the person in a field of its own ("user=u955746 displayName=…"). A
 * login found is found again wherever the message writes it as a word of its own, or mentions it ("@verhub"). And a
 * login after a cue that its owner's name stands before ("Juutilaisen tunnus juutilka"); and a
 * Jira mention, whose markup names an account: "[~mvirtanen]", "[~u716376]"; and a directory's login attribute
 * ({@link DirectoryLogins}). A login no list holds is one after its cue where no dictionary reads it as a word
 * ({@link PlainLogins}); and the accounts that chat and paths write without a cue: {@link AccountsInPaths},
 * {@link ProfileLinks}, {@link ChatHandles}, {@link QuotedHandles}, {@link LoginsInParentheses}, {@link MentionedLogins},
 * {@link LoginsAfterTheirService}, the login beside the name it is made of
 * ({@link LoginsBesideTheirNames}: "Tiina Rantala (trantala)", "Bakyt Toktogulov (u716376)"; {@link LoginsBesideAnInitial}:
 * "Closed by A. Leppik (ants.leppik)"), and the handles a board or
 * a comment list prints where its posters stand ({@link ForumPosters}, {@link CommentAuthors}), and the column of a log's
 * rows that holds who ran or approved each line ({@link LoginsInLogRows}), and the account a log line says signed in
 * ({@link LoginsAfterASignInEvent}) or opens a clause in lower case with ({@link LoginsOpeningStampedClauses}).
 */
public final class UsernameDetector implements Detector {

    /**
     * The cue as a whole word: "tunnuksen" must not end the cue inside "tunnuksensa", whose possessive forms (mine,
     * yours, theirs, ours: "Hänen tunnuksensa on tenzin71") cue a login as the bare noun does. The verb after it is a
     * whole word too: "Tunnus onnvaa29" opens with "on", which is no verb there.
     */
    private static final Pattern CUED = Pattern.compile("(?iu:k[äa]ytt[äa]j[äa]tunnu\\p{L}*|k[äa]ytt[äa]j[äa](?:nime\\p{L}*|nimi|n|lle|ll[äa]|lt[äa])?"
            + "|tunnu(?:s|ks(?:en|e(?:ni|si|nsa|mme|nne)|elle|ella))|user(?:\\s?name|\\s?id)?|login(?:\\s?name)?|account"
            + "|upn|samaccountname|anv[äa]ndar(?:namn(?:et)?|-?id|en|e)|gamer\\s?tag|pelinimi|spelnamn(?:et)?)(?!\\p{L})"
            + "(?:\\s+(?iu:on|oli|is|was|as|är|ar|var)(?![\\p{L}\\p{N}]))?(?:[\"']\\s*:|\\s*[:=,?])?\\s*[\"'`(]?"
            + "((?:[A-Za-z0-9-]+\\\\)?[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?![\\p{L}\\p{N}@\\\\]|[._-][\\p{L}\\p{N}])");
    private static final String[] CUES = {"käyttäjä", "tunnu", "user", "login", "account", "upn", "samaccountname", "användar",
        "gamer", "pelinimi", "spelnamn"};
    /** The cues as {@link Text}'s pair filter asks them: most messages hold none, and are not scanned for one. */
    private static final Fragment[] CUE_FRAGMENTS = {Fragment.of("käyttäjä"), Fragment.of("tunnu"), Fragment.of("user"),
            Fragment.of("login"), Fragment.of("account"), Fragment.of("upn"), Fragment.of("användar"), Fragment.of("kaytt"),
            Fragment.of("andar"), Fragment.of("gamer"), Fragment.of("pelinimi"), Fragment.of("spelnamn")};
    /** Jira's mention of a user: "[~mvirtanen]"; "[~accountid:…]" is the cloud's opaque key, no login. */
    private static final Pattern MENTION = Pattern.compile("\\[~([A-Za-z0-9][A-Za-z0-9._-]{1,63})]");
    private static final Scan.Opening MENTION_OPENING = Scan.Opening.of("[", (t, i) -> t.startsWith("[~", i));
    /** A log record's field for the person's name: "displayName=", "cn=", "full_name=". */
    private static final Pattern NAME_FIELD = Pattern.compile("(?i)(?<![\\p{L}_])(?:display_?name|full_?name|name|cn|"
            + "given_?name|first_?name|last_?name|surname|sn)=");
    /** An object's GUID ("userId": "fa9b3eef-f14e-…"), a directory's key rather than the login a person types. */
    private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    /** An opaque id: a letter or two and digits, "u716376", "a03503". */
    static final Pattern OPAQUE_ID = Pattern.compile("[a-z]{1,2}[0-9]{4,10}");
    /** How many letters of its owner's name, the name right before its cue, a login opens with: "juut" of "Juutilaisen". */
    private static final int OWNERS_START = 4;
    private static final Scan.Opening OPENING = Scan.Opening.of("ktulaisgpKTULAISGP",
            (t, i) -> Characters.notAfterLetter(t, i, "") && Characters.mayStartAnyIgnoringCase(t, i, CUES));
    /** How many initials a login may put before its owner's name. */
    private static final int MOST_INITIALS = 2;
    /**
     * The fewest letters a user name opens with: two are initials or a word ("ok", "ja"), or an opaque id's prefix
     * ("u955746"), which only a user's field makes a login.
     */
    private static final int SHORTEST = 3;

    private final NameLexicon lexicon;

    public UsernameDetector(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        int first = findings.size();
        if (mayHoldACue(message)) {
            var scan = new Scan(CUED, message);
            for (int from = 0; scan.find(from, OPENING); from = scan.match().end()) {
                int start = scan.match().start(1);
                int end = scan.match().end(1);
                int cue = scan.match().start();
                if (SpeakerLabels.labelsTurnOfChatWithBot(text, cue, lettersEnd(text, cue, start))) {
                    // "user: malin-sofie holm" after "bot: Kerrotko nimesi?": what the user typed, no login
                    continue;
                }
                if (listsFields(text, cue, start, end)) {
                    // "SELECT user_id, login, full_name, mobile": the cue is a column among others
                    continue;
                }
                if (GUID.matcher(text).region(start, end).matches()) {
                    // "userId": "cbaa042e-6416-…": the directory's key of the account, not its login
                    continue;
                }
                if (isLogin(text, start, end) || loggedAsKeyAndValue(text, start, end)
                        || madeOfTheOwnerBefore(text, cue, start, end)) {
                    findings.add(Finding.of(EntityType.USERNAME, text, start, end));
                }
            }
        }
        DirectoryLogins.find(message, findings);
        if (message.has('~')) {
            findMentions(message, findings);
        }
        findAccountsOfChatAndPaths(message, findings);
        if (findings.size() > first) {
            findAgain(text, findings, first);
        }
    }

    /** The accounts in home folders' paths, profile links and chat handles that no cue's login holds already. */
    private void findAccountsOfChatAndPaths(Text message, List<Finding> findings) {
        var accounts = new ArrayList<Finding>();
        AccountsInPaths.find(message, accounts);
        ProfileLinks.find(message, accounts);
        ChatHandles.find(message, lexicon, accounts);
        QuotedHandles.find(message, accounts);
        LoginsInParentheses.find(message, lexicon, accounts);
        LoginsBesideTheirNames.find(message, lexicon, accounts);
        LoginsBesideAnInitial.find(message, accounts);
        MentionedLogins.find(message, lexicon, accounts);
        LoginsAfterTheirService.find(message, lexicon, accounts);
        LoginsAfterTheirAccount.find(message, lexicon, accounts);
        LoginsInToolOutput.find(message, accounts);
        LoginColumns.find(message, accounts);
        LoginsInLogRows.find(message, lexicon, accounts);
        LoginsAfterASignInEvent.find(message, lexicon, accounts);
        LoginsOpeningStampedClauses.find(message, accounts);
        ForumPosters.find(message, lexicon, accounts);
        CommentAuthors.find(message, lexicon, accounts);
        for (var account : accounts) {
            if (!heldAlready(findings, account.start(), account.end())) {
                findings.add(account);
            }
        }
    }

    private static void findMentions(Text message, List<Finding> findings) {
        var mention = new Scan(MENTION, message);
        for (int from = 0; mention.find(from, MENTION_OPENING); from = mention.match().end()) {
            findings.add(Finding.of(EntityType.USERNAME, message.value(), mention.match().start(1), mention.match().end(1)));
        }
    }

    /** A comma after the cue and after the word that follows: a list of fields or words, not a cue and its value. */
    private static boolean listsFields(String text, int cue, int start, int end) {
        int comma = text.lastIndexOf(',', start);
        return comma > cue && end < text.length() && text.charAt(end) == ',';
    }

    private static boolean mayHoldACue(Text message) {
        return Fragment.anyMayBeIn(CUE_FRAGMENTS, message);
    }

    /**
     * "Juutilaisen tunnus juutilka", "Gueyen tunnus mgueye": a login that holds the start of the name right before its
     * cue, its owner's, at its own start or after an initial.
     */
    private static boolean madeOfTheOwnerBefore(String text, int cue, int start, int end) {
        int ownerEnd = cue;
        while (ownerEnd > 0 && text.charAt(ownerEnd - 1) == ' ') {
            ownerEnd--;
        }
        int ownerStart = ownerEnd;
        while (ownerStart > 0 && (Characters.isLetter(text.charAt(ownerStart - 1)) || text.charAt(ownerStart - 1) == '-')) {
            ownerStart--;
        }
        if (ownerEnd == cue || ownerStart == ownerEnd || !Character.isUpperCase(text.charAt(ownerStart))) {
            return false;
        }
        var owner = AddressLocalParts.foldedLetters(text.substring(ownerStart, ownerEnd));
        if (owner.length() < OWNERS_START) {
            return false;
        }
        var login = text.substring(start, end);
        int at = login.indexOf(owner.substring(0, OWNERS_START));
        return at == 0 || at == 1;
    }

    /**
     * A log's "user=tvilppul", "login=xlu", "user=a29862", a JSON record's "login": "hzubairu": a system writes there
     * the account whatever its letters, so a login the lexicon cannot split into initials and a name is one too, and so
     * is an opaque number; not a system's account ("user=root"), nor an opaque number where its record names
     * the person in a field of its own ("user=u955746 displayName=\"…\""): that is a directory's key beside the name,
     * which is found as one.
     */
    private static boolean loggedAsKeyAndValue(String text, int start, int end) {
        if (!afterKey(text, start, end)) {
            return false;
        }
        int letters = lettersEnd(text, start, end);
        boolean opaqueNumber = letters < end && Scan.isDigit(text.charAt(letters)) && letters - start < SHORTEST;
        return !(opaqueNumber && recordNamesItsPerson(text, start)) && !systemAccount(text, start, end);
    }

    /** A log's "user=" right before the value, or a JSON record's quoted key and value: "login": "rs5985". */
    private static boolean afterKey(String text, int start, int end) {
        if (start >= 2 && text.charAt(start - 1) == '=' && Characters.isLetter(text.charAt(start - 2))) {
            return true;
        }
        if (start < 1 || text.charAt(start - 1) != '"' || end >= text.length() || text.charAt(end) != '"') {
            return false;
        }
        int colon = Characters.beforeSpaces(text, start - 1) - 1;
        return colon >= 2 && text.charAt(colon) == ':' && text.charAt(colon - 1) == '"'
                && Characters.isLetter(text.charAt(colon - 2));
    }

    /** Whether the log record (the line) around {@code at} has a field for the person's name: "displayName=", "cn=". */
    private static boolean recordNamesItsPerson(String text, int at) {
        var line = text.substring(Characters.lineStart(text, at), Characters.lineEnd(text, at));
        return NAME_FIELD.matcher(line).find();
    }

    /**
     * Every other place the message writes a login found, as a word of its own: "Tunnuksen ipahkala haltija …" after
     * the log's "user=ipahkala". Not inside another word, address or path.
     */
    private static void findAgain(String text, List<Finding> findings, int first) {
        int found = findings.size();
        for (int f = first; f < found; f++) {
            var login = findings.get(f);
            var word = text.substring(login.start(), login.end());
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (at != login.start() && standsAlone(text, at, end) && !heldAlready(findings, at, end)) {
                    findings.add(new Finding(EntityType.USERNAME, at, end, login.value()));
                }
            }
        }
    }

    private static boolean standsAlone(String text, int start, int end) {
        // "@verhub" mentions the login found; "x@verhub.fi" is an address, which the check after rules out
        boolean before = start > 0 && (Characters.isLetterOrNumber(text.charAt(start - 1)) || "._-\\/".indexOf(text.charAt(start - 1)) >= 0);
        boolean after = end < text.length() && (Characters.isLetterOrNumber(text.charAt(end)) || "@\\/".indexOf(text.charAt(end)) >= 0
                || "._-".indexOf(text.charAt(end)) >= 0 && end + 1 < text.length() && Characters.isLetterOrNumber(text.charAt(end + 1)));
        return !before && !after;
    }

    private static boolean heldAlready(List<Finding> findings, int start, int end) {
        for (var finding : findings) {
            if (finding.type() == EntityType.USERNAME && finding.start() <= start && end <= finding.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean systemAccount(String text, int start, int end) {
        return ServiceAccounts.opensWithSystemWord(text.substring(start, lettersEnd(text, start, end)))
                || ServiceAccounts.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static int lettersEnd(String text, int start, int end) {
        int letters = start;
        while (letters < end && Characters.isLetter(text.charAt(letters))) {
            letters++;
        }
        return letters;
    }

    private boolean isLogin(String text, int start, int end) {
        int letters = lettersEnd(text, start, end);
        if (systemAccount(text, start, end)) {
            // "svc_backup", "sa_sql", "admin2": a system's account
            return false;
        }
        if (letters < end) {
            // "j.smith2", "jdoe_adm", "annlun01"; "u955746" an opaque id, which in the cue's field is an account's
            return !Scan.isDigit(text.charAt(letters)) || letters - start >= SHORTEST
                    || text.charAt(start - 1) != '=' && OPAQUE_ID.matcher(text).region(start, end).matches();
        }
        if (end - start < SHORTEST) {
            return false;
        }
        var whole = lexicon.lookup(text, start, end);
        if (whole.is(NameLexicon.Word.COMMON) || whole.is(NameLexicon.Word.ENGLISH_WORD) || EnglishNouns.contains(text, start, end)
                || EnglishWords.contains(text, start, end) || EnglishNouns.isPhrasal(text, start, end)
                || PlainLogins.contracted(text, end)) {
            // "tunnus lukossa", "user story", "login page", "account handover"
            return false;
        }
        if (whole.isName()) {
            // Voikko's name in lower case ("aino"); a list's only is as often an English word ("account is ready")
            return !whole.is(NameLexicon.Word.LISTED);
        }
        for (int initials = 1; initials <= MOST_INITIALS && end - start - initials >= SHORTEST; initials++) {
            if (lexicon.lookup(text, start + initials, end).isName()) {
                return true;
            }
        }
        return PlainLogins.isLogin(text, start, end, whole);
    }
}
