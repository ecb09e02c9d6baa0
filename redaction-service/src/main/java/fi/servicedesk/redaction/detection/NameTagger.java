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
 * instead (docs/redaction.md, *The name tagger in the engine*).
 *
 * <p>The model is {@value #MODEL}, made by NameTaggerTraining (test scope,
 * redaction-service/bench/tagger/train.sh): gzip of the magic number, the hashing's bits, the
 * threshold, the count of non-zero weights and each as slot and value.
 * Read once; thread-safe.
 */
public final class NameTagger {

    static final String MODEL = "/names/name-tagger.bin.gz";
    /** "NTG" and the features' version: a model's weights are by slot, so one made for other features is refused. */
    static final int MAGIC = 0x4E544735;

    private static NameTagger shared;

    /**
     * Each thread's features and slots, read into message after message: made new for each, their arrays were about
     * a third of what the engine allocated a message.
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(
            () -> new Scratch(new TokenFeatures(), new int[TokenFeatures.MAX]));

    /**
     * A message of more words than this (a text may have 65,536 characters) is read into features of its own, so that
     * a thread keeps no arrays the size of the longest message it met.
     */
    private static final int KEPT_WORDS = 1024;

    private record Scratch(TokenFeatures features, int[] slots) {
    }

    private final float[] weights;
    private final double threshold;
    /** The threshold as a sum of weights (its logit): a word is compared without its exponential. */
    private final double least;

    NameTagger(float[] weights, double threshold) {
        this.weights = weights;
        this.threshold = threshold;
        this.least = Math.log(threshold / (1 - threshold));
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
            var weights = new float[TokenFeatures.SIZE];
            int count = in.readInt();
            for (int k = 0; k < count; k++) {
                int slot = in.readInt();
                weights[slot] = in.readFloat();
            }
            return new NameTagger(weights, threshold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double threshold() {
        return threshold;
    }

    /**
     * Marks each word the model says is at least {@link #threshold} likely part of a name, and gives it its
     * readings if the rules had not looked it up (a word in capitals, a short one), as the rules after it expect.
     * A product, maker or word of the service desk in a Finnish case ("Teamsiin", "Zoomissa") that is no name by
     * its readings ("Elisalle" is) is never the model's alone: the rules decide those by the words beside them.
     */
    void mark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names) {
        var scratch = SCRATCH.get();
        var features = tokens.size() <= KEPT_WORDS ? scratch.features() : new TokenFeatures();
        features.read(text, tokens, lexicon, words);
        var slots = scratch.slots();
        for (int t = 0; t < names.length; t++) {
            if (sum(features, t, slots) >= least) {
                var word = features.word(t);
                if (word.isName() || !NameLexicon.isInflectedThing(text, tokens.start(t), tokens.end(t))) {
                    names[t] = true;
                    words[t] = word;
                }
            }
        }
    }

    /** Word {@code t}'s probability of being part of a name; {@code slots} is scratch of {@link TokenFeatures#MAX}. */
    double probability(TokenFeatures features, int t, int[] slots) {
        return 1 / (1 + Math.exp(-sum(features, t, slots)));
    }

    private double sum(TokenFeatures features, int t, int[] slots) {
        int count = features.of(t, slots);
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += weights[slots[k]];
        }
        return sum;
    }
}
