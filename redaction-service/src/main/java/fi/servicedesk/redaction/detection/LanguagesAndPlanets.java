package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Programming languages and planets named after people or gods, which people are named after too: "written in
 * Haskell", "the Pascal compiler", "koodattu Julialla"; "Jupiter and Saturn", "Marsin kiertorata". A list, because
 * nothing in the word tells the language or the planet from the person, and the words around them do only where the
 * message speaks of the thing:
 * <ul>
 *   <li>a language's name is the language in a message that speaks of programming ({@link #PROGRAMMING}) and only
 *       where it stands as a tool does: after "in", "using" or a Finnish participle of writing code ("kirjoitettu
 *       Pascalilla"), or before a word of code ("Haskell compiler", "Julia script"); "Julia wrote the script" is a
 *       person's, as is any language's name after a greeting or cue or beside another name ({@link
 *       NamedProducts#isPerson});</li>
 *   <li>a planet's name is the planet beside another planet's, joined by a conjunction or a comma ("Venus and Mars",
 *       "servers Jupiter, Saturnus"), or in a message that speaks of space ({@link #SPACE}), unless a person's frame
 *       holds it ("Venus Williams", "Hi Mercury,").</li>
 * </ul>
 */
final class LanguagesAndPlanets {

    /** Programming languages named after a person (Pascal, Haskell Curry, Ada Lovelace, Agner Erlang, Kurt Gödel) or bearing a given name. */
    private static final WordSet LANGUAGES = WordSet.of(Set.of("pascal", "haskell", "julia", "ada", "ruby", "erlang",
            "curry", "miranda", "eiffel", "gödel", "godel", "simula", "lisa"));
    /** The planets and the dwarf planet Pluto, in English, Finnish and Swedish. */
    private static final WordSet PLANETS = WordSet.of(Set.of("mercury", "merkurius", "venus", "mars", "jupiter",
            "saturn", "saturnus", "uranus", "neptune", "neptunus", "pluto"));
    /** Words before a language as a tool: "in Haskell", "using Julia", "kirjoitettu Pascalilla". */
    private static final WordSet TOOL_WORDS = WordSet.of(Set.of("in", "using", "kirjoitettu", "koodattu", "ohjelmoitu",
            "toteutettu", "tehty", "skriven", "skrivet", "programmerad", "geschrieben"));
    /** Words of code after a language's name: "Haskell compiler", "the Pascal code base". */
    private static final WordSet CODE_WORDS = WordSet.of(Set.of("code", "compiler", "interpreter", "runtime", "script",
            "scripts", "program", "programs", "package", "packages", "library", "libraries", "syntax", "developer",
            "developers", "course", "koodi", "koodia", "kääntäjä", "tulkki", "ohjelma", "kirjasto", "kurssi", "kurssille"));
    /**
     * Words of a message about programming, in lower case, matched inside words ("ohjelmointikieli", "compiled"); not
     * "code" or "koodi" alone, which a service desk's messages use for PINs and verification codes.
     */
    private static final List<String> PROGRAMMING = List.of("source code", "codebase", "coding", "lähdekoodi", "koodaa",
            "koodat", "compil", "kääntäj", "script", "skript", "ohjelmointi", "programming", "programmer", "syntax",
            "syntaks", "runs in", "written in", "kirjoitettu", "developer", "kehittäj", "devaaja", "function", "funktio",
            "programmera", "kodbas");
    /** Words of a message about space, matched inside words ("planeettojen", "kiertoradalla", "rymden"); not "space" of a disk. */
    private static final List<String> SPACE = List.of("planet", "planeet", "aurinkokun", "solar system", "orbit",
            "kiertora", "avaruu", "rymd", "telescope", "kaukoputk", "nasa", "astronom", "tähtitie", "luotain");
    private static final WordSet JOINERS = WordSet.of(Set.of("and", "or", "ja", "tai", "och", "eller", "und"));

    private LanguagesAndPlanets() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        String lower = null;
        for (int t = 0; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t)) {
                continue;
            }
            boolean language = NamedProducts.isIn(LANGUAGES, text, tokens, words[t], t);
            boolean planet = !language && NamedProducts.isIn(PLANETS, text, tokens, words[t], t);
            if (!language && !planet || NamedProducts.isPerson(text, tokens, words, names, t) && !besidePlanet(text, tokens, words, t)) {
                continue;
            }
            if (lower == null) {
                lower = text.toLowerCase(Locale.ROOT);
            }
            if (language && standsAsTool(text, tokens, t) && speaksOf(lower, PROGRAMMING)
                    || planet && (besidePlanet(text, tokens, words, t) || speaksOf(lower, SPACE))) {
                names[t] = false;
            }
        }
    }

    /** After "in", "using" or a participle of writing code, or before a word of code; not before a possessive ("in Julia's team"). */
    private static boolean standsAsTool(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')) {
            return false;
        }
        return t > 0 && tokens.spaced(t - 1, t) && tokens.isLowerCase(t - 1) && TOOL_WORDS.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                || t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1)
                && CODE_WORDS.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    /** Another planet's name right beside, after a comma or joined by a conjunction: "Venus and Mars", "Jupiter, Saturnus". */
    private static boolean besidePlanet(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return isPlanetJoined(text, tokens, words, t, t + 1, t + 2) || isPlanetJoined(text, tokens, words, t, t - 1, t - 2);
    }

    private static boolean isPlanetJoined(String text, Tokens tokens, NameLexicon.Word[] words, int t, int next, int afterNext) {
        if (next < 0 || next >= tokens.size()) {
            return false;
        }
        int first = Math.min(t, next);
        int second = Math.max(t, next);
        String between = text.substring(tokens.end(first), tokens.start(second));
        if ((between.equals(", ") || between.equals(",")) && isPlanet(text, tokens, words, next)) {
            return true;
        }
        return afterNext >= 0 && afterNext < tokens.size() && tokens.spaced(first, second)
                && JOINERS.contains(text, tokens.start(next), tokens.end(next))
                && tokens.spaced(Math.min(next, afterNext), Math.max(next, afterNext)) && isPlanet(text, tokens, words, afterNext);
    }

    private static boolean isPlanet(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return tokens.isCapitalised(t) && NamedProducts.isIn(PLANETS, text, tokens, words[t], t);
    }

    private static boolean speaksOf(String lower, List<String> topic) {
        for (var word : topic) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
