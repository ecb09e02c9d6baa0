package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * An organisation's account on a social or chat service, no one's user name: a handle one of whose parts (split at
 * "_", ".", "-" and where a capital follows a small letter) says it is a customer service's or an office's, in any
 * of the three languages ("@BH_Support", "@Kuitunet_Asiakaspalvelu", "@Pohjoisranta_tuki", "@Vesiteho_Kundservice",
 * "@kela_info"), or a country's or company form's code in capitals ending it ("@KuitunetFI", "@HavsbrisAB"): brands
 * name their accounts so, people do not. And a mention that joins words in camel case ({@link CamelCaseProducts}), its
 * first part no name or its second an ordinary word ("@VesitehoVaasa", "@PolarLedger", "@SaimaaPankki"): a brand's
 * name run together, where a person's handle so made is a given name and a surname ("@MattiVirtanen") and a surname's
 * prefix is short or a particle ("@McAllister", "@DeLuca", "@MacArthur").
 */
final class OrganisationAccounts {

    /** Parts, in lower case, that name an organisation's service desk or office. */
    private static final Set<String> SERVICE_WORDS = Set.of("support", "tuki", "asiakastuki", "asiakaspalvelu", "palvelu",
            "kundservice", "kundtjanst", "kundtjänst", "kundsupport", "helpdesk", "servicedesk", "help", "care",
            "customercare", "customerservice", "service", "info", "news", "uutiset", "nyheter",
            "hq");
    /** Country codes and company forms a brand's account ends in, in capitals. */
    private static final Set<String> CODES = Set.of("FI", "SE", "UK", "NO", "DK", "EE", "DE", "US", "EU", "AB", "OY", "OYJ");

    private OrganisationAccounts() {
    }

    /** Whether the mention {@code text[start, end)} is an organisation's account. */
    static boolean isMention(String text, int start, int end, NameLexicon lexicon) {
        if (is(text, start, end) || CamelCaseProducts.opensWithNoName(text, start, end, lexicon)) {
            return true;
        }
        int second = CamelCaseProducts.secondPart(text, start, end);
        return second >= 0 && isWord(text, second, wordEnd(text, second), lexicon);
    }

    /** The end of the camel-cased word from {@code start}: "Pankki" of "SaimaaPankki". */
    private static int wordEnd(String text, int start) {
        int end = start + 1;
        while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** "Pankki", "Energi": an ordinary word no name, as a brand's second word is and a surname is not. */
    private static boolean isWord(String text, int start, int end, NameLexicon lexicon) {
        var w = lexicon.lookup(text, start, end);
        return !w.isName() && (w.is(NameLexicon.Word.COMMON | NameLexicon.Word.ENGLISH_WORD) || NameLexicon.isThingOrWord(text, start, end));
    }

    /** Whether the handle {@code text[start, end)} is an organisation's. */
    static boolean is(String text, int start, int end) {
        int part = start;
        for (int i = start + 1; i <= end; i++) {
            boolean boundary = i == end || "_.-".indexOf(text.charAt(i)) >= 0
                    || Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1));
            if (!boundary) {
                continue;
            }
            var word = text.substring(part, i);
            if (SERVICE_WORDS.contains(word.toLowerCase(Locale.ROOT)) || i == end && part > start && CODES.contains(word)) {
                return true;
            }
            part = i < end && "_.-".indexOf(text.charAt(i)) >= 0 ? i + 1 : i;
        }
        return false;
    }
}
