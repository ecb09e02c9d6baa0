package fi.servicedesk.redaction.detection;

/**
 * Things, firms, ships and storms that bear people's names, told apart by the words around them rather than by the
 * name: {@link ThingsAfterDeterminers} ("the Viking Grace"), {@link ShipsAndStorms} ("M/S Viking Grace", "Hurricane
 * Milton", "nattåget Chopin"), {@link PetNames} ("Väinö (kissa, Maine Coon)", "Onnin rokotus"), {@link Airports} ("Pariisin Charles de Gaulle"), {@link VesselsTravelledOn} ("sailed on
 * Pacific Dawn"), {@link TitlesOfWorks} ("the song Jolene", "Item: Emma / Jane Austen", "virsi 341 (Lina Sandell)"), {@link WorksInAProgramme}
 * ("Programme: Britten: War Requiem"), {@link
 * ScriptureReferences} ("John 3:16", "Luukkaan evankeliumi"), {@link TeamsInMatches} ("Jokerit vs Kärpät"),
 * {@link ToursAndTributes} ("Kaija Koo -kiertue", "Juice Leskinen Tribute Band"), {@link MachinesByTheirMaker} ("Massey Ferguson 7S"), {@link InstrumentsNamedAfterPeople} ("Kerrfilen", "Foley-katetri"), {@link PerformersOnTheBill} ("esiintyjänä
 * Kaija Koo", "GUEST LIST – Lewis Capaldi, Usher Hall"),
 * {@link CompoundNouns} ("Karhu-tiimi"), {@link CamelCaseProducts} ("OneDrivesta"), {@link NounsBeforeNames}
 * ("Interpreter Vu Thi Tuan"), {@link ThingsOneLogsInTo} ("locked out of Morgan Stanley"), {@link ThingsOneIsIn}
 * ("Gallring i Heeros") and {@link FirmsByLegalForm} ("Karl Fazer Oy"), {@link FirmsOfJoinedNames} ("Lassila & Tikanoja"), {@link
 * FamilyFirmsByTheirTrade} ("Hovilan Taksi", "Hovilataxi"), {@link FirmsAfterTheirTrade} ("insurer
 * Churchill"), {@link FirmsBeforeTheirDepartments} ("To: Churchill, claims dept."), {@link FirmsNamedInTheGenitive}
 * ("Replacement from Clarks declined"), {@link WhereSomeoneIsFrom} ("Adekunle from Leeds"), {@link PlacesAfterPremises}
 * ("depot Leeds"), {@link FirmsBeforeTheirHandles} ("Vesiteho @VesitehoVaasa"), {@link ThingLabels} ("Alert fired:
 * Charles Schwab"), {@link NamedProducts} ("Alexa keeps answering", "Hartwallilta"), {@link ProductsBeforeTheirSize} ("Molok
 * Classic 5 m³"), {@link ModelsAfterMakers} ("Honda
 * Civic", "Renault Zoe"), {@link SoftwareBeforeItsNouns} ("Jarvis outage"), {@link BrandsBeforeTheirGoods} ("Gallo
 * wine"), {@link DishesAndDrinks} ("Eggs Benedict", "viini Chablis 2021", "laktosfri"), {@link ClassesAndCups}
 * ("Spinning Lotta", "Ryder Cup"), {@link AnimalBreeds} ("Jack Russell terrier", "kissa, Maine Coon"), {@link ThingsUsed} ("used Frida"),
 * {@link SystemsInSubjectLines} ("Matkalasku palautui (Rydoo)"),
 * {@link CaseSystemFooters} ("--\nFiixit · Case …"), {@link MeterModels} ("mittari Diehl Hydrus"),
 * {@link TelecomProducts} ("Tre Företag Fast Pris"), {@link OperatorsByTheirKind} ("Vilja Tele"), {@link TariffNames}
 * ("tariff Green Tracker"), {@link TelecomTerms} ("ROAM-MOC", "Växel;08-787 86 00"), {@link RoamingZones} ("Do I pay
 * extra in Norden?"), {@link WikiControls} ("Gillas av", "IT / How-to / …"), {@link ThingsOfAKind} ("The kiosk browser
 * is Vivaldi"), {@link LanguagesAndPlanets} ("written in Haskell", "Venus and Mars"), {@link InhabitantWords} ("the
 * Irish pub") and {@link NamedInstitutions} ("Aalto University"), {@link BuildingsNamedAfterPeople} ("Fulbrights Depot"), {@link HallsAfterTheirNames} ("Symphony Hall"), {@link Venues} ("Sokos Hotel Eden", "Ravintola Kanerva"),
 * {@link BuildingParts} ("Outpatients Block C"), {@link ColonInflections} ("Esko:iin"), {@link OfficeNames}
 * ("Tietohallinto", "Juridiska enheten") and {@link JobTitles} ("Legal Counsel"), {@link UnitsUnderSigners} ("Aino
 * Virta\nAdmissions"); the words of {@link SpellingAlphabets} ("S as in Sierra"), {@link SaintsAndHolidays} ("St Mary's
 * Hospital", "Annan nimipäivä"), {@link ChurchesAndParishes} ("Kallion kirkko", "Johannes församling"), {@link FarmsNamedAfterFamilies} ("Koivulan tila",
 * "Västergårds lantbruk", "Tregarthens Barton"), names before {@link ProductVersions} ("Ruby 3.9"), ordinary words' genitives after a
 * role in another case ({@link GenitivesAfterInflectedRoles}: "asiakkaalle sadun korjauksen"), places in the illative
 * after a verb of going ({@link PlacesGoneTo}: "jäi Lyoniin"), the stops of a route ({@link PlacesOnARoute}: "Wuhan –
 * Batumi – Helsinki"), {@link StockReplies} ("Will do, thanks.") and the items of a list of things
 * ({@link ThingsInLists}: "Finance, Legal and Payroll"). They run before {@link RepeatedNames}, so that a thing's name
 * is not taken for a person's elsewhere in the message, and again after it, so that a person's name repeated inside a
 * thing's name stays the thing's.
 */
