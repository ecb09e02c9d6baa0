package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A phone's IMEI after its label ("IMEI 35-150746-348751-1", "IMEI-koodi: 350887430716536"): it names the owner's
 * device, and through the operator the owner, so a bot's corpus may not keep it (R8.2, R9.4). Fourteen to sixteen
 * digits (the fifteen of an IMEI, the fourteen without its check digit, the sixteen of an IMEISV), spaced or hyphenated
 * as printed; under its label a number that fails the Luhn check is still the device's, mistyped or misread, and is
 * redacted all the same. The label may be inflected ("IMEI:n"), followed by a verb of being ("Puhelimen IMEI on …", "the IMEI is …")
 * or open a parenthesis around the digits; an IMEI in a column titled IMEI is {@link ImeiColumn}'s. Without the label
 * fifteen such digits starting 2–6 are a payment card's: a card or phone number read in the same digits yields to this
 * finding in {@link Redactor}'s merge. An IMEI after the word for its handset, or in the IMEI's own grouping, is
 * {@link ImeisOfAHandset}'. A SIM's IMSI after its label is {@link SubscriberIdentities}'.
 */
public final class DeviceIdDetector implements Detector {

    /**
     * What may stand between a device's or subscriber's label and its digits: a Finnish case ending ("IMEI:n"), a
     * colon, a verb of being ("Puhelimen IMEI on …", "the IMSI is …") and the parenthesis the digits open.
     */
    static final String BETWEEN_LABEL_AND_DIGITS =
            "(?::n)?:?[ \\t]*(?:(?i:on|oli|is|was|är|var)[ \\t]+)?(?:\\([ \\t]*)?";
    private static final Pattern LABELLED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?i:imei)(?:[- ]?(?i:sv|koodi|numero|code|number))?" + BETWEEN_LABEL_AND_DIGITS
                    + "([0-9](?:[ -]?[0-9]){13,15})(?![\\p{L}\\p{N}]|[.,][0-9])");
    private static final int IMEI_DIGITS = 15;

    @Override
    public void find(Text message, List<Finding> findings) {
        if (message.digits() < IMEI_DIGITS - 1) {
            return;
        }
        var text = message.value();
        SubscriberIdentities.find(text, findings);
        if (Characters.containsIgnoringCase(text, "imei")) {
            var m = LABELLED.matcher(text);
            while (m.find()) {
                var digits = Characters.compact(m.group(1));
                findings.add(new Finding(EntityType.DEVICE_ID, m.start(1), m.end(1), digits));
            }
            ImeiColumn.find(text, findings);
        }
        ImeisOfAHandset.find(text, findings);
    }
}
