package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * A number that closes a message's subject line, no phone's cue before it, is what the message is about: the case's,
 * the customer's, the bin's or the contract's reference ("Subject: Missed collection 0382768", "Aihe: Tyhjennys jäi
 * tekemättä 048 7217", "AVTAL OM KÖP AV SOLEL 0683451893"), as a ticket's title names its matter, not how to reach the
 * writer. A number after "+" is dialled whatever the line, and a cue keeps a phone one ("Soita takaisin 040 123 4567",
 * "Callback: 040 123 4567"), and a comma before it lists a contact's details, no title ("Aino Salo, aino.salo@…,
 * 090 285 2897"); a mobile's number is a person's even in a title, which often names whom to call back ("Aihe: Matti
 * Virtanen 040 123 4567", "Subject: Lost phone 040 123 4567"); a line alone, with no body below it, is no subject; a number within the line ("Chat transcript 040 123 4567 – Lea") is left to the others.
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

    static void drop(String text, List<Finding> findings, int first) {
        int subjectEnd = text.indexOf('\n');
        if (subjectEnd < 0) {
            return;
        }
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() == EntityType.PHONE && phone.end() <= subjectEnd && text.charAt(phone.start()) != '+'
                    && Characters.endsLine(text, phone.end()) && !afterComma(text, phone.start())
                    && !PhoneCues.cued(text, phone.start(), phone.end()) && !NumbersGivenAsOurs.isMobile(text, phone)) {
                findings.remove(i);
            }
        }
    }
}
