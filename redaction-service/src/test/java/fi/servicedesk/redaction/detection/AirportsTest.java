package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AirportsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // three words of a person's name: the airport's wherever they stand, and its city's genitive with it
            "Perillä Pariisin Charles de Gaulle lapsen otti vastaan Iitu Lundén.|Perillä;Iitu;Lundén",
            "Laukku ei ole Iines Kennedyn laukku (John F. Kennedy -lentoasema).|Laukku;Iines;Kennedyn",
            "Algot Kennedys väska finns på John F. Kennedy-flygplatsen.|Algot;Kennedys",
            "Asia ei liity Lyyli Straussille eikä kohteeseen Münchenin Franz Josef Strauss -kenttä.|Asia;Lyyli;Straussille",
            // a surname the airport bears: its city before it, its word after it or its code after it
            "Our flight was cancelled at Warsaw Chopin (WAW). Passengers: Heriberto Saldaña.|Our;Passengers;Heriberto;Saldaña",
            "Tuisku Chopinilta ei tehty ilmoitusta (Varsovan Chopin-lentoasema).|Tuisku;Chopinilta",
            "Agent Jiřina Szczepańska, Lagos Murtala Muhammed (LOS). Baggage line|Agent;Jiřina;Szczepańska;Baggage",
            // a city joined to the name in the gazetteer, and the airport's word before them; the name alone is a person's
            "Lentoasema Doha Hamad, portti A28. Kysy Hamad Al-Thanilta.|Kysy;Hamad;Al-Thanilta",
            // a name no one bears, alone or joined to its city
            "Asiakas kertoo, että laukku jäi vaihtoon Bangkok Suvarnabhumi.|Asiakas",
            "Lentoasema Tukholma-Arlanda, portti 43. Lontoo-Heathrow lapsen otti vastaan Pranav.|Pranav",
            "Maksu 3.1.2026, lento LO2689 / Rooman Leonardo da Vinci–Fiumicino.|Maksu",
            // after a given name it is a person's surname
            "Väskan kom inte fram till Kastrup. Klara Kastrup fick sin väska.|Väskan;Klara;Kastrup",
            // a given name and a surname are a person's unless the airport is told by what stands beside them
            "Helmut Schmidt soitti. Lento laskeutui Hampurin Helmut Schmidt -lentoasemalle.|Helmut;Schmidt;Lento",
            "Iisakki Chopin soitti eilen.|Iisakki;Chopin",
            // a name after a person, alone, is a person's, though the lexicon does not know it
            "Hamad's old phone is still on your account.|Hamad",
            "O'Hare's laptop died; Heath needs a loaner.|O'Hare;Heath",
            // a given name that is also a city is the person's, before the surname an airport bears
            "Sofia Logan soitti eilen.|Sofia;Logan",
            "Sydney Pearson called.|Sydney;Pearson",
            "Flight cancelled at Paris Charles de Gaulle (CDG). Passenger: Iines Lundén.|Flight;Passenger;Iines;Lundén",
            // a title in capitals in parentheses is no airport's code
            "Please ask Pearson (CFO) to approve.|Please;Pearson",
            "Logan (CTO) signed off.|Logan",
            // a village's name with a given name after it or a title before it is a person's, surname first
            "Kastrup, Klara ringde i går.|Kastrup;Klara",
            "Narita Yuki called.|Narita;Yuki",
            "Mr Kastrup called.|Mr;Kastrup",
    })
    void takesTheMarkOffAirportsNamedAfterPeople(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> Airports.unmark(s, tokens, NameLexicon.shared(), words, marks), text, names);
    }
}
