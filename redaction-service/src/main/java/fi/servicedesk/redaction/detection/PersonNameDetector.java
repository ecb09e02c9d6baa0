package fi.servicedesk.redaction.detection;

import java.util.Arrays;
import java.util.List;

/**
 * Everyone's names, not only the subject's (R3.2, R8.2): a colleague beside their e-mail, a
 * name in the genitive before what it owns, a manager after "esimieheni" or "my manager", a first
 * name after a greeting. The readings come from {@link NameLexicon} (Voikko, so any inflection:
 * "Hirvoselle" is the surname Hirvonen); the rules decide which readings the text uses:
 * <ul>
 *   <li>a word that is only a name ("Jarmon", "Hirvoselle", also in lower case) is one;</li>
 *   <li>a capitalised word that is a name and also an ordinary word or a place ("Laine", "Matti",
 *       "Mäkelä") is one inside a sentence, not where a sentence begins ("Anna minulle …"), and
 *       never in lower case ("laine", "koskinen");</li>
 *   <li>two spaced capitalised words of which one is a first or last name are one person's
 *       ("Anna Laine", "Jarmo Smithson", "Sven Virtanen");</li>
 *   <li>after a cue — a greeting or thanks, "cc:", "regards", "ask", "kysy", a title or role such
 *       as "esimieheni", "kollega", "my manager", "Mr" — one or two capitalised words that are
 *       not places or ordinary words, or a lower-case name, are a name.</li>
 * </ul>
 * The rules of each family are a class of their own: {@link FullNames}, {@link UnknownFullNames}, {@link NamesAfterCues},
 * {@link NamesBeforeReportingVerbs}, {@link FinnishPersonPhrases}, {@link NamesThatHave}, {@link ContactedInLowerCase}, {@link EnglishPersonPhrases}, {@link SwedishPersonPhrases},
 * {@link NameLayout}, {@link ChatExportHeaders}, {@link MailHeaders} (a mail header's sender and recipients), {@link ReplyAttributions} (who wrote a quoted reply), {@link ChatTranscripts}, {@link ChatSpeakers}, {@link NamesInHashtags}, {@link SelfIntroductionsInLowerCase}, {@link PersonColumns}, {@link NamesInApposition}, {@link NameLists}, {@link SurnameParticles}, {@link GivenNamesBeforeInitials}, {@link AccordingTo}, {@link ResidentListRows},
 * {@link AddressLocalParts}, {@link RepeatedNames}, {@link NamesOpeningACompound}, {@link RetypedNames}, {@link NamesBrokenOverLines}, {@link GluedNames}, {@link ChatMentions}, {@link IntroductionsAfterGreetings}, {@link NamesInQueries}, {@link NamesInFileNames}, {@link ContactCardNames}, {@link ExpandedRecordNames}, {@link GitAuthorNames},
 * {@link NamesBeforeHonorifics}, {@link ChineseNames}, {@link KoreanNames}, {@link RomanizedGivenNames}, {@link NamesInTheirOwnScript} (after the look-alike rules, beside the Latin names they leave), {@link DirectoryEntries}, {@link SlashSignatures}, {@link SignOffInitials}, {@link SignedInitials} (a delivery's signature), {@link BookedPassengers}, {@link SpokenCaseEndings}, {@link NamesGivenWhenAsked} and {@link NamesInCapitals} mark names, and a bot's or a recogniser's training data marks its own ({@link TaggedTokenRows}, {@link EntityAnnotations}: {@link Annotations}, whose word goes over the others') ({@link DoubleSurnames}, {@link SurnamesOfTwoAfterInitials}, {@link SurnamesOfTwoWrittenFirst}, {@link SurnamesJoinedByParticles}, {@link SurnamesJoinedByCapitalParticles} and {@link IrishDoubleSurnames} join a double surname's two, {@link GivenNamesOfOnePerson} one person's given names, after {@link GivenNamesBeforeDoubleSurnames} marks the one nobody knows before a double surname, {@link GivenNamePairs} two given names standing alone); then {@link NameTagger}, if switched on, marks the words its model (learnt from the
 * evaluation sets) scores as names; {@link ColumnsNamingThings} (a table's column of states or of boats), {@link NotAPerson}, {@link BuildingsNamedAfterPeople}, {@link Eponyms}, {@link CommandLines}, {@link SpeakerLabels}, {@link MailHeaders} (its labels, dates and raw values), {@link ReplyAttributions} (the rest of an attribution's line), {@link NumberLabels}, {@link CounterNouns}, {@link UnitSymbols}, {@link MedicineDoses}, {@link LegalReferences}, {@link GreetingOpeners}, {@link MarkupTags}, {@link ServiceMailboxes}, {@link AcronymsBetweenWords}, {@link ThingsNamedLikePeople}, {@link WordsOpeningAClause}, {@link SelfServicePages} (a possessive naming a service's pages: "My Account", "Mina sidor"), {@link FamilyWords} (what a family calls its own), {@link ColloquialQuestions}, {@link CalendarProperties}, {@link ColumnTitles}, {@link TimeZoneNames}, {@link DialInPlaces}, {@link ParticipantRoles}, {@link HandsetModels} and {@link Hl7Fields} (an HL7 segment's fields other than its name fields) take the mark
 * off look-alikes, the rules' and the model's alike, {@link NamesBesideNames} marks the other half of a name found (with {@link WordNamesBeforeSurnames}; {@link NamesInCapitals} a form's surname in capitals no list knows after the given names; {@link SurnamesFirstInFields} a field's surname before its comma, {@link SurnamesInCapitalsFirst} a list's or form's surname in capitals before its given name, {@link NameHalvesInFields} a field's other half whatever it reads as), {@link FieldKeys}, {@link ToolWords} and {@link Hl7Fields} then take the mark off a tool's keys and vocabulary and an HL7 segment's data again (and {@link PronounsOpeningASentence} off German's polite Sie, {@link GreetingOpeners} off a greeting's second word), {@link FamilyPlurals} marks a family's plural after them, and {@link LetterSpacedWords} decides words spelt letter by letter. Each reads the marks of the rules before it, so their order is part of the
 * rules. The finding's value is the base form, so "Hirvonen", "Hirvosen" and "Hirvoselle" share one placeholder.
 * A case ending written after an apostrophe is the name's ({@link CaseEndingsAfterApostrophes}: "Dubois'n").
 */
