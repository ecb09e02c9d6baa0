package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneDetectorTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "soita 040 123 4567 kiitos|040 123 4567|+358401234567",
            "call +358 40 123 4567 today|+358 40 123 4567|+358401234567",
            "numero 040-1234567.|040-1234567|+358401234567",
            "vaihde 09 1234 5678|09 1234 5678|+358912345678",
            "puh. 0401234567|0401234567|+358401234567",
            "Swedish colleague +46 70 123 45 67 called|+46 70 123 45 67|+46701234567",
            "toimisto (09) 123 456|(09) 123 456|+3589123456",
            "numeroni on 040 12 34 567|040 12 34 567|+358401234567",
            "Norjan toimisto +47 412 34 567 aamulla|+47 412 34 567|+4741234567",
            "Dutch number +31 6 12345678 today|+31 6 12345678|+31612345678",
            "Tampereen vaihde (03) 318 2000 klo 8-16|(03) 318 2000|+35833182000",
            "soita 09-4561230 niin|09-4561230|+35894561230",
            "Kuopio 017-2612345.|017-2612345|+358172612345",
            "puh +358 9 1234 567|+358 9 1234 567|+35891234567",
            "ring 0046 70 123 45 67 please|0046 70 123 45 67|+46701234567",
            "London +44 20 7946 0958 desk|+44 20 7946 0958|+442079460958",
            "US office +1 (415) 555-2671 asap|+1 (415) 555-2671|+14155552671",
            "uusi numero (+358) 41 876 5432 maanantaista|(+358) 41 876 5432|+358418765432",
            "Bogotá (+57) 315-2468024 evenings|(+57) 315-2468024|+573152468024",
            // a phone's word in the writer's own script before a national form
            "Yhteystiedot 電話: 080-4417-2290|080-4417-2290|+818044172290",
            "Tallinn +372 5123 4567 mobile|+372 5123 4567|+37251234567",
            "vaihde (09) 9440474 arkisin|(09) 9440474|+35899440474",
            "laskutus 09 988 2727, kiitos|09 988 2727|+35899882727",
            "Kuopion numero 017-9956679.|017-9956679|+358179956679",
            "Honka,Lumi,0401234567|0401234567|+358401234567",
            "soittakaa 044.432.7904 tai laittakaa viesti|044.432.7904|+358444327904",
            "ring me on 045.440.6189.|045.440.6189|+358454406189",
            "TEL;TYPE=CELL:+358 (41) 201 0856|+358 (41) 201 0856|+358412010856",
            "TEL;TYPE=WORK:06-478 4628|06-478 4628|+35864784628",
            "puh:0401234567|0401234567|+358401234567",
            "Business card: +358 40 765 4321|+358 40 765 4321|+358407654321",
            "Order desk phone: 040 765 4321|040 765 4321|+358407654321",
    })
    void findsNumbersInEveryWrittenForm(String text, String expected, String e164) {
        Found.exactly(detector, text, expected, e164);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "uusi numero O40 731 0714 kiitos|O40 731 0714|+358407310714",
            "call me on +358 4O 328 2936 after lunch|+358 4O 328 2936|+358403282936",
            "puh. 04O0 188 659|04O0 188 659|+358400188659",
            "vaihde +358 (O)13 208 9649|+358 (O)13 208 9649|+358132089649",
            "numeroni o46 333 4692.|o46 333 4692|+358463334692",
            "tässä 0406634O04 jos tarvii|0406634O04|+358406634004",
    })
    void findsANumberTypedWithTheLetterOForAZero(String text, String expected, String e164) {
        Found.exactly(detector, text, expected, e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Plan O 2026, room 4O 12",
            "Huone O4 kerros 3, auto AB-4O0",
            "Versio 1.O.4 julkaistu 2026-11-05",
            "Tilaus O40 731 0714 toimitettu",
            "numeroon\tO\n0406 63 ei mitään",
            "koodi O400 12 ja PO 040 ei",
    })
    void leavesAnOThatMakesNoValidNumberAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Week 35: Hajnalka Hegedűs, 06 30 744 0774 (work)|06 30 744 0774|+36307440774",
            "vko 33: Levente Gulyás, 06-20-344-8889 arkisin klo 7-15|06-20-344-8889|+36203448889",
            "v. 41: Jannike Westerholm, (11) 95431-5659 (kväll)|(11) 95431-5659|+5511954315659",
            "tai 939 600 542 (ilt.).|939 600 542|+351939600542",
    })
    void findsAnotherCountrysNationalFormWithANoteOfWhenToCallAfterIt(String text, String expected, String e164) {
        Found.exactly(detector, text, expected, e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tilaus 06 30 744 0774 (työ) lähti",
            "Lasku 699 979 9766 klo 8-16",
            "Tilausnumero 939 600 542 (ilt.)",
            "Kokous 12.03.2027 klo 9-11",
            "Hinta 1 299 000 € klo 12 mennessä",
            "Versio 4.12.0 between 9 and 5",
    })
    void leavesAThingsNumberWithANoteAfterItAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A first group of six digits is a mobile's prefix only: a landline's area code is never so long. */
    @ParameterizedTest
    @ValueSource(strings = {"order 013149 60682 shipped today", "Viite 016149 60877 maksettu"})
    void leavesALandlinesDigitsGroupedAsNoLandlineIsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Can you ring Boone on 07936225870? Kiitos!|07936225870|+447936225870",
            "I rang Jefferson on 07817 538 545; no answer|07817 538 545|+447817538545",
            "ring me back on 07858 962546? Thanks|07858 962546|+447858962546",
            // a British mobile's first group of six digits, as it is also written
            "Customer: KODANDERA-PALANGANDA Aiyappa Cariappa, 079765 94722|079765 94722|+447976594722",
            "Kopio: Lalthanhawla Chhakchhuak-Khiangte (078550 78028); K.-E. Riihiaho|078550 78028|+447855078028",
            "Jersey mobile 07937457707 only|07937457707|+447937457707",
            "or Kinsley on 0131 496 0682.|0131 496 0682|+441314960682",
            "Manchester office 0161 496 0877 today|0161 496 0877|+441614960877",
            "Puhelin 0176-81793340.|0176-81793340|+4917681793340",
            "Berliini 0151 18335672, kiitos|0151 18335672|+4915118335672",
            "Handy 0176/81793340 bitte|0176/81793340|+4917681793340",
            "Du når mig på 073 057 38 32. Kiitos|073 057 38 32|+46730573832",
            "Mobile 070-600 29 57, mail|070-600 29 57|+46706002957",
            "ring 0706002957 efter lunch|0706002957|+46706002957",
            "Digby's line (617) 555-0187 goes to voicemail|(617) 555-0187|+16175550187",
            "Mobile 312.555.0173, mail|312.555.0173|+13125550173",
            "call 617-555-0134 after nine|617-555-0134|+16175550134",
            "Vastaamaton puhelu: Désir Jean-Wesley (651-306-2735) 14:32|651-306-2735|+16513062735",
            "a forward to Goce Dimovska (604.236.7317) last week|604.236.7317|+16042367317",
            "ring Jimmy on 06 07 53 92 55 so Aurélie does|06 07 53 92 55|+33607539255",
            "On-call: 0491 114 415, Sydney|0491 114 415|+61491114415",
            "Soittakaa Austriaan 0664 318 2270, kiitos|0664 318 2270|+436643182270",
            "Natel 078 412 58 36 bis Freitag|078 412 58 36|+41784125836",
            "Contact: szabolcs.pinter@council.example.gov.uk, 06 30 531 3185|06 30 531 3185|+36305313185",
            "user: 06-20-987-1892 tai sit rautakoskelt voi kysyy|06-20-987-1892|+36209871892",
            "06201102769\tB-PHONE|06201102769|+36201102769",
            "contact Ingrid on 0621 448 3017|0621 448 3017|+436214483017",
            "Vendor hotline: 1-800-273-5518|1-800-273-5518|+18002735518",
            "toll-free 1 (888) 402-7731 only|1 (888) 402-7731|+18884027731",
            "Support: (877) 019-4402|(877) 019-4402|+18770194402",
            "Call 1-866-128-3390 and ask|1-866-128-3390|+18661283390",
            "Sain viestin numerosta (415) 018-2736 eilen|(415) 018-2736|+14150182736",
            "Missed call from 503-099-4127.|503-099-4127|+15030994127",
            "Användaren nås på (212) 104-6650|(212) 104-6650|+12121046650",
    })
    void findsOtherCountriesNumbersInTheirNationalForms(String text, String expected, String e164) {
        Found.exactly(detector, text, expected, e164);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Meeting notes: 8 (916) 452-18-73 is Oleg's mobile|8 (916) 452-18-73|+79164521873",
            "Yhteys Moskovaan: 8 (812) 309-44-10|8 (812) 309-44-10|+78123094410",
            "Vilniaus biuras 8 (5) 213 7740|8 (5) 213 7740|+37052137740",
            "puh. 8 612 48830 iltaisin|8 612 48830|+37061248830",
            "Kaunas office, ring 8 698 12045|8 698 12045|+37069812045",
            "puh. 5217 9043 (Tallinna)|5217 9043|+37252179043",
            "Ring me on 2915 0376 after six.|2915 0376|+37129150376",
            "Besökare: Soili Löfman, tfn 8 (701) 346-45-74|8 (701) 346-45-74|+77013464574",
            "Mobile 2915 0376, Riga office|2915 0376|+37129150376",
            "tel. 913 402 775|913 402 775|+351913402775",
            "Call Beatriz on 952 118 406 if I'm offline|952 118 406|+351952118406",
            "Call Tomás on 958 051 774 if I'm offline|958 051 774|+351958051774",
            "Chiamami / call 347 290 8815 (Milano)|347 290 8815|+393472908815",
            "Soita Madridiin numeroon 612 480 337|612 480 337|+34612480337",
            "Piotr (Warsaw): 512 806 233|512 806 233|+48512806233",
            "Kari Holm, Oslo: 412 58 306|412 58 306|+4741258306",
            "Fernanda Lobo / 917 224 083 ext. 41|917 224 083|+351917224083",
            "Our buddy is Carla Bruni (338 612 9047).|338 612 9047|+393386129047",
            "Ring mig på 542 18 073.|542 18 073|+37254218073",
            "got a text from 347 6120958 after lunch|347 6120958|+393476120958",
            "Message from 512 377 904 about the VPN|512 377 904|+48512377904",
            "Fick ett meddelande från 482 31 957 i morse|482 31 957|+4748231957",
            "Henrik nås på 482 31 957 efter tre|482 31 957|+4748231957",
            "Logged on his behalf by Torvald Haugen, 938 52 614.|938 52 614|+4793852614",
            "Användare: Ebba Lindqvist, 349 2208157|349 2208157|+393492208157",
            "Backup: Natela Abashidze, 544 86 94 42|544 86 94 42|+995544869442",
            "oon Maia ja numero 506 63 95 75|506 63 95 75|+995506639575",
    })
    void findsNumbersOpeningWithNoZeroInTheirCountrysGroupingWithACueOrATrunkEightInParentheses(String text, String expected, String e164) {
        Found.exactly(detector, text, expected, e164);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kerensa Goodchild – Dakar, 5:00, 77 791 30 62|77 791 30 62|+221777913062",
            "Neema Kyomugisha (Dakarissa): klo 5.00, 77 262 23 66|77 262 23 66|+221772622366",
            "Ferdinand Mendoza – Manila, 13:00, 0917 077 4006|0917 077 4006|+639170774006",
            "Makena Okello (Manilassa), 0917 466 0666|0917 466 0666|+639174660666",
            "Juma Kiprono – Bogotá, 3:00, 319 348 8553|319 348 8553|+573193488553",
            "Florencia Benítez – Bogotá, 3:00, 385 538 9779|385 538 9779|+573855389779",
    })
    void findsNationalFormsOfTheCountryItsLineNames(String text, String expected, String e164) {
        Found.exactly(detector, text, expected, e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Dakar office: 77 791 30 62 units shipped",
            "Invoice 77 791 30 62 from Dakar.",
            "Dakar, 15 11 2027.",
            "Dakar: 77 791 30 62 kr",
            "Order 385 538 9779 shipped to Bogotá.",
            "Manila build 10 20 30 40 ms",
            "Shipped 2915 0376 units to Riga",
    })
    void leavesRunsBesideAPlaceThatNoPhoneWouldBeAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Om bryggan inte fungerar, ring Brayans mobil 77 370 57 84.|77 370 57 84|773705784",
            "If the bridge fails, call Honoria on 77 923 73 59.|77 923 73 59|779237359",
            "I'm on 77 435 70 69, well, that's my work mobile.|77 435 70 69|774357069",
            "Mitt ombud nås på 55 1840 6121. Kopia till Elvy.|55 1840 6121|5518406121",
            "On call: Wystan Sweetman, 55 9984 2354|55 9984 2354|5599842354",
            "Mottagare: Lovely Concepcion, 77 181 63 65|77 181 63 65|771816365",
            "Mariel Soriano (Dakarissa): klo 8.00, puh. 77 172 34 50|77 172 34 50|+221771723450",
            "Morwenna is covering; calls go to 503-075-5818 ext. 9509.|503-075-5818|+15030755818",
            "CHAUFFÖR: Lauha Häyrynen tfn 435 17 721|435 17 721|+4743517721",
            "Caller Inigo Ravenscroft on 0905 617 220. Q1 answered.|0905 617 220|0905617220",
            "If it fails, call Mary Ann Smith at 93 069 34 16.|93 069 34 16|+358930693416",
            "Site contact: Ivo Smallwood, 93 953 89 54|93 953 89 54|+358939538954",
            "Shift lead: Hellä Jääskeläinen, 0801 244 9078|0801 244 9078|08012449078",
            "1. Kaapro Säynäjärvi, 0807 401 4059|0807 401 4059|08074014059",
            "- Jóannes Joensen, 676 9252|676 9252|+3586769252",
            "Their contact Eenokki is on 0905 589 847.|0905 589 847|0905589847",
            "Soitan Kohein esimiehelle numeroon 090-0611-1794.|090-0611-1794|09006111794",
            "If the laptop dies, call me on 55 310 442.|55 310 442|+35855310442",
            "Pekan puhelin on rikki, hänen numeronsa on 81 402 337.|81 402 337|+35881402337",
            "Tove är sjuk; Doris nummer är 641 2290.|641 2290|+3586412290",
            "sorry typo, no its 611 2345|611 2345|+3586112345",
            "fel siffra, rätt är 641 2290|641 2290|+3586412290",
            "Regards, Tomas (my Icelandic number) 611 2345|611 2345|+3546112345",
            "Tavoitat minut numerosta (islantilainen numero) 611 2345.|611 2345|+3546112345",
            "Hi Maja, is this you? Code sent to 090 3464 5019: 280630.|090 3464 5019|09034645019",
            "cc: Kipkemboi Kimutai-Kiptanui; Y. Shettima-Kyari (080 6011 9931)|080 6011 9931|+498060119931",
    })
    void findsAnyGroupedNumberAfterAStrongCue(String text, String expected, String value) {
        Found.exactly(detector, text, expected, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "call Honoria on 15 11 2027",
            "puh. 15 11 2027",
            "On call: Wystan Sweetman, 15 11 2027",
            "ring 14 30 - 15 30",
            "I'm on 2 345 678 €",
            "mobil 1 299,00 €",
            "I'm on 10 20 30 40 ms",
            "call about order 55 9984 2354",
            "phone tracking 1234 5678 9012",
            "call Honoria on PIN 6087",
            "I'm on version 10 20 30 40",
            "calls go to 5.12.2 first",
            "puh. 1 2 3 4 5 6 7 8",
            "On call: Ticket Queue, INC 55 9984 2354",
            "1. Order Total, 15 11 2027",
            "- Windows Update, 10 20 30 40 ms",
            "The meeting is on 15 11 2027",
            "Shipped (order number) 611 2345",
    })
    void leavesDatesTimesPricesAndIdsAfterAStrongCueAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Call Honoria on 2026-03-12 about the rollout.",
            "Call Honoria on 2026 03 12.",
            "Call Honoria on 12 03 2026.",
            "nås på 2026-03-12",
            "On call: Wystan Sweetman, 2026-03-12",
            "mobil 2024-11-0042",
            "The case is on 2024 11 0042.",
            "The release is on 2026-03-12.",
            "The build is on 4411 2210",
            "The order is on 1234 5678.",
            "It is on 4411 2210 now",
            "The fix is on 4411 2210",
            "Order 20241234 is on 4411 2210",
            "I'm on 2026 11 30 shift",
            "ring på 12-03-2026",
            "Meeting is on 12 03 2026",
            "The invoice is on 12 500 000.",
            "Call Honoria on 12 500 000",
            "puh. 1234 5678 9012",
            "mobil 35 9876 5432 1098",
            "call Honoria on 35-209900-176148-1",
            "On call: Wystan Sweetman, INC 0012 345",
            "On call: Wystan Sweetman, 14 30 - 16 30",
            "puh. Mannerheimintie 12, 00100 Helsinki",
            "Mitt ombud nås på Storgatan 12, 114 55 Stockholm",
            "puh. viitenumero 1234 5678 90",
            "1. Order Laptop, 20241234",
            "1. Replace Laptop, 4411 2210",
            "1. Dell Latitude, 4411 2210",
            "2. Printer Toner, 2024 1234",
            "Replace Laptop, 20241234.",
            "Shift lead: Printer Toner, 4411 2210",
            "Florencia (Bogotá) puh. 12 34 56 78 90 12",
    })
    void leavesIdsDatesAndAmountsInAStrongCuesFrameAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Eenokki is on 0905 589 847.|0905 589 847|0905589847",
            "she is on 77 435 70 69 today|77 435 70 69|774357069",
            "1. Kaapro Säynäjärvi, 20241234|20241234|+37120241234",
            "Deliver to: Hector Tregenza, 221 Baker Street, 971 823 089|971 823 089|+351971823089",
            "Call 0812-6275-7072 or ask Ethelred.|0812-6275-7072|081262757072",
            "Lasku 2024 1234, puh. 040 123 4567|040 123 4567|+358401234567",
            "viitenumero 1234 5678 9012 3, puh. 040 123 4567|040 123 4567|+358401234567",
            "calls go to 20 26 03 12 first|20 26 03 12|+37120260312",
            "Ticket INC 4411 2210 is on hold, call Honoria on 77 923 73 59|77 923 73 59|779237359",
            "He is on 77 923 73 59|77 923 73 59|779237359",
            "INFO call caller_id=040 123 4567 queue=2|040 123 4567|+358401234567",
    })
    void findsPhonesInTheFramesOfLookAlikes(String text, String expected, String value) {
        Found.exactly(detector, text, expected, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2027-06-25T07:54:53Z id=2043096175 to=0532 875 95 92 status=FAILED|0532 875 95 92|05328759592",
            "2027-07-04T15:08:22Z id=2867866831 to=5611 8739 status=FAILED|5611 8739|+35856118739",
            "id=5792160247 to=090-5439-3959 status=DELIVERED|090-5439-3959|09054393959",
            "id=9268149511 to=8 (701) 484-20-31 status=FAILED|8 (701) 484-20-31|87014842031",
            "INFO sms msisdn=905328759592 queued|905328759592|905328759592",
            "09:37:50;outbound;8 627 58828;Aroha Tawhai;00:23:42;Khánh Lương|8 627 58828|+358862758828",
            "17:02:18;sisään;0532 835 43 93;Vilma-Kaisa Hiidenheimo;00:17:32;Nassar Samer|0532 835 43 93|05328354393",
            "13:20:26;inbound;09 7868 7377;Aroha Tawhai;00:12:09|09 7868 7377|+358978687377",
            "Phone number: (415) 011-2584|(415) 011-2584|+3584150112584",
            "Työpuhelin: 0532 875 95 92|0532 875 95 92|05328759592",
            "4.5. 11:20  080-217-7786  00:22:33  33,38 €|080-217-7786|0802177786",
            "06/03 18:06  0532 679 12 38  00:01:18  £5.11|0532 679 12 38|05326791238",
            "24/05 14:52  8 604 19999  00:17:48  £5.34|8 604 19999|+358860419999",
            "14/03 15:22\t090-3747-3506\t00:20:32\t£10.18|090-3747-3506|09037473506",
    })
    void findsNumbersInFieldsThatHoldAPhone(String text, String expected, String value) {
        Found.exactly(detector, text, expected, value);
    }

    /** A label on the line above its number, and a signature's "M:" and "T:" fields between "|". */
    @Test
    void findsANumberUnderItsLabelAndInASignaturesFields() {
        assertEquals(List.of("0 (344) 912 63 07"), Found.in(detector, "Kaisa Lehto\nTelephone:\n0 (344) 912 63 07\n"));
        assertEquals(List.of("7718 2290"), Found.in(detector, "Puhelin:\n7718 2290"));
        assertEquals(List.of("0 (344) 912 63 07"), Found.in(detector, "Tiimivastaava\n0 (344) 912 63 07 (mob.)"));
        assertEquals(List.of("0 (344) 912 63 07", "611-204-8833"),
                Found.in(detector, "Team Lead\nM: 0 (344) 912 63 07 | T: 611-204-8833"));
    }

    @Test
    void leavesAMembersNumberAfterNoAlone() {
        assertEquals(List.of(), Found.in(detector, "Jäsen: Aune Kiiskinen, no. 040 555 1234, tunnus kiiskau"));
        assertEquals(List.of(), Found.in(detector, "Siirto jäsenelle Tuomo Rinne (nr. 040 555 1234, tuomori)"));
        assertEquals(List.of("040 555 1234"), Found.in(detector, "Aune Kiiskinen, tel. no. 040 555 1234"));
    }

    @Test
    void findsAPhoneAfterAnIdOfAsManyDigits() {
        assertEquals(List.of("0401234567"), Found.in(detector, "Asiakas 5012345678 0401234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tilaus:\n7718 2290", "M: 2027-05-19 | T: 14:00", "Dnro:\n123/2027", "Versio:\n8.15.7",
            "Summa:\n1 250 000", "T: 12.3.2027 | M: 2 kpl", "Tilaus 7718 2290 (mob.)", "versio 2027 05 19 (mob.)"})
    void leavesOtherNumbersUnderLabelsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A link's phone: a query's phone key with its "+" encoded, a dialling link and the text it shows. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://crm.example.org/new?name=Ola+Nordmann&mobile=%2B4791234567&src=web|%2B4791234567|+4791234567",
            "https://lomake.example.fi/uusi?nimi=Aku&puhelin=0612345678&lahde=web|0612345678|+358612345678",
            "https://crm.example.se/kund?tel=%2b46701234567|%2b46701234567|+46701234567",
            "https://crm.example.com/new?phone=%2B5521987654321&x=1|%2B5521987654321|+5521987654321",
            // a phone menu's form-encoded webhook: the call's ends with their "+" encoded
            "CallSid=CA3f2a&From=%2B4791234567&Digits=9|%2B4791234567|+4791234567",
            "Digits=2&to=%2b46701234567|%2b46701234567|+46701234567",
    })
    void findsAPhoneInALinksQuery(String text, String expected, String value) {
        Found.exactly(detector, text, expected, value);
    }

    /** A SIP URI's number: the caller's or the forwarding line's phone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "From: \"Virtanen Matti\" <sip:+358401234567@pbx.example.fi>;tag=02d58670|+358401234567|+358401234567",
            "Diversion: <sips:+46701234567@vaxel.example.se>;reason=no-answer|+46701234567|+46701234567",
    })
    void findsTheNumberOfASipUri(String text, String expected, String value) {
        Found.exactly(detector, text, expected, value);
    }

    @Test
    void findsADiallingLinkAndTheNumberItShows() {
        var found = Found.in(detector, "Soita <a href=\"tel:07123456789\">0 (712) 345 67 89</a> tänään");
        assertEquals(List.of("07123456789", "0 (712) 345 67 89"), found);
        // a link's text that is not its number stays
        assertEquals(List.of("0401234567"), Found.in(detector, "<a href=\"tel:0401234567\">Dnro 123/2027</a>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://shop.example.fi/cart?item=%2B4791234567x&qty=2",
            "https://crm.example.org/new?id=%2B4791234567",
            "GET /api/events?from=%2B1700000000x&to=%2B17",
            "hotel:12345678 booked",
    })
    void leavesOtherEncodedNumbersAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2027-08-23T13:10:39Z id=0221068244 status=FAILED",
            "GET /api/events?from=1700000000&to=1700003600",
            "export from=2027-01-01 to=2027-02-01",
            "search from=12.03.2027 to=15.03.2027",
            "09:37:50;outbound;Aroha Tawhai;00:23:42;4411 2210",
            "sync;inbound;2027-03-12;00:12:09",
            "4.5. 11:20  1234 5678  00:22:33  33,38 €",
            "4.5. 11:20  0123 4567  reboot",
            "Phone model: 2024 11 0042",
            "Order number: 0532 875 95 92",
    })
    void leavesIdsDatesAndDurationsInPhoneFieldsLinesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lähiomainen hätätilanteessa: Bogumiła Marciniak (puoliso), 698-577-680|698-577-680|698577680",
            "Anhörig: Mikko-Ilmari Taimisto (make/maka), 5507 1225|5507 1225|+35855071225",
            "Pyytäjä: Allan Suikkanen, 0912 068 6656|0912 068 6656|09120686656",
            "Ota yhteyttä Veiko Aasmäeen, 090-1116-8897.|090-1116-8897|09011168897",
            "Subject: New voicemail from 5534 3048 (7:40)|5534 3048|+35855343048",
            "Kenta Miyamoto called you, please ring back on 090-0589-7395.|090-0589-7395|09005897395",
            "Spiteri soitti sinulle, soita takaisin 0532 176 08 92.|0532 176 08 92|05321760892",
    })
    void findsNumbersAfterANextOfKinARequesterOrACallBack(String text, String expected, String value) {
        Found.exactly(detector, text, expected, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Lähiomainen hätätilanteessa: Bogumiła Marciniak (puoliso), 12.03.2027",
            "Pyytäjä: Allan Suikkanen, 2027-03-12",
            "Ota yhteyttä Service Deskiin, 1234 5678 9012",
            "Subject: New voicemail from 12 500 000",
            "soita takaisin 15 11 2027",
    })
    void leavesDatesAndAmountsAfterANextOfKinARequesterOrACallBackAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hotel 412 34 567",
            "automobile 412 34 567",
            "mobiilidata 412 34 567",
            "puhdas 412 34 567",
            "puhe 412 34 567",
    })
    void takesNoCueFromInsideALongerWord(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tel 412 34 567", "puh 412 34 567", "mob 412 34 567", "tfn 412 34 567", "puhelin 412 34 567"})
    void takesACueWordWhole(String text) {
        assertEquals(List.of("412 34 567"), Found.in(detector, text));
    }

    @Test
    void takesAContactNumbersWordForACueOverAnAgreementsLabel() {
        assertEquals(List.of("044 555 6486"),
                Found.in(detector, "Koodi tarkistettu. Iivarille tehdään uusi sopimus, yhteysnumero 044 555 6486."));
    }

    @Test
    void readsAMexicanMobileWithTheOldOneAfterTheCode() {
        Found.exactly(detector, "Mobile +52 1 33 9428 1632.", "+52 1 33 9428 1632", "+523394281632");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Join by phone: 0800 328 2093,,805582938#|0800 328 2093|+448003282093",
            "Liity puhelimitse: 0800 138 2915,,142032975# (Iso-Britannia)|0800 138 2915|+448001382915",
            "Ring in: 020-39 55 83,,034046108#|020-39 55 83|+35820395583",
    })
    void findsABridgesNumberButNotTheConferenceIdAfterIt(String text, String expected, String e164) {
        Found.exactly(detector, text, expected, e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Neuvottelutunnus: 142 032 975#",
            "Konferens-ID: 034046108#, PIN 6087",
            "Or dial the bridge and enter ,,034046108#",
    })
    void leavesCodesKeyedInWithAHashAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Laina: ThinkPad (sarjanumero SN 09-871230) palautettu",
            "laptop S/N: 0401234567 returned",
            "Serial no. 050 123 4567 on the sticker",
            "tilausnumero 040 765 4321 toimitettu",
            "Order Total: 913 402 775",
            "Asset tag 5217 9043, phone charger",
            "Ticket INC 2915 0376 closed; call me if not",
            "PO 0427731 approved",
            "Asset Tag, 938 52 614.",
            "Member: Jane Roe, no. 012 345 6789",
            "Tilausnumero 4711, tunnus 040 765 4321",
            "Order 4711, 938 52 614 units",
            "Hei, olen opiskelija Tamta Japaridze (opiskelijanumero 0304571).",
            "asiakasnumeroni 0427 731 on laskussa",
            "Studentnummer 0615636 saknas i systemet",
            "my student number 0918 034 and my course",
            "Employee no. 0256031 left on Friday",
            "Requester: Ann Hill, NHS no. 014 961 6952",
            "Y-tunnus 0549629-4, verkkolaskuosoite 003720209925",
            "OVT 003754842577",
            "Company No. 06985209, VAT GB 420 7012 03",
            "Bankgiro 040-8970 gäller tills vidare.",
            "Old meter 04769314, read 01032.7",
            "Moving out of: 66 Park Avenue, MPAN 12 0396 2752 886",
            "gas MPRN 0869554512",
            "2027-08-23T13:10:39Z id=0221068244 status=FAILED",
            "msg_id=0583005754 status=DELIVERED",
            "2027-08-23T13:10:39Z booking=0401234567 status=CONFIRMED",
            "reservation 04123456: the heating did not work",
            "Laskureklamaatio OCR 0250075092",
            "Betalning med OCR-nummer 0299286313",
            "Comments on \"Lost or stolen phone\" (page id 59365266)",
            "Viety Confluence-palvelusta · sivu page id 06611108 · Version 39",
            "Reklamaatio #057352409: toimitus vaurioitunut",
            "Ämne: SV: #024612654",
            "Opportunity Deal 01717228: service renewal",
            "Huoltoraportti huoltotilaus 0311255",
            "Arbetsorder 0581546 – prioritet 1",
            "Claim 0651870 for the delivery CMR 0374603",
            "SOITTAJA: vak.ottaja, pol 259-099241-9",
            "policy_number: 451431202",
            "{\"claim\": \"X-1\", \"policy\": \"058975760\"}",
            "försäkringsnummer: 035177443",
            "HYL 07/30;ART 0513242;3;W2236656156",
            "Tuotenumero 0513242 loppui varastosta",
            "Ulosottoasia 8998/15/18714",
            "pvm;asianajaja;asiakas;asia;tunnit\n22.6.2027;Keita Nnamdi;Kurjenaho Ilja;0967-692;3.0",
            "Saatava 16 552,87 € (tuomio Pohjois-Savon käräjäoikeus, T 0951-26).",
            "Ji-woo Batsaikhan will have conduct of your matter (0138-861), supervised by Signe Åkerholm.",
            "Asia: erääntynyt lasku LASKU-690947, toimeksianto INK 098 1145",
            "Betalningsplan 05079172",
            "Maksusuunnitelma INK 032 2483",
            "TKT 0078279917980 / 117 7671201501",
            "Tickets 117 0135675766 105-4638126668",
            "Lippu 117 0702408198. Hyvitys pitäisi tulla kortille.",
            "Väska: 0105 999631",
            "Einon laukku purettiin (0105 651709, 17 kg).",
            "Call note 2026-03-03 23:24:50 – FNOL KOR 044 7570",
            "Kirjannut Saima Kivinen: pesäntodistus saapunut, vahinko KOR 086 7260",
            "Eläin: Eetu, koira, kääpiösnautseri, siru 752 0282 4988 0029",
            "Microchip: 752 0855 6744 4210",
            "Northgate Animal Clinic scanned the chip: 985 0231 2543 8928.",
            "SOITTAJA: Ilkka Virtanen (vuokraaja, sopimus 628-1088771)",
            "the vehicle was hired to you under agreement 022-0719026.",
            "HYRESAVTAL 091-9829126",
            "Vakuutus DF 3964 4846 päättyy minun osaltani 15.6.2026.",
            "Försäkringen DF 6045 7401 ska upphöra för min del 2027-04-13.",
            // any agreement's and insurance's kind, as its compound's last word or in English
            "Hemförsäkringen DF 6045 7401 ska upphöra för min del 2027-04-13.",
            "Kotivakuutus DF 3964 4846 päättyy minun osaltani 15.6.2026.",
            "the van was leased to you under contract 022-0719026.",
            // a library's copy of a book, by its barcode
            "27.4.2026 kadonnut nide 053571327 EUR 7,24",
            // a ticket's barcode, and a farm register's numbers
            "siirto tehty; viivakoodi 0281 6602 3753 4682 mitätöity",
            "Tila: Kiviojan karjatila, tilatunnus 006129065, Kylätie 85, Lapua",
            "Pitopaikka: 043-917845; lypsylehmiä 12",
            "Holding number 092665044, Home Farm, 86 Station Road, Hereford",
            "Herd number: 01/005/5069",
            "Herd no. 01/005/5069",
            // a radio tag's number, as a bin's or a key fob's reader reads it
            "muutin pois ja jäteastia RFID 01009670 poistettiin 07.03.2026.",
            "astiamme (syväkeräyssäiliö 3 m³, tunniste RFID 01831374) jäi tyhjentämättä",
            "Key fob RFID 0503 1187 2246 deactivated.",
            // a year, a date or a thing's number in parentheses after capitalised words
            "Y. Shettima-Kyari (1987) ja Anna Berg (01.02.2026) soittivat.",
    })
    void leavesNumbersAfterAThingsLabelAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /**
     * A number word written out that opens its own field after a comma labels the number: the thing's label before the
     * comma labels the field it opens (a login), not the phone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "verkkoapteekki ei hyväksy salasanaani. Tunnus kalaila, numero 0820888521. Tilaus jäi kesken.|0820888521",
            "Tunnus tloimiaho, numero 044 975 1065. Yritin varata vuoron.|044 975 1065",
            "Tunnus loimihe, numero 00358 41 567 6508.|00358 41 567 6508",
            "Login jdoe, number 040 123 4567, please call.|040 123 4567",
    })
    void readsANumberWhoseWordOpensItsFieldAfterAThingsLabel(String text, String expected) {
        assertEquals(List.of(expected), Found.in(detector, text));
    }

    /**
     * A name, a comma and a number closed by a colon head what that person says: another country's national form is
     * read there as after a phone's cue, and not before an ordinary colon without the name.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Evdokia Chrysoula Kalaitzidis-Tsakalidis, 080 7021 6532: maksoin jo kortilla.|080 7021 6532",
            "Ponnamma Kaveramma Kodandera-Machimanda, 09220993123: maksoin jo kortilla.|09220993123",
    })
    void readsTheNumberHeadingWhatAPersonSays(String text, String expected) {
        assertEquals(List.of(expected), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Replace Laptop, 080 7021 6532: done.",
            "Tilaus 4711, 09220993123: toimitettu.",
    })
    void leavesANumberAColonClosesWithNoNameBefore(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /**
     * A thing's label is a whole word, or a compound's last word right before the number: a name that holds its letters
     * ("Anastasia", "Flygare"), right before the number too, a compound it opens ("Referensperson", "Lentoemäntä") or a traveller's words before a
     * mobile, which no bag tag's ten digits are, label no thing; nor is a record's time before a number a label
     * (review 7), and "0401234567" there holds its zero as a phone does (review 14).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Anastasia Korhonen 040 123 4567|040 123 4567",
            "Soita Anastasia 040 123 4567|040 123 4567",
            "Anna Flygare 070-123 45 67|070-123 45 67",
            // a pet's chip is a whole word: a given name spelt so ("Siru", "Chip"), or a word it opens, labels nothing
            "Siru Virtanen 040 123 4567|040 123 4567",
            "Soita Sirulle 040 123 4567|040 123 4567",
            "Chip Hensley, 07700 900123|07700 900123",
            // a barcode's word sent to the number, not labelling it
            "Viivakoodi lähetetty numeroon 040 123 4567|040 123 4567",
            // a bank's or an airport's letters, and a herd without its number's word, label no register
            "Rajesh Kumar, SBI 040 123 4567|040 123 4567",
            "Noudan sinut CPH 040 123 4567|040 123 4567",
            "Herd 040 123 4567|040 123 4567",
            "Referensperson: 070-123 45 67|070-123 45 67",
            "Call me, I'm on the train 07700 900123|07700 900123",
            "I'm on the train 050 123 4567|050 123 4567",
            "Lentoemäntä 040 1234567|040 1234567",
            "Bag: 050 123 4567|050 123 4567",
            // after a record's time and a dash: a Norwegian or Danish mobile has no trunk zero to tell it from a record's
            "Ring tilbake 17:07 – 91087267|91087267",
            "Call note 2027-06-27 17:07:00 – 040 123 4567|040 123 4567",
            "Call note 2027-06-27 17:07:00 – 0401234567|0401234567",
    })
    void findsAPersonsPhoneBesideWordsThatHoldAThingsLabel(String text, String expected) {
        assertEquals(List.of(expected), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Caller: Anna Hill (policyholder), +372 5093 0200, pol 820-187910-9|+372 5093 0200",
            "ticket_owner_phone_number: 040 555 1234|040 555 1234",
            "{\"policy\": \"X-1\", \"phone\": \"040 555 1234\"}|040 555 1234",
            "Policy holder: 040 123 4567|040 123 4567",
            "Vakuutuksen policy haltija 040 123 4567|040 123 4567",
            // a contract inflected or bound as the object of a clause that names a person: prose, no label before its comma
            "Ainon naapuri Oili Heinäkallio kysyi samaa sopimusta, 041 917 1727.|041 917 1727",
            "Birgers granne Sigrid Stenvall vill ha samma avtal, 0733230801.|0733230801",
    })
    void findsAPhoneBesideAThingsWordThatLabelsNoNumber(String text, String expected) {
        assertEquals(List.of(expected), Found.in(detector, text));
    }

    /** "Art" is a given name and "pol" a word: a label only right before the number, or as "ART" or "pol.". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Yhteyshenkilö: Art Vainio 040 123 4567|040 123 4567",
            "Contact: Pol Roca 040 123 4567|040 123 4567",
    })
    void findsAPhoneAfterANameThatIsAlsoAShortLabel(String text, String expected) {
        assertEquals(List.of(expected), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ART no 0513242", "pol. nro 259-099241-9"})
    void leavesNumbersAfterAShortLabelWrittenAsOneAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSAT follow-up (00087756)", "Aihe: VS: 0000244", "Reklamation 00531050: leverans"})
    void leavesRecordNumbersPaddedWithZerosAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A CSV row's phone after a cell that holds an id of letters and digits: its comma parts cells, as after a word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ticket,owner\\nREQ1,040 555 1234|040 555 1234",
            "id,phone\\nA1,+358 40 555 1234|+358 40 555 1234",
            "INC0012,0405551234,open|0405551234",
    })
    void findsAPhoneAfterAnIdsCell(String text, String expected) {
        assertEquals(List.of(expected), Found.in(detector, text.replace("\\n", "\n")));
    }

    @Test
    void leavesTheDecimalsOfAnAmountAlone() {
        assertEquals(List.of(), Found.in(detector, "Summa 1,040 555 1234"));
    }

    @Test
    void findsAnInternationalNumberOpeningWithZeros() {
        assertEquals(List.of("0046 8 123 45 00"), Found.in(detector, "Ring 0046 8 123 45 00 i morgon."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Submitted by: Aino Laine, 0774213410, aino.laine@example.fi|0774213410",
            "Ilmoittaja: Helmi Rantanen, 090743 30250|090743 30250",
    })
    void findsANumberAfterAPersonBeforeTheirAddressOrAfterTheirRole(String text, String expected) {
        assertEquals(List.of(expected), Found.in(detector, text));
    }

    @Test
    void leavesANumberAfterANameAndCommaWithNoAddressAfterItAlone() {
        assertEquals(List.of(), Found.in(detector, "Submitted by: Aino Laine, 0774213410, ei osoitetta"));
    }

    /** A key card's number and a meeting's id are keyed in or printed on the card, however they are written. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Kulkukortin numero: 0445 218 330",
            "Kortin nro 0503917264, ovet: A-rappu",
            "Badge no: 0405 661 902",
            "Kortnummer: 0702 114 583",
            "Meeting ID: 0451 329 770",
            "Neuvottelutunnus: 045 776 120",
            "Conference ID: 318 045 776",
    })
    void leavesKeyCardsAndMeetingIdsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A wiki page's id, a Swedish payment's OCR reference and an SMS gateway's message id are no phones. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Viety Confluence-palvelusta 6.1.2026 · sivu page id 06611108 · Version 39",
            "Exported on 2026-09-20 · /pages/viewpage.action?pageId=040803256 · v5.7",
            "Laskureklamaatio OCR 0250075092",
            "Faktura med OCR-nummer 0299286313 är betald",
            "SMS-yhdyskäytävä – toimitusraportti MID 75987771",
    })
    void leavesPageIdsAndReferencesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pager number: 040 123 4567|040 123 4567",
            "Dawn Page, 040 123 4567|040 123 4567",
    })
    void findsAPagersNumberAndOneAfterASurnamePage(String text, String expected) {
        assertEquals(List.of(expected), Found.in(detector, text));
    }

    /** After a strong cue, in any language, a number may be typed in one run or in odd groups. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Minut tavoittaa numerosta 098812345.|098812345",
            "Téléphone : 01 53 47 20 00|01 53 47 20 00",
            "Móvil: 612 345 678|612 345 678",
            "Cellulare 347 123 4567|347 123 4567",
            "Telefon 22 12 34 56|22 12 34 56",
            "Tlf. 3312 4567|3312 4567",
            "helistage numbrile 5123 4567|5123 4567",
            "Handy 0151 23456789|0151 23456789",
            "Kontor: vaihde 0203 94412 77|0203 94412 77",
    })
    void findsANumberTypedInOneRunOrOddGroupsAfterAStrongCue(String text, String expected) {
        assertEquals(List.of(expected), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"puh. 15032027", "call me on 1 2 3 4 5 6 7 8", "Móvil modelo 2027", "Telefon 12.03.2027",
            "Handy 2 345 678 €"})
    void leavesDatesAndAmountsTypedInOneRunAfterAStrongCueAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tuotekoodi 2233 4455 (kenialainen tuote)", "Hinta 2233 4455 (Kenyan shillings)"})
    void leavesANumberWhoseLabelAfterItNamesNoPhoneAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /**
     * A label in parentheses after a number that names its country's subscription, "numero on", a French number's five
     * pairs, a "+" before dotted groups, a phone's label after a signature's number.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Veljeni: 0114 556677 (kenialainen liittymä), soittakaa iltaisin|0114 556677",
            "Father 975-3312-448 (my Nepali number) is at home|975-3312-448",
            "Sasha Ivanova\\n0905 5512 3344 (japanilainen liittymä)|0905 5512 3344",
            "Hänen oikea numero on 612 3344, ei se vanha.|612 3344",
            "Sorry, the number is 5512 3344 and not the old one|5512 3344",
            "Secrétariat 04 91 55 20 30 demain|04 91 55 20 30",
            "Il m'a appelé du +230 5712.3344 hier|+230 5712.3344",
            "Terveisin\\nAino Laine\\nSuunnittelija\\n245-5512-3344 (mob.)|245-5512-3344",
    })
    void findsNumbersTheirWordsOrShapeMakePhones(String text, String expected) {
        assertEquals(List.of(expected), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tilauksen numero on 612 3344.", "Your order number is 6123 3445", "hotel confirmation 025530792.",
            "Kahoot-PIN oli 0637923", "maksoin viitteellä 04101361", "tilauksen 0953962 toimitus", "commit 0245311",
            "Mötes-ID: 196 025 148 174 42"})
    void leavesThingsNumbersAfterTheirLabelsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A signature gives the signer's number alone on the line under their name, where no team's name stands. */
    @ParameterizedTest
    @ValueSource(strings = {"Aurelio Mancini\n0803 5512 7764", "Kind regards\n\nOona Leppälä (Controller)\n0745218833",
            "Mette Kjær | Project Manager\n0745218833\n"})
    void findsTheNumberUnderASignersName(String text) {
        assertEquals(1, Found.in(detector, text).size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Printer Toner\n0803 5512 7764", "Aurelio Mancini\n\n0803 5512 7764 kpl", "Lasku 0745218833"})
    void leavesANumberUnderAThingsNameAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Matkalasku 04/2027 on hyväksytty", "Tarjouspyyntö 052/2026", "Rechnung 0417/25 ist offen",
            "export_05062027.csv", "Laddade upp Users_0412202.csv"})
    void leavesAMonthADocumentsNumberInItsYearAndAFilesNumberAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @Test
    void stillFindsACardHoldersPhone() {
        assertEquals(List.of("040 765 4321"), Found.in(detector, "Card holder's phone: 040 765 4321"));
    }

    /** A number a line wrap broke is one number, the line break inside it; two numbers on two lines stay two. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Uusi numeroni on 050 412\\n7789, kiitos|050 412\\n7789|+358504127789",
            "please call me on +358 44 905\\n3318 tomorrow|+358 44 905\\n3318|+358449053318",
            // a part too short to be a candidate, and a part valid alone that the next line goes on
            "tai suoraan kännykkään 041\\n7676850. Faksi on|041\\n7676850|+358417676850",
            "tai suoraan kännykkään 0400 581\\n340. Faksi on|0400 581\\n340|+358400581340",
            // another country's national form, and after "+" a length the code allows that no part has alone
            "or on my mobile 087 412\\n0593. Thanks|087 412\\n0593|+358874120593",
            "my mobile 07936 225\\n870 thanks|07936 225\\n870|+447936225870",
            "or on my mobile +856 20 0107\\n9458 thanks|+856 20 0107\\n9458|+8562001079458",
    })
    void joinsANumberContinuedOnTheNextLine(String text, String expected, String e164) {
        Found.exactly(detector, text.replace("\\n", "\n"), expected.replace("\\n", "\n"), e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Huone 045\n12 tuolia", "puh. 040 765 4321\n2 kpl laturia", "puh. 040 765 4321\n12. kohta",
            "puh. 040 765 43\n040 123 4567",
            // the next line is the next record's, opening with its date
            "mileage 45p/mile | KST 0536\n14 January 2027 | mileage 45p/mile", "halvdagstraktamente 145 kr;KP 0694\n2027-04-20;utlandstraktamente",
            "MT_VOICE|00:15:02|LAC 3991 CI 01547\n2027-07-26T23:00:13|5353434614"})
    void joinsNoLinesThatMakeNoNumber(String text) {
        assertTrue(Found.in(detector, text).stream().noneMatch(found -> found.contains("\n")), text);
    }

    @Test
    void findsANumberWithTheCountryCodeOnlyOnce() {
        assertEquals(List.of("+1 (415) 555-2671"), Found.in(detector, "US office +1 (415) 555-2671 asap"));
    }

    /**
     * The shapes PhoneDetector reads itself must be answered as libphonenumber's own matcher
     * (findNumbers, VALID for national numbers, POSSIBLE after + or 00) answers them: random
     * national, +358, foreign and 00 numbers of every length, spaced, hyphenated and with the
     * area code in parentheses, valid or not (fixed seed).
     */
    @Test
    void readsNumbersAsFindNumbersDoes() {
        var random = new Random(20261201);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            var text = randomCandidate(random);
            // Fewer than six digits are never a number here, whatever the plan allows ("+4 3576").
            var expected = text.chars().filter(Character::isDigit).count() < 6 ? null : PhoneDetector.findNumber(text);
            assertEquals(expected, PhoneDetector.e164(text), text);
            if (expected != null) {
                found++;
            }
        }
        assertTrue(found > 2000, found + " numbers among the candidates");
    }

    private static String randomCandidate(Random random) {
        String[] openings = {"0", "0", "+358", "+358 ", "+", "+", "00", "00 ", "(0"};
        var opening = openings[random.nextInt(openings.length)];
        var candidate = new StringBuilder(opening);
        boolean international = opening.startsWith("+") || opening.startsWith("00");
        int digits = 4 + random.nextInt(11);
        boolean parenthesis = opening.equals("(0");
        for (int d = 0; d < digits; d++) {
            boolean first = d == 0;
            candidate.append((char) ('0' + (first && random.nextInt(10) > 0 ? 1 + random.nextInt(9) : random.nextInt(10))));
            if (parenthesis && d == random.nextInt(2)) {
                candidate.append(") ");
                parenthesis = false;
            } else if (international && d == 1 && random.nextInt(6) == 0) {
                candidate.append(" (").append(1 + random.nextInt(9)).append(random.nextInt(10)).append(") ");
            } else if (d < digits - 1 && random.nextInt(4) == 0) {
                candidate.append(random.nextInt(3) == 0 ? "-" : random.nextInt(8) == 0 ? "  " : " ");
            }
        }
        if (parenthesis) {
            candidate.append(')').append(random.nextInt(10)).append(random.nextInt(10));
        }
        return candidate.toString();
    }

    /**
     * Finland's plan reads the head of another country's mobile; the run's later groups belong to it. Its value is the
     * first region's in the plan's order that holds it a mobile. A time after a number, or an extension, ends it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ilmoita asiasta suoraan Reyesille: 0917 552 3180.|0917 552 3180|+559175523180",
            "Ravi Menon, 098450 31276|098450 31276|+919845031276",
            "Jos tarvitsette lisätietoja, Wayan (0812-3341-7620) tietää.|0812-3341-7620|+6281233417620",
            "bekräfta till 0 (532) 418 27 65.|0 (532) 418 27 65|+905324182765",
            // written with the trunk zero and the area code apart, only a phone is written so, assigned or not
            "Officer: DC Ada Byron, 0 (512) 418 27 65|0 (512) 418 27 65|05124182765",
            // a time after the number is no group of it
            "SMS 139-2210-4876 09:45: HI ITS ME|139-2210-4876|+5513922104876",
            // a phone subscription's number
            "liittymänumero (11) 98765-4321, lokit|(11) 98765-4321|+5511987654321",
            // an extension after the number, no unit
            "Raised by Ada Byron, call 0905 118 742 x12|0905 118 742|0905118742",
    })
    void readsTheWholeNumberWhereItsGroupsGoOnOrATimeOrExtensionFollows(String text, String expected, String e164) {
        Found.exactly(detector, text, expected, e164);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "soita 040 123 4567 12:30 jälkeen|040 123 4567",
            "numerot 040 1234567 050 7654321|040 1234567,050 7654321",
            "puh. 040 123 4567 12.3. alkaen|040 123 4567",
    })
    void leavesATimeOrDateAfterANumberOutOfIt(String text, String numbers) {
        assertEquals(List.of(numbers.split(",")), Found.inOrder(detector, text));
    }

    /** A signature's number alone on its line, a contact line's number between its fields. */
    @Test
    void findsANumberInASignatureOrAContactLine() {
        assertEquals(List.of("612 4470"), Found.in(detector,
                "Ystävällisin terveisin\nMaija Kallio\nPalvelupäällikkö\n612 4470\nmaija.kallio@example.fi"));
        assertEquals(List.of("0761 302 118"), Found.in(detector, "Best wishes,\nIona Reid\nService Desk | 0761 302 118"));
        assertEquals(List.of("512-604-338"), Found.in(detector,
                "Asiakas: Pekka Laine · 512-604-338 · pekka.laine@example.com"));
        assertEquals(List.of("415.020.7731", "09 123 4567"), Found.inOrder(detector, "M: 415.020.7731 | T: 09 123 4567"));
        assertEquals(List.of("(21) 98412-5530"), Found.in(detector, "T: (21) 98412-5530"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Terveisin\nMatti\nMannerheimintie 12\n00100 Helsinki",
            "Kiitos!\n12345678 on tilausnumero.",
            "Terveisin\nMatti\n\n2026-03-12 12345678",
            "Tilaus · 512604338 kpl · tilaukset@example.com",
            "Versio: 10.0.19045, päivä: 12.03.2026",
    })
    void leavesOtherNumbersInSignaturesAndContactLinesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @Test
    void readsANumberAfterAnIdOfAnotherGrouping() {
        assertEquals(List.of("040 1234567"), Found.in(detector, "asiakas 643555 040 1234567"));
    }

    @Test
    void splitsTwoNumbersInARow() {
        assertEquals(List.of("040 1234567", "050 7654321"), Found.in(detector, "numerot 040 1234567 050 7654321"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tiketti INC0012345 on auki",
            "tilausnumero 123456789 toimitettu",
            "päivämäärä 01.02.2026 klo 08:15",
            "hinta 1 299,00 € alv 0 %",
            "versio 10.0.19045",
            "laskun viite 0123",
            "order 2026-11-20-0042",
            "viite RF18 5390 0754 7034",
            "tili FI21 1234 5600 0007 85",
            "eräpäivä 05-11-2026 ja 09 12 2026, 01/02/2026",
            "päivitetty 03.12.2026 ja 04.12.26 klo 09.30",
            "03.12.2026  08.14  Luotu",
            "kerroin 0.123456 ja 0.75",
            "osoite 010.001.2.3 ei vastaa",
            "viite RF51 0148 7425, tili FI21 0234 5600 0007 85",
            "Käyttöpaikkatunnus: 643555 055419 555210",
            "Vanha käyttöpaikka 643555 051419 555210 päättyy",
            "verkkolaskuosoite 003759598537, OVT 003759598537A1",
            "klo 10:05 ja 12:00-13:00",
            "koodi 06 07 53 92 55 12 ja 01 12 20 26 33",
            "henkilötunnus 073112-2345",
            "tilaus 01314960682",
            "viite 06101102769 maksettu",
            "refund IE32 AIBK 0151 6796 8226 37 please",
            "IMEI 01 807572 626897 4",
            "build 312.555.0181.2, PO 617-555-01345, serial 1617-555-0134",
            "IP 192.168.100.101, päivä 12.05.2026, hinta 1.299.000",
            "tilausnumero 0761 3120 8591 ja 0737 5762 9601",
            "lasku 123-456-7890",
            "Nyt laskulla 094417702 on käyntimaksu 18,40 €",
            "laskussa 093315426 on virhe, fakturan 093315426 också",
            "tilaus (617-555-01345) ja (617-555-0134-2)",
            "laite 5217 9043 on varastossa",
            "hinta 913 402 775 € ja 2 915 037",
            "IBAN LV80 BANK 0000 4351 9500 1, soita jos",
            "kortti 4111 1111 1111 1111, soita",
            "versio 5.217.9043 soitettu",
            "call about 5217 9043-2 tomorrow",
            "Soita, koodi 5217-9043-22",
            "Shipped 2915 0376 units to Riga",
            "ring 2915 0376 kr",
            "8 (916) 452-18-73-55 on koodi",
            "numero 123 456 789 ei ole oikea",
            "tilaus 544 86 94 42 toimitettu",
            "Shipped 544 86 94 42 units",
            "(800) 024-5917-2 build, 2-800-273-5518",
            "laskun numero 09 988 2728",
            "Torvald Haugen, 938 52 614 units shipped",
            "Torvald Haugen, 938 52 614 kr.",
            "Torvald Haugen, 938 52 614-2.",
            "Code (415) 018-2736 in the log",
            "a text from (415) 018-2736-1 build",
            "Release Notes, 2026 05 11.",
    })
    void leavesLookAlikesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
