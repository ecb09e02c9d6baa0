package fi.servicedesk.redaction.detection;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Finnish personal identity code (henkilötunnus) with every century sign in force since
 * 2023 ({@code +}; {@code - Y X W V U}; {@code A B C D E F}), its mod-31 check character and a
 * real date; and the Swedish personnummer in its written forms {@code YYMMDD-NNNN},
 * {@code YYMMDD+NNNN} and {@code YYYYMMDD-NNNN}, with Luhn and a real date (day + 60 for a
 * samordningsnummer). A bare ten-digit Swedish number is left alone: too many order numbers
 * pass Luhn and a date by chance. Right after its cue ("hetu", "henkilötunnukseni on", "sotu:", "personal identity
 * code") a henkilötunnus with a real date is one even when its check character is wrong: a mistyped code still names
 * its person (R8.2), and the cue says what it is.
 */
public final class NationalIdDetector implements Detector {

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    /** What the pattern allows after the date: the century sign, in either case. */
    private static final String CENTURY_SIGNS = "-+YXWVUABCDEFyxwvuabcdef";
    private static final Pattern HETU = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{2})(\\d{2})(\\d{2})([" + CENTURY_SIGNS + "])(\\d{3})([0-9A-Ya-y])(?![\\p{L}\\p{N}])");
    private static final Pattern PERSONNUMMER = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])((?:19|20)?)(\\d{2})(\\d{2})(\\d{2})([-+])(\\d{4})(?![\\p{L}\\p{N}]|-\\d)");
    /** A henkilötunnus's cue right before it, in any case and with Finnish endings, "on/is/är" or a colon between. */
    private static final Pattern HETU_CUE = Pattern.compile("(?:\\bhetu\\p{L}*|\\bhenkilötun\\p{L}*|\\bsotu\\p{L}*"
            + "|\\bpersonnummer|\\bpersonbeteckning|identity (?:code|number)|social security number)"
            + "(?:\\s+(?:on|oli|is|was|är|var))?\\s*[:=]?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far before a code its cue may begin. */
    private static final int CUE_REACH = 48;
    private static final Scan.Opening HETU_OPENING = Scan.Opening.of(Scan.DIGITS, NationalIdDetector::mayStartHetu);
    private static final Scan.Opening PERSONNUMMER_OPENING = Scan.Opening.of(Scan.DIGITS, NationalIdDetector::mayStartPersonnummer);
    /** Digits in the shorter code: six of the date and three (HETU) or four (personnummer) after the sign. */
    private static final int SHORTEST = 9;

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        if (message.digits() < SHORTEST || !mayHoldACode(message)) {
            return;
        }
        var hetu = new Scan(HETU, message);
        for (int from = 0; hetu.find(from, HETU_OPENING); from = hetu.match().end()) {
            if (hasDate(hetu.match()) && (checks(hetu.match()) || cued(text, hetu.match().start()))) {
                findings.add(Finding.of(EntityType.NATIONAL_ID, text, hetu.match().start(), hetu.match().end()));
            }
        }
        var personnummer = new Scan(PERSONNUMMER, message);
        for (int from = 0; personnummer.find(from, PERSONNUMMER_OPENING); from = personnummer.match().end()) {
            if (isPersonnummer(personnummer.match())) {
                findings.add(new Finding(EntityType.NATIONAL_ID, personnummer.match().start(), personnummer.match().end(),
                        Characters.compact(personnummer.match().group())));
            }
        }
    }

    /**
     * Both codes open with a run of six digits (or eight, the long personnummer) and a sign after it: the
     * runs of digits are read once here, and most texts with nine digits (a phone number, an order's) have
     * no such run, so neither pattern's search is set up.
     */
    private static boolean mayHoldACode(Text message) {
        var text = message.value();
        for (int run = 0; run < message.digitRunCount(); run++) {
            int start = message.digitRun(run);
            int length = runLength(text, start);
            if ((length == 6 || length == 8) && start + length < text.length() && CENTURY_SIGNS.indexOf(text.charAt(start + length)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Both codes open with a run of exactly six (or eight) digits followed by the sign. */
    private static boolean mayStartHetu(String text, int i) {
        return Scan.digitRunStart(text, i) && runLength(text, i) == 6 && i + 6 < text.length()
                && CENTURY_SIGNS.indexOf(text.charAt(i + 6)) >= 0 && Characters.notAfterWord(text, i, "");
    }

    private static boolean mayStartPersonnummer(String text, int i) {
        if (!Scan.digitRunStart(text, i)) {
            return false;
        }
        int run = runLength(text, i);
        char after = i + run < text.length() ? text.charAt(i + run) : ' ';
        return (run == 6 || run == 8) && (after == '-' || after == '+') && Characters.notAfterWord(text, i, "-");
    }

    private static int runLength(String text, int start) {
        int end = start;
        while (end < text.length() && Scan.isDigit(text.charAt(end))) {
            end++;
        }
        return end - start;
    }

    /** Only a code with a wrong check character is asked: the text before it is read then alone. */
    private static boolean cued(String text, int start) {
        return HETU_CUE.matcher(text).region(Math.max(0, start - CUE_REACH), start).find();
    }

    private static boolean hasDate(Matcher m) {
        int century = switch (Character.toUpperCase(m.group(4).charAt(0))) {
            case '+' -> 1800;
            case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
            default -> 2000;
        };
        return isDate(century + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static boolean checks(Matcher m) {
        int number = Integer.parseInt(m.group(1) + m.group(2) + m.group(3) + m.group(5));
        return CHECK_CHARACTERS.charAt(number % 31) == m.group(6).toUpperCase(Locale.ROOT).charAt(0);
    }

    private static boolean isPersonnummer(Matcher m) {
        int day = Integer.parseInt(m.group(4));
        int twoDigitYear = Integer.parseInt(m.group(2));
        int year = m.group(1).isEmpty() ? 1900 + twoDigitYear : Integer.parseInt(m.group(1) + m.group(2));
        boolean date = isDate(year, Integer.parseInt(m.group(3)), day > 60 ? day - 60 : day);
        return date && Checksums.luhn(m.group(2) + m.group(3) + m.group(4) + m.group(6));
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