public final class PersonNameDetector implements Detector {

    private static final int[] NO_SPANS = {};

    private final NameLexicon lexicon;
    /** Null when the tagger is switched off (redaction.names.tagger.enabled): the rules alone. */
    private final NameTagger tagger;

    public PersonNameDetector(NameLexicon lexicon) {
        this(lexicon, null);
    }

    public PersonNameDetector(NameLexicon lexicon, NameTagger tagger) {
        this.lexicon = lexicon;
        this.tagger = tagger;
    }

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        var tokens = message.words();
        int n = tokens.size();
        if (n == 0) {
            return;
        }
        int firstFound = findings.size();
        var words = new NameLexicon.Word[n];
        var names = new boolean[n];
        // Most rules begin at a capitalised word, and most words are none: those rules visit only these.
        int[] capitals = readWords(text, tokens, words, names);
        SpokenCaseEndings.mark(text, tokens, lexicon, words, names);
        int[] directory = DirectoryEntries.mayHoldEntries(message) ? DirectoryEntries.names(text, lexicon) : NO_SPANS;
        EnglishPersonPhrases.markNamesBeforePossessiveOrFrom(text, tokens, words, names, capitals);
        SwedishPersonPhrases.markGenitives(text, tokens, lexicon, words, names, capitals);
        SurnameParticles.markArticles(text, tokens, lexicon, words, names);
        for (int t : capitals) {
            SurnameParticles.mark(text, tokens, words, names, t);
            // To or from whom: also the message's last word ("Välitin viestin Yaroslaville.").
            FinnishPersonPhrases.markToOrFromUnknown(text, tokens, words, names, t);
            FinnishPersonPhrases.markToOrFromWordName(text, tokens, words, names, t);
            FinnishPersonPhrases.markWithout(text, tokens, words, names, t);
            if (t + 1 < n) {
                FullNames.mark(text, tokens, lexicon, words, names, t);
                UnknownFullNames.mark(text, tokens, words, names, t);
                FinnishPersonPhrases.markOwner(text, tokens, words, names, t);
                FinnishPersonPhrases.markAway(text, tokens, words, names, t);
                EnglishPersonPhrases.markAway(text, tokens, words, names, t);
                SwedishPersonPhrases.markSubject(text, tokens, words, names, t);
                NamesAddressed.mark(text, tokens, words, names, t);
            }
        }
        NamesAfterCues.mark(text, tokens, words, names);
        for (int t = 0; t + 1 < n; t++) {
            NamesBeforeReportingVerbs.mark(text, tokens, words, names, t);
            FinnishPersonPhrases.markAskedAbout(text, tokens, words, names, t);
            FinnishPersonPhrases.markReached(text, tokens, words, names, t);
            NamesThatHave.mark(text, tokens, words, names, t);
            ContactedInLowerCase.mark(text, tokens, words, names, t);
            EnglishPersonPhrases.markAwayInLowerCase(text, tokens, words, names, t);
            NameLayout.markChatSpeaker(text, tokens, words, names, t);
        }
        NameLayout.markSignaturesAndInitials(text, tokens, words, names);
        InitialledSurnamesAfterCues.mark(text, tokens, words, names);
        if (NameLayout.mayHoldChatHeaders(message)) {
            NameLayout.markChatHeaders(text, tokens, words, names);
        }
        if (ChatExportHeaders.mayHoldHeaders(message)) {
            ChatExportHeaders.mark(text, tokens, words, names);
        }
        ChatTranscripts.mark(text, tokens, words, names);
        ChatSpeakers.mark(message, tokens, words, names);
        SelfIntroductionsInLowerCase.mark(text, tokens, words, names);
        if (NamesGivenWhenAsked.mayHoldQuestion(message)) {
            NamesGivenWhenAsked.mark(text, tokens, words, names);
        }
        NameLayout.markClosingName(text, tokens, words, names);
        int[] nameTitleLines = NameLayout.mayHoldNameColumns(message) ? NameLayout.markNameColumns(text, tokens, words, names) : NO_SPANS;
        int[] titleLines = PersonColumns.mayHoldTable(message) ? PersonColumns.mark(text, tokens, words, names) : NO_SPANS;
        NameLayout.markListItems(text, tokens, words, names, capitals);
        SurnamesBeforeInitials.mark(text, tokens, words, names, capitals);
        GivenNamesBeforeInitials.mark(text, tokens, words, names, capitals);
        VietnameseNames.mark(text, tokens, names, capitals);
        ChineseNames.mark(text, tokens, words, names, capitals);
        KoreanNames.mark(text, tokens, names, capitals);
        RomanizedGivenNames.mark(text, tokens, lexicon, names, capitals);
        NamesInApposition.mark(text, tokens, words, names, capitals);
        AddressLocalParts.mark(text, tokens, words, names, capitals);
        NameLists.markLabelledLists(text, tokens, words, names);
        AttendeesByInitials.mark(text, tokens, lexicon, words, names);
        MinuteCheckersByInitials.mark(text, tokens, lexicon, words, names);
        int[] mailHeaders = MailHeaders.mayHoldHeaders(message) ? MailHeaders.find(text, tokens) : NO_SPANS;
        MailHeaders.markDisplayNames(text, tokens, words, names, mailHeaders);
        int[] attributions = ReplyAttributions.mayHoldAttributions(message) ? ReplyAttributions.find(text, tokens, words) : NO_SPANS;
        ReplyAttributions.markWriters(text, tokens, names, attributions);
        FinnishPersonPhrases.markGenitivesBeforePostpositions(text, tokens, words, names, capitals);
        NameLists.markJoined(text, tokens, words, names);
        EnglishPersonPhrases.markPossessors(text, tokens, words, names, capitals);
        AccordingTo.mark(text, tokens, words, names);
        NamesInCapitals.mark(text, tokens, lexicon, words, names);
        int[] residents = ResidentListRows.find(text, tokens, words);
        byte[] annotations = TaggedTokenRows.mayHoldRows(message) ? TaggedTokenRows.read(text, tokens, null) : null;
        annotations = EntityAnnotations.mayHold(message) ? EntityAnnotations.read(text, tokens, annotations) : annotations;
        Annotations.apply(annotations, names);
        // The model's names before the look-alike rules, which take the mark off its look-alikes as off the rules'.
        if (tagger != null) {
            var ruled = names.clone();
            tagger.mark(text, tokens, lexicon, words, names);
            CommonWordsTheModelMarked.unmark(text, tokens, words, ruled, names);
            CodesTheModelMarked.unmark(text, tokens, lexicon, ruled, names);
            // A table's title line names columns, not people ("| Task | Owner | Due |", "Full Name⇥Join Time⇥Email"): the
            // model's marks come off it too.
            TextTables.unmarkTitles(names, titleLines);
            TextTables.unmarkTitles(names, nameTitleLines);
        }
        Annotations.apply(annotations, names);
        if (PersonColumns.mayHoldTable(message) && anyMarked(names)) {
            ColumnsNamingThings.unmark(text, tokens, names);
        }
        unmarkConjunctionsAndCues(text, tokens, words, names);
        // The rules after this point only take marks off or repeat a word already marked: a message with none is done.
        boolean anyMarked = anyMarked(names) || directory.length > 0 || residents.length > 0;
        int[] glued = NO_SPANS;
        var spelt = LetterSpacedWords.Spelt.NONE;
        if (anyMarked) {
            NotAPerson.unmark(text, tokens, words, names);
            BuildingsNamedAfterPeople.unmark(text, tokens, words, names);
            Eponyms.unmark(text, tokens, words, names);
            CommandLines.unmark(text, tokens, names);
            GluedCodes.unmark(text, tokens, names);
            SpeakerLabels.unmark(text, tokens, names);
            NumberLabels.unmark(text, tokens, names);
            CounterNouns.unmark(text, tokens, words, names);
            UnitSymbols.unmark(text, tokens, names);
            MedicineDoses.unmark(text, tokens, words, names);
            LegalReferences.unmark(text, tokens, names);
            GreetingOpeners.unmark(text, tokens, names);
            MarkupTags.unmark(text, tokens, names);
            ServiceMailboxes.unmark(text, tokens, words, names);
            AcronymsBetweenWords.unmark(text, tokens, words, names);
            NamesInCapitals.unmarkWords(text, tokens, lexicon, names);
            spelt = LetterSpacedWords.mark(text, tokens, lexicon, names);
            ThingsNamedLikePeople.unmark(text, tokens, lexicon, words, names);
            var lookAlikesUnmarked = names.clone();
            WordsOpeningAClause.unmark(text, tokens, words, names);
            KinWordsBeforeNames.unmark(text, tokens, words, names);
            FamilyWords.unmark(text, tokens, words, names);
            FunctionWordsInLowerCase.unmark(text, tokens, words, names);
            PronounsOpeningASentence.unmark(text, tokens, words, names);
            SelfServicePages.unmark(text, tokens, words, names);
            ColloquialQuestions.unmark(text, tokens, lexicon, words, names);
            CalendarProperties.unmark(text, tokens, names);
            ColumnTitles.unmark(text, tokens, words, names);
            TimeZoneNames.unmark(text, tokens, names);
            DialInPlaces.unmark(text, tokens, names);
            ParticipantRoles.unmark(text, tokens, names);
            HandsetModels.unmark(text, tokens, names);
            Hl7Fields.unmark(text, tokens, names);
            NamesBesideNames.mark(text, tokens, words, names);
            NamesInCapitals.markUnknownSurnamesAfterNames(text, tokens, lexicon, words, names);
            SwedishPersonPhrases.markSurnameGenitivesAfterNames(text, tokens, words, names);
            SurnamesFirstInFields.mark(text, tokens, words, names);
            SurnamesInCapitalsFirst.mark(text, tokens, lexicon, words, names);
            NameHalvesInFields.mark(text, tokens, words, names);
            NamesInTheirOwnScript.mark(text, tokens, lexicon, names);
            // A directory's attribute says its words are names, whatever the rules above read in them.
            glued = directory.length == 0 ? directory : DirectoryEntries.mark(text, tokens, names, directory);
            RepeatedNames.mark(text, tokens, words, names);
            NamesBesideNames.markShapedWords(text, tokens, words, names);
            RetypedNames.mark(text, tokens, words, names);
            // After the rules that mark a name's neighbours and repeats, which would mark a key beside a name again.
            FieldKeys.unmark(text, tokens, words, names);
            ToolWords.unmark(text, tokens, words, names);
            Hl7Fields.unmark(text, tokens, names);
            PronounsOpeningASentence.unmarkGermanPolite(text, tokens, names);
            GreetingOpeners.unmarkSecondWords(text, tokens, names);
            // Again for the marks the rules since have put back or added; with none, the look-alikes were taken off.
            if (anyMarkedSince(lookAlikesUnmarked, names)) {
                ThingsNamedLikePeople.unmark(text, tokens, lexicon, words, names);
            }
            // A list of residents' layout says its words are names, whatever the look-alike rules read in them ("Kalle-Benjamin F35").
            ResidentListRows.mark(text, tokens, lexicon, words, names, residents);
            FamilyPlurals.mark(text, tokens, lexicon, names);
            // Last, as the rules that repeat a name found take a header's label or date in again ("Gesendet:").
            MailHeaders.unmark(text, tokens, words, names, mailHeaders);
            ReplyAttributions.unmarkTheRest(names, attributions);
            Annotations.apply(annotations, names);
        }
        ChatMentions.find(text, lexicon, findings);
        if (message.has('#')) {
            NamesInHashtags.find(text, lexicon, findings);
        }
        if (message.has('=')) {
            NamesInQueries.find(text, tokens, words, names, lexicon, findings);
        }
        if (message.has('_')) {
            NamesInFileNames.find(text, lexicon, findings);
        }
        if (message.has('-')) {
            NamesBeforeHonorifics.find(text, findings);
        }
        DirectoryEntries.find(text, lexicon, glued, findings);
        SignOffInitials.find(text, findings);
        if (SignedInitials.mayHoldSignatures(message)) {
            SignedInitials.find(text, findings);
        }
        if (message.has('/')) {
            SlashSignatures.find(text, lexicon, findings);
            BookedPassengers.find(text, lexicon, findings);
        }
        int[] runs = spelt.runs();
        if (anyMarked && message.has('-')) {
            GivenNamesBeforeDoubleSurnames.mark(text, tokens, words, names);
        }
        if (anyMarked && message.has('.')) {
            AbbreviatedGivenNames.unmark(text, tokens, words, names);
        }
        // The given names last, as they are the names before (or after) the surname the other rules have joined.
        boolean[] joined = anyMarked ? GivenNamePairs.join(text, tokens, words, names, GivenNamesOfOnePerson.join(text, tokens, words, names, IrishDoubleSurnames.join(text, tokens, names,
                ArabicSurnames.join(text, tokens, names, SurnamesJoinedByCapitalParticles.join(text, tokens, words, names, SurnamesJoinedByParticles.join(text, tokens, words, names,
                SurnamesOfTwoWrittenFirst.join(text, tokens, words, names,
                SurnamesOfTwoAfterInitials.join(text, tokens, words, names, DoubleSurnames.secondParts(text, tokens, words, names))))))))) : null;
        for (int t = 0, run = 0; anyMarked && t < n; t++) {
            if (run < runs.length && t == runs[run]) {
                if (names[t]) {
                    findings.add(spelt.finding(tokens, run));
                }
                t = runs[run + 1];
                run += 2;
            } else if (names[t] && !NotAPerson.isDate(text, tokens, names, t)) {
                var value = DoubleSurnames.base(text, tokens, words, t);
                // "Ma. Cristina": an abbreviated first given name is the person's too.
                int start = AbbreviatedGivenNames.start(text, tokens, words, names, t, Initials.start(text, tokens, SurnameParticles.firstParticle(text, tokens, t)));
                // "Rodríguez Núñez", "bin Saeed Al Hashimi": a surname of several words is one name (DoubleSurnames, ArabicSurnames).
                while (joined != null && t + 1 < n && joined[t + 1]) {
                    t++;
                    value = value + " " + DoubleSurnames.base(text, tokens, words, t);
                }
                // "Dubois'n": a foreign name's case ending after an apostrophe is the name's.
                int end = CaseEndingsAfterApostrophes.end(text, Initials.end(text, tokens, names, t));
                findings.add(new Finding(EntityType.NAME, start, end, value));
            }
        }
        // After the marked words' findings, as they add only what no rule has found; before the rules that look for the
        // names found glued into words or broken over lines.
        IntroductionsAfterGreetings.find(message, lexicon, findings);
        if (message.has('.')) {
            ContactCardNames.find(text, lexicon, findings);
        }
        if (message.has('|')) {
            ExpandedRecordNames.find(text, lexicon, findings);
        }
        if (message.has('=') || message.has('(')) {
            GitAuthorNames.find(text, lexicon, findings);
        }
        NamesBrokenOverLines.find(text, findings, firstFound);
        GluedNames.find(text, findings, firstFound);
        NamesOpeningACompound.find(text, lexicon, findings, firstFound);
    }

    /**
     * "ja", "tai", "and", "or" in lower case join names and are none, whichever rule or score took them in with the names
     * beside them ("ilmoittakaa Jonnalle tai Hely Uusitalolle", "Ota yhteyttä Kanyaan tai Raniaan"); nor is a cue
     * opening a sentence before a name ({@link NamesAfterCues#isCueBeforeName}).
     */
    private static void unmarkConjunctionsAndCues(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && (NameLists.isConjunction(text, tokens, t) || NamesAfterCues.isCueBeforeName(text, tokens, words, names, t))) {
                names[t] = false;
            }
        }
    }

    static boolean anyMarked(boolean[] names) {
        for (boolean name : names) {
            if (name) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code names} holds a mark that {@code before} did not. */
    private static boolean anyMarkedSince(boolean[] before, boolean[] names) {
        for (int t = 0; t < names.length; t++) {
            if (names[t] && !before[t]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word in {@code [from, to)} is marked: a rule that only takes marks off a run of words there has nothing
     * to do without one, and this look costs less than its own.
     */
    static boolean anyMarked(boolean[] names, int from, int to) {
        for (int t = from; t < to; t++) {
            if (names[t]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each capitalised word's readings, and each lower-case one's of three letters or more; a word
     * is a name by its readings alone where it is only a name, or a name inside a sentence. Returns
     * the capitalised words' indices, in order.
     */
    private int[] readWords(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        var capitals = new int[tokens.size()];
        int count = 0;
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.isCapitalised(t)) {
                capitals[count++] = t;
                words[t] = lexicon.lookup(text, tokens.start(t), tokens.end(t));
                var w = words[t];
                // A surname that is also a word opens a sentence as the word ("Kivi osui …", "Mäen takana"), unless
                // what follows makes it a person (a first name, a reporting verb, a possession: rules below).
                // So does a given name that is also a verb's form where what a label's colon opens goes on in lower
                // case ("Viesti asiakaspalveluun: Annoin noutokoodin …"): the colon opens a sentence there as a full stop
                // does; a noun there is a name's genitive before what it owns ("Paikka: Matin työpiste").
                names[t] = (w.isOnlyName() || w.isName() && !tokens.beginsSentence(t)
                        && !(w.is(NameLexicon.Word.VERB) && opensSentenceOrSpeech(tokens, t))
                        || w.is(NameLexicon.Word.LAST) && !w.is(NameLexicon.Word.PLACE)
                        && !(w.is(NameLexicon.Word.COMMON) && tokens.beginsSentence(t)))
                        // "Hand the badge to …", "Grant me access": an English word opening a sentence is that word, and so
                        // is one opening what a speaker says after their colon ("Fredy from Norwich: Love it", "Shop
                        // reply to Luana: So sorry!"); a label's value alone ("Approver: Saffron") stays a name.
                        && !(opensSentenceOrSpeech(tokens, t) && w.is(NameLexicon.Word.ENGLISH_WORD));
            } else if (tokens.isLowerCase(t) && tokens.length(t) > 2) {
                words[t] = lexicon.lookup(text, tokens.start(t), tokens.end(t));
                // "c/o neck pain": a surname that is a common English word is the word in lower case; chat writes
                // given names so ("ta daisy!"), not surnames. A chat in lower case writes names so ("hei tuija"); a
                // line the writer capitalises would give a name its capital, so a word there in lower case is the
                // language's ("saknar ström", "Status: stig in"), unless a cue below marks it. A given name and a
                // surname side by side are a name in any line: a phone capitalises the line's first letter alone
                // ("Hei, pirjo virolainen"), and "john baker" is no baker.
                names[t] = inLowerCaseFullName(text, tokens, t, words[t])
                        || words[t].isOnlyNameInLowerCase()
                        && (words[t].is(NameLexicon.Word.FIRST) || !EnglishWords.contains(text, tokens.start(t), tokens.end(t)))
                        && !CommonWordsTheModelMarked.standsInCapitalisedLine(text, tokens, t);
            }
        }
        return Arrays.copyOf(capitals, count);
    }

    /**
     * Word {@code t} in lower case is a given name that is nothing else before a word with a surname reading, or that
     * surname after it: a full name written in lower case ("pirjo virolainen", "john baker").
     */
    private boolean inLowerCaseFullName(String text, Tokens tokens, int t, NameLexicon.Word w) {
        if (isOnlyGivenName(w) && t + 1 < tokens.size() && isLowerCaseWordAfter(tokens, t + 1)) {
            return lexicon.lookup(text, tokens.start(t + 1), tokens.end(t + 1)).is(NameLexicon.Word.LAST);
        }
        return w.is(NameLexicon.Word.LAST) && t > 0 && isLowerCaseWordAfter(tokens, t)
                && isOnlyGivenName(lexicon.lookup(text, tokens.start(t - 1), tokens.end(t - 1)));
    }

    private static boolean opensSentenceOrSpeech(Tokens tokens, int t) {
        return tokens.beginsSentence(t)
                || tokens.opensClause(t) && t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1);
    }

    private static boolean isLowerCaseWordAfter(Tokens tokens, int k) {
        return tokens.spaced(k - 1, k) && tokens.isLowerCase(k - 1) && tokens.isLowerCase(k) && tokens.length(k) > 2;
    }

    private static boolean isOnlyGivenName(NameLexicon.Word w) {
        return w.is(NameLexicon.Word.FIRST) && w.isOnlyNameInLowerCase();
    }
}
