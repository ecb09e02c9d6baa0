package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A rule that takes marks off, tried on every capitalised word marked as a name, as the name tagger may mark any: what
 * stays marked after it. Tests a rule apart from which rule or model marked the words.
 */
final class MarkedWords {

    interface Unmarking {
        void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names);
    }

    interface Marking {
        void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names);
    }

    private MarkedWords() {
    }

    /** Asserts that the words of {@code names} (";"-separated, null for none) stay marked, in order, after {@code rule}. */
    static void assertStay(Unmarking rule, String text, String names) {
        var expected = names == null ? List.<String>of() : Arrays.asList(names.split(";"));
        assertEquals(expected, after(rule, text.replace("\\n", "\n")));
    }

    /**
     * Asserts that the words of {@code names} stay marked after {@code rule} with every word marked before it, in lower
     * case and in capitals too, as the name tagger may mark any.
     */
    static void assertStayOfAll(Unmarking rule, String text, String names) {
        assertStay((s, tokens, words, marks) -> {
            Arrays.fill(marks, true);
            rule.unmark(s, tokens, words, marks);
        }, text, names);
    }

    /** Asserts that a rule that marks names marks the words of {@code names}, with none marked before it. */
    static void assertMarks(Marking rule, String text, String names) {
        assertStay((s, tokens, words, marks) -> {
            Arrays.fill(marks, false);
            rule.mark(s, tokens, words, marks);
        }, text, names);
    }

    static List<String> after(Unmarking rule, String text) {
        var lexicon = NameLexicon.shared();
        var tokens = Text.of(text).words();
        var words = new NameLexicon.Word[tokens.size()];
        var names = new boolean[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            words[t] = lexicon.lookup(text, tokens.start(t), tokens.end(t));
            names[t] = tokens.isCapitalised(t);
        }
        rule.unmark(text, tokens, words, names);
        var marked = new ArrayList<String>();
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t]) {
                marked.add(text.substring(tokens.start(t), tokens.end(t)));
            }
        }
        return marked;
    }
}
