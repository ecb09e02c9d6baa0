package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An organisation's own line is no person's phone (R5.3 covers a person's): the number a noun names as the
 * organisation's ("Vaihteen numero 020 971 238", "Växelnumret 08-500 61 00", "Main number +44 345 …"), as a public
 * service's ("Customer line: 0345 …", "Verohallinnon palvelunumero 029 …", {@link ServiceLines}) or as a unit's
 * public one, which no one person answers ("Osaston julkinen numero 09 310 …", "Ward public line 020 …"), a switchboard's
 * or customer service's field among a contact line's fields ("M: 040 … | Switchboard: 1-888 …", "Mobil: … · Växel:
 * 08-…"), a list row whose name cell is such a line ("Vaihde;010 …;Vaihdeliittymä", "Switchboard,+44 345 …,Hunt
 * group", "| Växel | … |",
 * "&lt;td&gt;Switchboard&lt;/td&gt;") and the switchboard's call link, its {@code tel:} and its text ("Vaihde &lt;a
 * href="tel:020 …"&gt;020 …&lt;/a&gt;"). Only a label right before the number counts: a queue's change that names the
 * switchboard and then a person ("Växel: lägg till Inga Berg (033303747)") leaves the person's number a phone, and so
 * does a row that names someone before the number ("Vaihde;Matti Virtanen;040 …"). A field's label without its colon
 * ("040 … · vaihde 010 …") names the organisation's line only over the firm's own line with its registered id
 * ("Esimerkki Oy, Y-tunnus …"), and a business's reply to a review speaks for the business ({@link OwnersReplies}). A
 * bare "vaihde 020 …" or "Vaihde:" opening a line is left a phone: the earlier evaluation sets hold such numbers to be
 * phones, and a number's type alone does not tell either (a Finnish 010, 020 or 029 number is often a person's direct
 * line); a clause that opens with a line's label does, over such a number ({@link ServiceLinesOpeningClauses}).
 */
final class SwitchboardNumbers {

    /** What may stand between such a noun and its number ("Växelnumret är 08-…", "Kronofogden nås på 0771-…"). */
    private static final List<String> VERBS_AFTER_LABEL = List.of(" on", " is", " är", " nås på", " på", " at");
    /** Nouns that name a number as an organisation's own, in lower case. */
    private static final List<String> OWN_NUMBER_NOUNS = List.of("vaihteen numero", "vaihdenumero", "päänumero",
            "växelnummer", "växelnumret", "växelns nummer", "huvudnummer", "main number", "switchboard number",
            "julkinen numero", "julkinen puhelinnumero", "allmänna nummer", "allmänna numret", "public line",
            "public number");
    /** An organisation's lines, as a field's name or a list row's name cell, in lower case. */
    private static final List<String> LINE_LABELS = List.of("puhelinvaihde", "vaihde", "asiakaspalvelu", "växel",
            "kundtjänst", "kundservice", "switchboard", "customer service");
    /** A place's lines after its name: its switchboard's, and its emergency desk's, which no one person answers. */
    private static final List<String> PLACES_LINE_LABELS = List.of("växel", "vaihde", "switchboard", "päivystys", "jour",
            "emergency");
    /** A record's field opening its line, one word and its colon: "Sairaala: ", "Hospital: ". */
    private static final Pattern FIELD_OPENING = Pattern.compile("\\p{L}+: ");
    /** The labels of a firm's registered id (business id, organisation number, company number), in lower case. */
    private static final List<String> REGISTERED_ID_LABELS = List.of("y-tunnus", "fo-nummer", "org.nr", "org. nr",
            "organisationsnummer", "orgnr", "company no", "company number", "company reg", "registered in");
    /** What parts a contact line's fields. */
    private static final String FIELD_SEPARATORS = "·|•\t;";
    /** What parts a list row's cells: a field's separators and a CSV file's comma. */
    private static final String CELL_SEPARATORS = FIELD_SEPARATORS + ",";
    /**
     * The kinds of number an organisation rents for its callers and no person has (libphonenumber's types): a toll-free
     * one, a shared-cost one, a non-geographic "universal access" one, a premium-rate one, a voicemail's.
     */
    private static final Set<PhoneNumberType> ORGANISATIONS_KINDS = EnumSet.of(PhoneNumberType.TOLL_FREE,
            PhoneNumberType.SHARED_COST, PhoneNumberType.UAN, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.VOICEMAIL);
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final String LINK = "<a href=\"tel:";
    private static final String ROW = "<tr>";
    private static final String CELL = "<td>";

    private SwitchboardNumbers() {
    }

