package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bare numbers closing a person's entry in a list of phones, read through {@link PhoneDetector}. */
class NumbersInPhoneListsTest {

    private final PhoneDetector detector = new PhoneDetector();

    @Test
    void readsABareNumberInADirectoryWhoseColumnsRanTogether() {
        var directory = """
                Directory, page 3
                Lindqvist, Ebba .... +46 70 123 45 67        Moreau, Colette 0912 33 48 27
                Halonen Veikko 040 123 4567        Dubois Amélie .... +33 6 12 34 56 78
                """;
        assertEquals(List.of("+46 70 123 45 67", "0912 33 48 27", "040 123 4567", "+33 6 12 34 56 78"),
                Found.inOrder(detector, directory));
    }

    @Test
    void readsANumberAfterANameAndTitleInContactsAndTrees() {
        var contacts = """
                Contacts
                @Rosa Ferreira – Team Lead, 4417 2290
                @Tomas Berg – Head of Finance, +44 20 7946 0018
                @Mira Salo, Analyst, 050 987 6543
                """;
        assertEquals(List.of("4417 2290", "+44 20 7946 0018", "050 987 6543"), Found.inOrder(detector, contacts));
        var tree = """
                Finance (KP-114)
                ├── Aino Harju (Controller, +358 40 765 4321)
                │   ├── Pekka Laine (Analyst, 61 22 40 87)
                └── Liisa Koski, Manager, tel. 044 556 7788
                """;
        assertEquals(List.of("+358 40 765 4321", "61 22 40 87", "044 556 7788"), Found.inOrder(detector, tree));
    }

    @Test
    void readsANumberBeforeTheEntrysNextFieldOrNote() {
        var callbacks = """
                Callbacks
                1) Eva Lund – +46 70 765 43 21 – language: Swedish
                2) Jan Novak – 724 690 561 (Czech SIM) – language: Czech
                3) Ida Berg – 040 222 3344 – language: Finnish
                """;
        assertEquals(List.of("+46 70 765 43 21", "724 690 561", "040 222 3344"), Found.inOrder(detector, callbacks));
    }

    @Test
    void readsTheListAgainWithTheNumbersItRead() {
        var contacts = """
                Contacts
                @Rosa Ferreira – Team Lead, 4417 2290
                @Tomas BERG – Head of Finance, 61 22 40 87
                @Mira Salo, Analyst, 050 987 6543
                """;
        assertEquals(List.of("4417 2290", "61 22 40 87", "050 987 6543"), Found.inOrder(detector, contacts));
    }

    @Test
    void leavesTheTailOfALongerRunAlone() {
        var sims = """
                New subscriptions
                1. Eva Lund – SIM 8935 8011 2233 4455 667 – number 040 222 3344
                2. Jan Novak – SIM 8935 8099 8877 6655 443 – number 050 987 6543
                """;
        assertEquals(List.of("040 222 3344", "050 987 6543"), Found.inOrder(detector, sims));
    }

    @Test
    void leavesNumbersAloneWhereNoOtherLineHoldsAPhone() {
        var list = """
                Stock count
                Anna Virtanen 2027 3301 88
                Mikko Nieminen 040 123 4567
                """;
        assertEquals(List.of("040 123 4567"), Found.inOrder(detector, list));
    }

    @Test
    void leavesTheHeadingsCodeAndDatesAlone() {
        var tree = """
                Customer Service (112.40.771)
                ├── Anna Virtanen (Manager, +358 40 765 4321)
                ├── Mikko Nieminen (Analyst, 050 987 6543)
                ├── Kalle Aho, joined 12.03.2027
                ├── Sari Mäki, left 2027-03-24
                ├── Olli Rinne, left 3.11.2027
                └── Desk Phone, 10.20.0.115
                """;
        assertEquals(List.of("+358 40 765 4321", "050 987 6543"), Found.inOrder(detector, tree));
    }
}
