package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A room's word in the Finnish genitive, capitalised at a sentence's start, before a word in lower case is the room
 * owning a thing ("Neukkarin näyttö on rikki", "Kokoushuoneen tykki ei toimi", "Aulan kaiutin"): neukkari is spoken
 * Finnish for a meeting room, and a person is not named after one. A name after it stays one ("Neukkarin Pekka"
 * is not taken: the next word must be in lower case).
 */
final class RoomGenitives {

    private static final WordSet ROOMS = WordSet.of(Set.of("neukkarin", "huoneen", "kokoushuoneen",
            "neuvotteluhuoneen", "kokoustilan", "luokkahuoneen", "keittiön", "taukotilan",
            "vastaanoton", "toimiston", "varaston", "palvelinhuoneen", "konesalin"));

    private RoomGenitives() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1)
                    && ROOMS.contains(text, tokens.start(t), tokens.end(t))) {
                names[t] = false;
            }
        }
    }
}
