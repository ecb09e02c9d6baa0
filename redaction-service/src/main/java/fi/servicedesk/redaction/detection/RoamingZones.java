package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * The zones of the operators' roaming price lists, which a roaming question or complaint names where a trip went ("Do
 * I pay extra in Norden?", "olin työmatkalla (Maailma 3)", "Jag var i Världen 2"): the regions the Nordic operators
 * price by, in Finnish, Swedish and English ({@link #ZONES}), a closed class. "Norden" and "Europa" are surnames too,
 * so a zone beside another word marked as a name ("Lena Norden") stays the name.
 */
final class RoamingZones {

    private static final WordSet ZONES = WordSet.of(Set.of("norden", "pohjoismaat", "pohjoismaissa", "maailma",
            "maailman", "världen", "europa", "eurooppa", "euroopassa", "baltia", "baltikum"));

    private RoamingZones() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && ZONES.contains(text, tokens.start(t), tokens.end(t)) && !besideName(tokens, names, t)) {
                names[t] = false;
            }
        }
    }

    private static boolean besideName(Tokens tokens, boolean[] names, int t) {
        return t > 0 && names[t - 1] && tokens.spaced(t - 1, t)
                || t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1);
    }
}
