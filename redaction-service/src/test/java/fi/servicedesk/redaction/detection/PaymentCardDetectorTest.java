package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PaymentCardDetectorTest {

    private final PaymentCardDetector detector = new PaymentCardDetector();

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111111111111111", "5500-0000-0000-0004", "340000000000009",
            "6011000990139424", "4222222222222",
            "378282246310005", "3782 822463 10005", "30569309025904", "3056 930902 5904"})
    void findsLuhnValidCardNumbers(String card) {
        assertEquals(List.of(card), Found.in(detector, "kortti " + card + " kiitos"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kortti 4111 1111 1111 1112",
            // Luhn-valid digits grouped as no card is, or joined by a hyphen to an id's letters
            "Conference ID: 317 204 055 800 3",
            "UID:5208113374007-a1f3c9@meet.example.org",
            "tilausnumero 1234567890123456",
            "laskun viite 12345 67890 12345",
            "summa 4 111,11 €",
            "tiketti INC0012345678901",
            // a phone's country code and the hour after it: "+358401231009" and "09" pass Luhn together
            "SMS +358 40 123 1009 09:41: soita takaisin",
            // thirteen Luhn-valid digits that open as no Visa card does: a mobile written without its "+"
            "| A 358412345678 | B 5511950888546 | 3110 s | GPRS",
            // fifteen Luhn-valid digits opening with 2 or 3 as no American Express card does: an IMEI, an IMSI
            "Laitteen IMEI (354626492786706) kirjataan Intuneen",
            "swap done at 03:10. IMSI 244915849751438.",
            "iPad-6774\tiPadOS 18.0\t5CG8871787\t357176111732746\t9.7.2026",
            // the last four groups of an ICCID written in fours
            "Gammalt ICCID 8946 2055 8675 7843 2553, nytt 8935 8912 8146 6955 5549.",
            // a Finnish metering point's eighteen digits under GS1 Finland's prefix 643
            "Vanha osoite: Peltolantie 89 B, 00530 Helsinki, käyttöpaikka 643007417081893261",
            // a gift or loyalty card's number after its word, and a chargeback's ARN that goes on in a group of four
            "Sain lahjakortin (6394305750006219953, PIN PB21-X368) ystävältäni",
            "Jag fick ett presentkort (6713 8626 5576 2373, PIN 635084) av Christer.",
            "kaksi kanta-asiakasnumeroa (3689 2950 3966 9641 ja KLUBI 642 895 831)",
            "Gift card number: 4111 1111 1111 1111",
            "Chargeback ARN 5113 0145 0892 0661 2249 966",
            // a shipment's tracking number printed in fours
            "order #1977095: thinkpad t14 was due 06/10/2026. tracking 5580 1177 4907 8076.",
            "Seurantanumero: 4111 1111 1111 1111",
            "tekstari: ”lähetyksesi 3750 4536 3046 0696 on noudettavissa automaatista",
            // a parcel's number, and a pallet's serial shipping container code after its GS1 identifier
            "Hej Signhild! Ditt paket 4111 1111 1111 1111 kan hämtas på ICA Nära.",
            // a ticket's barcode printed in fours
            "Asiakaspalvelija: vanha viivakoodi 4529 6627 7452 1083 mitätöity, uusi 8638805920943",
            "Your old barcode 4111 1111 1111 1111 was cancelled.",
            "Load: 74 pallets, 29.6 kg, SSCC (00) 383793783288928585",
            // a payment's reference, whose check digit may pass Luhn
            "ennakko palautetaan 15.3.2027, viite 4111111111111111.",
            "Återbetalning med referens 4111 1111 1111 1111 gjord",
            "Betala med OCR 4111111111111111 senast fredag",
            "paid with payment reference 4111 1111 1111 1111 on Friday",
            // a library card's fourteen-digit barcode, which no card scheme issues, passing Luhn
            "kan ni förnya mina lån? Lånekort 21343166870575.",
            "ADEYEMI-OYELARAN Folasade Omotola, card 26589936493354",
    })
    void leavesLookAlikesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A card paid with beside a gift card's word, and a card before its expiry's words, stay cards. */
    @ParameterizedTest
    @ValueSource(strings = {"Bought a gift card with my card 4111 1111 1111 1111 yesterday",
            "Card 4111 1111 1111 1111 exp 12/27", "Lahjakortti maksettiin kortilla 4111 1111 1111 1111",
            "Maksu viitteellä 123 kortilla 4111 1111 1111 1111"})
    void findsACardBesideAStoreCardsWordOrItsExpiry(String text) {
        assertEquals(List.of("4111111111111111"), Found.in(detector, text).stream().map(Characters::compact).toList());
    }

    /** One group after a card is its security code or expiry ("MMYY"), not the rest of a longer number. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Amex 3782 822463 10005 1234|378282246310005",
            "4539 1488 0343 6467 0828 CVC 123|4539148803436467",
            // an amount written with a thousands' space after the card is no group of a longer number
            "maksaa kortilla 4269059806521153 7 586,89 €, loput erissä|4269059806521153",
            "paid with 4111 1111 1111 1111 1 200.50 EUR|4111111111111111",
            // and so is one whose first digits would pass the checksum as a card's seventeenth
            "2027-02-22 07:26:32 kortti 4088 1758 5868 5883 2 865,92 € HYVÄKSYTTY|4088175858685883",
            "paid with 4111 1111 1111 1111 3 450.00 GBP on 2026-03-01|4111111111111111",
            "Veloitus 5555 5555 5555 4444 0 999,10 € hyväksytty|5555555555554444",
            // the payment's date and time after the card, year first
            "Maksettu verkossa kortilla 4111 1111 1111 1111 2026-01-12 20:27:03.|4111111111111111",
            "Maksettu verkossa kortilla 4111111111111111 2026-01-12 20:27:03.|4111111111111111"})
    void findsACardBeforeOneGroupOfFour(String text, String card) {
        assertEquals(List.of(card), Found.in(detector, text).stream().map(Characters::compact).toList());
    }
}
