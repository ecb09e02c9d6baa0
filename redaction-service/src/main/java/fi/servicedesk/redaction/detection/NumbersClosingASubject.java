package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * A number that closes a message's subject line, no phone's cue before it, is what the message is about: the case's,
 * the customer's, the bin's or the contract's reference ("Subject: Missed collection 0382768", "AVTAL OM KÖP AV SOLEL
 * 0683451893"), as a ticket's title names its matter, not how to reach the
 * writer. A number after "+" or "00" is dialled whatever the line, a line of two numbers heads a conversation between
 * them ("TEKSTIVIESTIT +966 59 156 6314 ↔ 029 971 6094"), and a cue keeps a phone one ("Soita takaisin 040 123 4567",
 * "Callback: 040 123 4567"), and a comma before it lists a contact's details, no title ("Aino Salo, aino.salo@…,
 * 090 285 2897"); a mobile's number is a person's even in a title, which often names whom to call back ("Aihe: Matti
 * Virtanen 040 123 4567", "Subject: Lost phone 040 123 4567"); a line alone, with no body below it, is no subject; a number within the
 * line ("Chat transcript 040 123 4567 – Lea") is left to the others.
 */
final class NumbersClosingASubject {

    private NumbersClosingASubject() {
    }

    /** "Aino Salo, aino.salo@example.fi, 090 285 2897": a contact's details listed with commas, not a title's words. */
    private static boolean afterComma(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ',';
    }

    /** "+358 …", "00358 …": a number with the international prefix is dialled, whatever line it closes. */
    private static boolean dialledAbroad(String text, int start) {
        return text.charAt(start) == '+' || text.startsWith("00", start);
    }

    /** "TEKSTIVIESTIT +966 59 156 6314 ↔ 029 971 6094": a line of two numbers heads a conversation between them. */
    private static boolean anotherPhoneBefore(List<Finding> findings, int first, Finding phone) {
        for (int i = first; i < findings.size(); i++) {
            var other = findings.get(i);
            if (other != phone && other.type() == EntityType.PHONE && other.end() <= phone.start()) {
                return true;
            }
        }
        return false;
    }

    static void drop(String text, List<Finding> findings, int first) {
        int subjectEnd = text.indexOf('\n');
        if (subjectEnd < 0) {
            return;
        }
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() == EntityType.PHONE && phone.end() <= subjectEnd && !dialledAbroad(text, phone.start())
                    && Characters.endsLine(text, phone.end()) && !afterComma(text, phone.start())
                    && !anotherPhoneBefore(findings, first, phone)
                    && !PhoneCues.cued(text, phone.start(), phone.end()) && !NumbersGivenAsOurs.isMobile(text, phone)) {
                findings.remove(i);
            }
        }
    }
}
