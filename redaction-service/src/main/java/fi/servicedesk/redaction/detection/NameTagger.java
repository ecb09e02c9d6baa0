package fi.servicedesk.redaction.detection;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * A second source of names beside the rules (R3.2, R8.2): a logistic regression per word over
 * {@link TokenFeatures} says how likely the word is part of a person's name, and
 * {@link PersonNameDetector} marks the words at or above the threshold before its look-alike
 * rules, which may still take the mark off. Rules chosen from one set's misses carried over to
 * the next set hardly at all; the model learns from context, morphology and the name lists
 * instead (docs/redaction.md, *The name tagger in the engine*). With {@code passes == 2} a second
 * model also reads the first's probabilities of the two words either side.
 *
 * <p>The model is {@value #MODEL}, made by NameTaggerTraining (test scope,
 * redaction-service/bench/tagger/train.sh): gzip of the magic number, the hashing's bits, the
 * threshold, the passes, then for each pass the count of non-zero weights and each as slot and value.
 * Read once; thread-safe.
 */
public final class NameTagger {

    static final String MODEL = "/names/name-tagger.bin.gz";
    static final int MAGIC = 0x4E544731;

    private static NameTagger shared;

    private final float[][] weights;
    private final double threshold;

    NameTagger(float[][] weights, double threshold) {
        this.weights = weights;
        this.threshold = threshold;
    }

    /** The model of {@value #MODEL}, read at the first call. */
    public static synchronized NameTagger shared() {
        if (shared == null) {
            shared = read();
        }
        return shared;
    }

    private static NameTagger read() {
        var stream = NameTagger.class.getResourceAsStream(MODEL);
        if (stream == null) {
            throw new IllegalStateException("the name tagger's model " + MODEL + " is not on the class path");
        }
        try (var in = new DataInputStream(new GZIPInputStream(stream, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != TokenFeatures.BITS) {
                throw new IllegalStateException(MODEL + " is no name tagger model of " + TokenFeatures.BITS + " bits");
            }
            double threshold = in.readFloat();
            var weights = new float[in.readInt()][];
            for (int pass = 0; pass < weights.length; pass++) {
                weights[pass] = new float[TokenFeatures.SIZE];
                int count = in.readInt();
                for (int k = 0; k < count; k++) {
                    int slot = in.readInt();
                    weights[pass][slot] = in.readFloat();
                }
            }
            return new NameTagger(weights, threshold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double threshold() {
        return threshold;
    }

    int passes() {
        return weights.length;
    }

    /**
     * Marks each word the model says is at least {@link #threshold} likely part of a name, and gives it its
     * readings if the rules had not looked it up (a word in capitals, a short one), as the rules after it expect.
     * A product, maker or word of the service desk in a Finnish case ("Teamsiin", "Zoomissa") that is no name by
     * its readings ("Elisalle" is) is never the model's alone: the rules decide those by the words beside them.
     */
    void mark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names) {
        var all = readAll(text, tokens, lexicon, words);
        var probabilities = probabilities(text, tokens, all);
        for (int t = 0; t < probabilities.length; t++) {
            if (probabilities[t] >= threshold
                    && !(!all[t].isName() && NameLexicon.isInflectedThing(text, tokens.start(t), tokens.end(t)))) {
                names[t] = true;
                words[t] = all[t];
            }
        }
    }

    /** Each word's probability of being part of a name, by the last pass. */
    double[] probabilities(String text, Tokens tokens, NameLexicon.Word[] words) {
        int n = tokens.size();
        var features = new int[TokenFeatures.MAX];
        var first = new double[n];
        for (int t = 0; t < n; t++) {
            first[t] = probability(weights[0], features, TokenFeatures.of(text, tokens, words, t, features));
        }
        if (weights.length == 1) {
            return first;
        }
        var second = new double[n];
        for (int t = 0; t < n; t++) {
            int count = TokenFeatures.of(text, tokens, words, t, features);
            count = neighbourProbabilities(first, t, features, count);
            second[t] = probability(weights[1], features, count);
        }
        return second;
    }

    /**
     * The second pass's features beside the first's: the first pass's probability of the word and of
     * the two either side, in tenths.
     */
    static int neighbourProbabilities(double[] first, int t, int[] out, int n) {
        for (int offset = -2; offset <= 2; offset++) {
            int j = t + offset;
            int tenth = j < 0 || j >= first.length ? 10 : Math.min(9, (int) (first[j] * 10));
            out[n++] = TokenFeatures.hash(TokenFeatures.NEIGHBOUR_PROBABILITY + offset, tenth);
        }
        return n;
    }

    private static double probability(float[] weights, int[] features, int count) {
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += weights[features[k]];
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /**
     * The readings of every word: the rules look up capitalised words and longer lower-case ones only,
     * the model reads all (a copy, so the rules after it see what they saw before).
     */
    static NameLexicon.Word[] readAll(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words) {
        var all = words.clone();
        for (int t = 0; t < all.length; t++) {
            if (all[t] == null) {
                all[t] = lexicon.lookup(text, tokens.start(t), tokens.end(t));
            }
        }
        return all;
    }
}
