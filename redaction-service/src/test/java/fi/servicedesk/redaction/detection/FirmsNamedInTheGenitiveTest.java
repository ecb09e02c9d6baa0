package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirmsNamedInTheGenitiveTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a surname and an "s" alone, its clause ending, its name going on or a word that is no noun after it
            "Iines Selfridge of Selfridges is not on this booking.|Iines;Selfridge",
            "Not connected with Mariama Selfridge or Selfridges.|Not;Mariama;Selfridge",
            "Repair voucher for Hamleys; not Trung Hamley's bag.|Repair;Trung;Hamley",
            "Virve Dixon at Dixons Travel says it's not theirs.|Virve;Dixon",
            "Replacement from Clarks declined by Lennu Clark.|Replacement;Lennu;Clark",
            "Pembertons Solicitors\\nFINAL NOTICE|",
            "Keimo Curry at Currys says it's not theirs.|Keimo;Curry",
            // a genitive owns the noun after it; a full name, a title, a family and a name of its own stay
            "Torbjörn Sundqvist ringde. Sundqvists telefon är trasig.|Torbjörn;Sundqvist;Sundqvists",
            "Ebba Ahlskogs ärende hos Stiftelsen är ett annat.|Ebba;Ahlskogs;Stiftelsen",
            "Ruth Henderson wrote. The Hendersons invited us.|Ruth;Henderson;The;Hendersons",
            "Mr Pembertons is out.|Mr;Pembertons",
            "Call Williams today.|Call;Williams",
            // a Swedish genitive standing for its noun, a word written beside a name, a surname after it
            "Wei Chiang leder gruppen. Anna tillhör Nils grupp, inte Chiangs.|Wei;Chiang;Anna;Nils;Chiangs",
            "Ninos Dawood skrev. Lista: Dawood, Ninos.|Ninos;Dawood;Lista;Dawood;Ninos",
            "Sent to Laurynas Kairys today.|Sent;Laurynas;Kairys",
            // after "and", a surname the lists know is a given name in "-s" unless a person bears it in the message
            "Kadeem and Ninos left already.|Kadeem;Ninos",
            "The form went to Dixons Anna.|The;Dixons;Anna",
            // no surname under the "s"
            "I bought it at Blorfs yesterday.|Blorfs",
    })
    void takesTheMarkOffFirmsNamedInTheGenitive(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> FirmsNamedInTheGenitive.unmark(s, tokens, NameLexicon.shared(), marks), text, names);
    }
}
