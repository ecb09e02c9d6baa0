package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * libphonenumber's answer for a Finnish national number — valid, or for one written as a
 * landline possible — remembered in a fixed table: its check tries a pattern for each kind of number,
 * and a conversation repeats its numbers (a signature in every message). A number goes to one
 * slot by its value and replaces what was there; number and answer are one long, written and
 * read whole, so threads share the table without a lock and never see half an entry.
 */
final class NationalNumbers {

    private static final int SLOTS = 1 << 12;
    /** The low bits of an entry: it is filled, the number was written as a landline, the answer. */
    private static final long FILLED = 1;
    private static final long LANDLINE = 2;
    private static final long ACCEPTED = 4;
    private static final int FLAG_BITS = 3;

    private final PhoneNumberUtil numbers;
    private final int countryCode;
    private final AtomicLongArray answers = new AtomicLongArray(SLOTS);

    NationalNumbers(PhoneNumberUtil numbers, int countryCode) {
        this.numbers = numbers;
        this.countryCode = countryCode;
    }

    /**
     * Whether the national number (at most 17 digits, so it fits beside the flags) is valid, or
     * when written as a landline possible.
     */
    boolean accepted(long nationalNumber, boolean landline) {
        long key = nationalNumber << FLAG_BITS | (landline ? LANDLINE : 0) | FILLED;
        int slot = (int) (nationalNumber ^ nationalNumber >>> 29) & (SLOTS - 1);
        long entry = answers.getOpaque(slot);
        if ((entry & ~ACCEPTED) == key) {
            return (entry & ACCEPTED) != 0;
        }
        var number = new Phonenumber.PhoneNumber().setCountryCode(countryCode).setNationalNumber(nationalNumber);
        boolean accepted = landline ? numbers.isPossibleNumber(number) : numbers.isValidNumber(number);
        answers.setOpaque(slot, key | (accepted ? ACCEPTED : 0));
        return accepted;
    }
}
