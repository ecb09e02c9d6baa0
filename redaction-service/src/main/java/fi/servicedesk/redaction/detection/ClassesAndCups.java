package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Fitness classes and cups that bear a person's name. A gym's timetable names a class by its kind and, often, the
 * given name of the instructor who leads it ("Spinning Lotta", "Kahvakuula Kaisa", "Core Charlie bookings cancelled",
 * "Yoga Stina-bokningar", the class's name opening a compound): the class is what is booked, and a given name right
 * after a class's word is part of the class's name, as no one's name opens with "Spinning". The class's word alone
 * is a word ("Zumba -tunnille"). A tournament named after a person or a place puts "Cup" after it ("Ryder Cup",
 * "Stanley Cup final", "Davis Cupin"): the capitalised words right before it are the cup's.
 */
final class ClassesAndCups {

    /** Kinds of group exercise class, in English, Finnish and Swedish. */
    private static final WordSet CLASSES = WordSet.of(Set.of("spinning", "spin", "zumba", "yoga", "jooga", "kahvakuula",
            "kettlebell", "aqua", "vesijumppa", "core", "pilates", "hiit", "bodypump", "bodycombat", "bodybalance",
            "crossfit", "barre", "tabata", "bootcamp", "jumppa", "kuntonyrkkeily", "venyttely", "stretching", "cycling",
            "indoorcycling"));
    /** "Cup", "Cupin", "Cupen": the word, as Finnish and Swedish inflect it. */
    private static final WordSet CUPS = WordSet.of(Set.of("cup", "cupin", "cupissa", "cupiin", "cupen", "cupens"));
    /** "Stanley Cup", "Gothia Cup", "Nordea Helsinki Cup": the cup's own name, up to two words. */
    private static final int LONGEST_CUP_NAME = 2;

    private ClassesAndCups() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            if (!tokens.isCapitalised(t)) {
                continue;
            }
            if (CLASSES.contains(text, tokens.start(t), tokens.end(t))
                    && !(t > 0 && names[t - 1] && tokens.spaced(t - 1, t))) {
                names[t] = false;
                if (t + 1 < n && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1)
                        && (NameWords.isGivenName(words[t + 1]) || opensCompound(text, tokens, t + 1))
                        && !(t + 2 < n && names[t + 2] && tokens.spaced(t + 1, t + 2) && tokens.isCapitalised(t + 2))) {
                    names[t + 1] = false;
                }
            } else if (CUPS.contains(text, tokens.start(t), tokens.end(t))) {
                names[t] = false;
                for (int r = t - 1; r >= 0 && r >= t - LONGEST_CUP_NAME && tokens.spaced(r, r + 1)
                        && tokens.isCapitalised(r); r--) {
                    names[r] = false;
                }
            }
        }
    }

    /** "Lotta-bokningar", "Kaisa-tunnit": the class's name opening a compound of a word in lower case. */
    private static boolean opensCompound(String text, Tokens tokens, int t) {
        int hyphen = text.indexOf('-', tokens.start(t), tokens.end(t));
        return hyphen > tokens.start(t) && hyphen + 1 < tokens.end(t) && Character.isLowerCase(text.charAt(hyphen + 1));
    }
}