    /** Drops the phones found from {@code first} on that an organisation's label marks as its own line. */
    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() == EntityType.PHONE
                    && (organisations(text, phone.start()) || ServiceLines.answeredAtAllHours(text, phone.start(), phone.end())
                    || placesLine(text, phone) || ServiceLinesOpeningClauses.holds(text, phone))) {
                findings.remove(i);
            }
        }
    }

    static boolean organisations(String text, int start) {
        int lineStart = Characters.lineStart(text, start);
        int link = linkOpening(text, lineStart, start);
        int end = link;
        while (end > lineStart && text.charAt(end - 1) == ' ') {
            end--;
        }
        var before = text.substring(lineStart, end).toLowerCase(Locale.ROOT);
        boolean linked = link < start && endsWithWord(stripped(before, ":"), LINE_LABELS) != null;
        return linked || ownNumber(before) || fieldOfContactLine(before, text, start)
                || inNamedRow(text, lineStart, start) || OwnersReplies.holds(text, start);
    }

    /**
     * "Sjukhus: Vinmec Nha Trang, växel +46 771 …", "Sairaala: …, päivystys +358 800 …": a record's field that names a
     * place, then after the comma that closes the place's name its switchboard's or its emergency desk's label, over a
     * number of a kind only an organisation has ({@link #ORGANISATIONS_KINDS}). A label after a person's number ("044 …
     * / vaihde 0800 …"), opening a line ("Vaihde: 010 …") or in prose ("Huoltoyhtiö … Oy, päivystys 0800 …") does not
     * count: the earlier evaluation sets hold those to be phones.
     */
    private static boolean placesLine(String text, Finding phone) {
        int lineStart = Characters.lineStart(text, phone.start());
        var before = trimmed(text.substring(lineStart, phone.start()).toLowerCase(Locale.ROOT));
        var label = endsWithWord(before, PLACES_LINE_LABELS);
        if (label == null || !FIELD_OPENING.matcher(before).lookingAt()
                || !trimmed(before.substring(0, before.length() - label.length())).endsWith(",")) {
            return false;
        }
        try {
            var number = NUMBERS.parse(text.substring(phone.start(), phone.end()), PhoneDetector.DEFAULT_REGION);
            return NUMBERS.isValidNumber(number) && ORGANISATIONS_KINDS.contains(NUMBERS.getNumberType(number));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** Where the call link the number stands in opens ({@code <a href="tel:…">}), else {@code start}. */
    private static int linkOpening(String text, int lineStart, int start) {
        int link = text.lastIndexOf(LINK, start);
        if (link < lineStart) {
            return start;
        }
        int close = text.indexOf('>', link);
        boolean inHref = link + LINK.length() == start;
        boolean linkText = close == start - 1 && text.indexOf('<', link + 1) > close;
        return inHref || linkText ? link : start;
    }

    /**
     * "Växelnumret 08-…", "Main number: +44 …", "Customer line: 0345 …": a noun naming the organisation's own number or a
     * service's line ({@link ServiceLines}), its colon or verb after it.
     */
    private static boolean ownNumber(String before) {
        // "Asiakaspalveluun (0800 …):" names the line as a colon does.
        var label = trimmed(stripped(stripped(before, "("), ":"));
        for (var verb : VERBS_AFTER_LABEL) {
            if (label.endsWith(verb)) {
                label = label.substring(0, label.length() - verb.length());
            }
        }
        return endsWithWord(label, OWN_NUMBER_NOUNS) != null || ServiceLines.named(label);
    }

    /**
     * "M: 040 … | Switchboard: 1-888 …": a line's label and its colon, a field after another on a contact line. Without
     * the colon ("040 … · vaihde 010 …") the label may as well say whose the person's second number is, unless the
     * signature's next line is the firm's own, giving its registered id.
     */
    private static boolean fieldOfContactLine(String before, String text, int start) {
        boolean colon = before.endsWith(":");
        var named = trimmed(colon ? before.substring(0, before.length() - 1) : before);
        var label = endsWithWord(named, LINE_LABELS);
        if (label == null) {
            return false;
        }
        var field = trimmed(named.substring(0, named.length() - label.length()));
        return !field.isEmpty() && FIELD_SEPARATORS.indexOf(field.charAt(field.length() - 1)) >= 0
                && !trimmed(field.substring(0, field.length() - 1)).isEmpty() && (colon || nextLineNamesTheFirm(text, start));
    }

    /** "Esimerkki Oy, Y-tunnus 1234567-8", "Org.nr 556677-8899": the line after the number's gives a firm's registered id. */
    private static boolean nextLineNamesTheFirm(String text, int start) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
            return false;
        }
        var next = text.substring(end + 1, Characters.lineEnd(text, end + 1)).toLowerCase(Locale.ROOT);
        return REGISTERED_ID_LABELS.stream().anyMatch(next::contains);
    }

    /** "Vaihde;010 …;Vaihdeliittymä", "| Växel | … |", "&lt;tr&gt;&lt;td&gt;Switchboard&lt;/td&gt;…": a row named as a line. */
    private static boolean inNamedRow(String text, int lineStart, int start) {
        int cell = Math.max(lineStart, text.lastIndexOf(ROW, start));
        while (cell < start && (text.startsWith(ROW, cell) || text.startsWith(CELL, cell) || " |\t".indexOf(text.charAt(cell)) >= 0)) {
            cell += Character.isWhitespace(text.charAt(cell)) || text.charAt(cell) == '|' ? 1 : ROW.length();
        }
        for (var label : LINE_LABELS) {
            int after = cell + label.length();
            if (after < start && text.regionMatches(true, cell, label, 0, label.length())) {
                int next = after;
                while (next < start && text.charAt(next) == ' ') {
                    next++;
                }
                return (CELL_SEPARATORS.indexOf(text.charAt(next)) >= 0 || text.startsWith("</td>", next))
                        && !namesSomeone(text, next, start);
            }
        }
        return false;
    }

    /**
     * "Vaihde;Matti Virtanen;040 …": a cell between the row's name and the number with two capitalised words names the
     * person whose number it is.
     */
    private static boolean namesSomeone(String text, int from, int to) {
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (CELL_SEPARATORS.indexOf(c) >= 0 || c == '<') {
                capitalised = 0;
            } else if (Character.isUpperCase(c) && !Character.isLetter(text.charAt(i - 1)) && ++capitalised == 2) {
                return true;
            }
        }
        return false;
    }

    /** The label of {@code labels} that {@code text} ends with as a whole word, or null. */
    private static String endsWithWord(String text, List<String> labels) {
        for (var label : labels) {
            if (text.endsWith(label) && (text.length() == label.length()
                    || !Character.isLetterOrDigit(text.charAt(text.length() - label.length() - 1)))) {
                return label;
            }
        }
        return null;
    }

    private static String stripped(String text, String suffix) {
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }

    private static String trimmed(String text) {
        return text.strip();
    }
}
