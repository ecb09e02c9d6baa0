package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The person a contact card is of, in the card's file name (R3.2, R8.2): "Peltomäki.vcf", "Anna_Berg.vcf",
 * "AnnaBerg.vcf". A vCard holds one contact, and phones and address books name its file after them, so each capitalised
 * part of the name (split at "_", "-", "." and a capital inside a word) is a name unless it is an English word no one is
 * called, a product, or what an address book is called ("Contacts.vcf", "Yhteystiedot.vcf", "Kontakter_Export.vcf" stay).
 */
final class ContactCardNames {

    private static final Pattern CARD = Pattern.compile("(?<![\\p{L}\\p{N}_.-])([\\p{L}][\\p{L}\\p{N}_.-]*)\\.(?i:vcf)(?![\\p{L}\\p{N}])");
    /**
     * What an exported address book or card is called instead of a person. Finnish ordinary words are not refused as a
     * class, since Finnish surnames are nouns ("Peltomäki", "Rastas").
     */
    private static final Set<String> ADDRESS_BOOKS = Set.of("vcard", "vcards", "export", "backup", "kontakter", "kontakt", "adressbok", "visitkort",
            "käyntikortti", "käyntikortit", "osoitekirja", "yhteystiedot", "yhteystieto", "kontaktit");

    private ContactCardNames() {
    }

    static void find(String text, NameLexicon lexicon, List<Finding> findings) {
        if (!text.contains(".vcf") && !text.contains(".VCF")) {
            return;
        }
        var matcher = CARD.matcher(text);
        while (matcher.find()) {
            int end = matcher.end(1);
            for (int start = matcher.start(1); start < end; ) {
                int partEnd = partEnd(text, start, end);
                if (isName(text, start, partEnd, lexicon) && Finding.noneOverlaps(findings, start, partEnd)) {
                    findings.add(nameFinding(text, start, partEnd, lexicon));
                }
                start = partEnd;
                while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
                    start++;
                }
            }
        }
    }

    /** A finding of the name from {@code start} to {@code end}, under its base form where it has a name's reading. */
    static Finding nameFinding(String text, int start, int end, NameLexicon lexicon) {
        var w = lexicon.lookup(text, start, end);
        return new Finding(EntityType.NAME, start, end,
                w.isName() && w.base() != null ? w.base() : text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** Where the part opening at {@code start} ends: at a separator, or before a capital after a lower-case letter. */
    private static int partEnd(String text, int start, int end) {
        int i = start + 1;
        while (i < end && Character.isLetterOrDigit(text.charAt(i))
                && !(Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1)))) {
            i++;
        }
        return i;
    }

    private static boolean isName(String text, int start, int end, NameLexicon lexicon) {
        if (end - start < 2 || !Character.isUpperCase(text.charAt(start)) || !Character.isLowerCase(text.charAt(start + 1))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Characters.isLetter(text.charAt(i))) {
                return false;
            }
        }
        var lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (NameLexicon.isThingOrWord(lower) || ADDRESS_BOOKS.contains(lower) || EnglishNouns.contains(text, start, end)) {
            return false;
        }
        var w = lexicon.lookup(text, start, end);
        return w.isName() || !w.is(NameLexicon.Word.ENGLISH_WORD);
    }
}
