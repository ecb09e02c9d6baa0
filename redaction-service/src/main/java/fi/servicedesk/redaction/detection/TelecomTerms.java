package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Set;

/**
 * The vocabulary of mobile subscriptions and switchboards, which the name tagger reads as names where it stands in a
 * table's cell, a call record or a line's first place ("Växel;08-787 86 00;Växelabonnemang", "… 826 s ROAM-MOC",
 * "ordered a replacement SIM", "Ylivuoto Annan matkapuhelimeen", "Queue 3 – Porting"):
 * <ul>
 *   <li>the codes of SIM cards and call records as the trade writes them, in capitals (SIM, eSIM, PUK, ICCID, IMSI,
 *       MSISDN, MOC, MTC, SMS-MO, SMS-MT, GPRS, ROAM-MOC, VMS …), also a kind of SIM after a hyphen ("Multi-SIM",
 *       "Twin-SIM"); written so, none is a person's name ("Sim" is, and stays);</li>
 *   <li>the nouns of switchboards, queues and number porting, Finnish, Swedish and English (vaihde, ylivuoto, jono,
 *       växel, kö, switchboard, queue, porting, numeronsiirto, nummerflytt), where no name list reads the word as a
 *       name.</li>
 * </ul>
 */
final class TelecomTerms {

    /** Codes of SIM cards, networks and call detail records, as written. */
    private static final List<String> CODES = List.of("SIM", "eSIM", "ESIM", "PUK", "PIN", "ICCID", "IMSI", "IMEI", "EID",
            "MSISDN", "APN", "GPRS", "MOC", "MTC", "SMS", "MMS", "SMS-MO", "SMS-MT", "MMS-MO", "MMS-MT", "ROAM-MOC",
            "ROAM-MTC", "ROAM-SMS", "ROAM-GPRS", "VMS", "USSD", "VoLTE", "VoWiFi", "LTE", "CFU", "CFB", "CFNR");
    private static final String SIM_KIND = "-SIM";
    private static final WordSet SWITCHBOARD_WORDS = WordSet.of(Set.of("vaihde", "vaihteen", "vaihteessa", "ylivuoto",
            "jono", "jonoon", "växel", "växeln", "kö", "kön", "switchboard", "queue", "porting", "numeronsiirto",
            "numeronsiirron", "nummerflytt", "nummerflytten", "siirto"));
    private static final int LONGEST_CODE = 9;

    private TelecomTerms() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && (isCode(text, tokens.start(t), tokens.end(t)) || isSwitchboardWord(text, tokens, words, t))) {
                names[t] = false;
            }
        }
    }

    private static boolean isCode(String text, int start, int end) {
        if (end - start > LONGEST_CODE) {
            return false;
        }
        if (end - start > SIM_KIND.length() + 1 && text.startsWith(SIM_KIND, end - SIM_KIND.length())) {
            return true;
        }
        for (var code : CODES) {
            if (code.length() == end - start && text.startsWith(code, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSwitchboardWord(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return SWITCHBOARD_WORDS.contains(text, tokens.start(t), tokens.end(t)) && (words[t] == null || !NameWords.isAnyName(words[t]));
    }
}