final class ThingsNamedLikePeople {

    private ThingsNamedLikePeople() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names) {
        // Every rule here only takes marks off: with none left (the rules before took them all), there is nothing to do.
        if (!PersonNameDetector.anyMarked(names)) {
            return;
        }
        ThingsAfterDeterminers.unmark(text, tokens, words, names);
        ShipsAndStorms.unmark(text, tokens, words, names);
        PetNames.unmark(text, tokens, words, names);
        Airports.unmark(text, tokens, lexicon, words, names);
        VesselsTravelledOn.unmark(text, tokens, words, names);
        TitlesOfWorks.unmark(text, tokens, words, names);
        WorksInAProgramme.unmark(text, tokens, words, names);
        ScriptureReferences.unmark(text, tokens, names);
        TeamsInMatches.unmark(text, tokens, names);
        ToursAndTributes.unmark(text, tokens, names);
        PerformersOnTheBill.unmark(text, tokens, names);
        MachinesByTheirMaker.unmark(text, tokens, names);
        InstrumentsNamedAfterPeople.unmark(text, tokens, names);
        CompoundNouns.unmark(text, tokens, lexicon, names);
        CamelCaseProducts.unmark(text, tokens, lexicon, names);
        NounsBeforeNames.unmark(text, tokens, words, names);
        ThingsOneLogsInTo.unmark(text, tokens, names);
        ThingsOneIsIn.unmark(text, tokens, names);
        FirmsByLegalForm.unmark(text, tokens, names);
        FirmsOfJoinedNames.unmarkNamesakes(text, tokens, words, names);
        FamilyFirmsByTheirTrade.unmark(text, tokens, words, names);
        FirmsAfterTheirTrade.unmark(text, tokens, words, names);
        FirmsBeforeTheirDepartments.unmark(text, tokens, words, names);
        FirmsNamedInTheGenitive.unmark(text, tokens, lexicon, names);
        WhereSomeoneIsFrom.unmark(text, tokens, words, names);
        PlacesAfterPremises.unmark(text, tokens, words, names);
        FirmsBeforeTheirHandles.unmark(text, tokens, words, names);
        ThingLabels.unmark(text, tokens, words, names);
        ListedBrands.unmark(text, tokens, words, names);
        ModelsAfterMakers.unmark(text, tokens, words, names);
        SoftwareBeforeItsNouns.unmark(text, tokens, names);
        BrandsBeforeTheirGoods.unmark(text, tokens, names);
        DishesAndDrinks.unmark(text, tokens, words, names);
        ClassesAndCups.unmark(text, tokens, words, names);
        AnimalBreeds.unmark(text, tokens, names);
        ThingsUsed.unmark(text, tokens, names);
        SystemsInSubjectLines.unmark(text, tokens, words, names);
        CaseSystemFooters.unmark(text, tokens, words, names);
        MeterModels.unmark(text, tokens, words, names);
        NamedProducts.unmark(text, tokens, words, names);
        ProductsBeforeTheirSize.unmark(text, tokens, words, names);
        TelecomProducts.unmark(text, tokens, words, names);
        OperatorsByTheirKind.unmark(text, tokens, names);
        TariffNames.unmark(text, tokens, words, names);
        TelecomTerms.unmark(text, tokens, words, names);
        RoamingZones.unmark(text, tokens, names);
        WikiControls.unmark(text, tokens, words, names);
        ThingsOfAKind.unmark(text, tokens, words, names);
        LanguagesAndPlanets.unmark(text, tokens, words, names);
        NamedInstitutions.unmark(text, tokens, words, names);
        PlacesByTheirCompassPoint.unmark(text, tokens, words, names);
        BuildingsNamedAfterPeople.unmarkNamesakes(text, tokens, words, names);
        HallsAfterTheirNames.unmark(text, tokens, words, names);
        BuildingParts.unmark(text, tokens, words, names);
        ColonInflections.unmark(text, tokens, names);
        Venues.unmark(text, tokens, words, names);
        OfficeNames.unmark(text, tokens, words, names);
        JobTitles.unmark(text, tokens, words, names);
        UnitsUnderSigners.unmark(text, tokens, words, names);
        SpellingAlphabets.unmark(text, tokens, names);
        SaintsAndHolidays.unmark(text, tokens, words, names);
        ChurchesAndParishes.unmark(text, tokens, words, names);
        FarmsNamedAfterFamilies.unmark(text, tokens, words, names);
        ProductVersions.unmark(text, tokens, words, names);
        GenitivesAfterInflectedRoles.unmark(text, tokens, words, names);
        PlacesGoneTo.unmark(text, tokens, words, names);
        StockReplies.unmark(text, tokens, names);
        ThingsInNounPhrases.unmark(text, tokens, names);
        EponymousExpressions.unmark(text, tokens, words, names);
        WorldPlaces.unmark(text, tokens, words, names);
        InhabitantWords.unmark(text, tokens, names);
        PlacesInLists.unmark(text, tokens, words, names);
        PlacesOnARoute.unmark(text, tokens, words, names);
        ThingsInLists.unmark(text, tokens, words, names);
    }
}
