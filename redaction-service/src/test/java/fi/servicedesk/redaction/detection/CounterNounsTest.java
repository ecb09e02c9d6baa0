package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CounterNounsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the noun of what is counted, in English, Swedish and Finnish
            "STAFF DIRECTORY Spring 2027          Page 9 of 20|STAFF;DIRECTORY;Spring;of",
            "Sida 2 av 5|av",
            "Seite 1 von 4|von",
            // a date's or a phone's slash is no count
            "Approved Anna Metso 14/12/2026|Approved;Anna;Metso",
            "call to heli-maria 0176/65677218|call;to;heli-maria",
            // a name before its number, or a count that is no count of a whole, stays
            "Soita Sivu 040 123 4567|Soita;Sivu",
            "Page 3 of the form is blank.|Page;of;the;form;is;blank",
            "Aino 2 of us left|Aino;of;us;left",
            // a record's number after its noun and heading
            "Work Order Job 839093 – Priority NBD|Work;Priority;NBD",
            "Partner Registration Form 73627885|",
            // a given name before a number, a phone with its trunk zero, a grouped number stay
            "ask Will 48213 about it|ask;Will;about;it",
            "Call Mark 0401234567|Call;Mark",
            "Deal 12345 678|Deal",
            // the noun of one of its kind before the letter or number that tells it apart
            "Alarm: Lift A (220596), Floor B|Alarm;A;B",
            "Lift 2, equipment no. 4291|equipment;no",
            // an initial after a name, a name before its number, a word before a longer number stay
            "Mark B. called|Mark;B;called",
            "Anna 2, Bill 3|Anna;Bill",
            "Lift 2000 kg|Lift;kg",
            // a ward's or a room's code of digits and capitals after its noun, though the noun is a surname too
            "Starting on Ward 7B today, then Ward K3|Starting;on;today;then",
            "Ward called at 7, Anna 2B|Ward;called;at;Anna",
    })
    void takesTheMarkOffTheNounOfACount(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> CounterNouns.unmark(s, tokens, words, marks), text, names);
    }
}
