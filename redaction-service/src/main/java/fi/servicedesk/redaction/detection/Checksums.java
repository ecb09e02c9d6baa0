package fi.servicedesk.redaction.detection;

/** Check digits that separate real identifiers from look-alike numbers. */
final class Checksums {

    private Checksums() {
    }

    /** Luhn (payment cards, Swedish personnummer) over a string of digits. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** ISO 13616 mod-97 of an IBAN (upper-case letters and digits only). */
    static boolean iban(String iban) {
        var rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }

    /** The check digit of a Finnish business ID (Y-tunnus): the eight digits from {@code start}, weights 7 9 10 5 8 4 2, mod 11. */
    static boolean businessId(String text, int start) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += (text.charAt(start + k) - '0') * weights[k];
        }
        int remainder = sum % 11;
        int check = text.charAt(start + 7) - '0';
        return remainder == 0 ? check == 0 : remainder != 1 && check == 11 - remainder;
    }
}
