package fi.servicedesk.redaction.detection;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Makes {@link NameTagger}'s model (redaction-service/bench/tagger/train.sh): reads every evaluation
 * set but held-out-14 (the honest test: never trained on, never looked at to choose anything) and any
 * later one, computes each word's {@link TokenFeatures} as the engine does, and fits liblinear's
 * L2-regularised logistic regression (C = 1). The threshold, and whether the second pass pays, are chosen
 * by 4-fold cross-validation by set: each fold's probabilities come from models that never saw its sets,
 * and the choice is the tagger's best F1 by words (see {@link #choose}). Writes the model to the path given (src/main/resources/names/name-tagger.bin.gz).
 */
public final class NameTaggerTraining {

    /** Every set but held-out-14 and those after it. */
    static final List<String> TRAINING = List.of("evaluation-set", "hand-written", "held-out", "held-out-2",
            "held-out-3", "held-out-4", "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-9",
            "held-out-10", "held-out-11", "held-out-12", "held-out-13");
    private static final int FOLDS = 4;
    private static final double C = 1;
    private static final double EPSILON = 0.01;

    /** One message: its words' features (sorted; a slot twice counts twice), which are names, and which the rules find. */
    record Message(int set, int[][] features, boolean[] names, boolean[] byRules) {
    }

    private NameTaggerTraining() {
    }

    public static void main(String[] args) throws IOException {
        Linear.disableDebugOutput();
        var lexicon = NameLexicon.shared();
        var rules = new Redactor(false);
        var messages = new ArrayList<Message>();
        for (int set = 0; set < TRAINING.size(); set++) {
            messages.addAll(read(set, "/evaluation/" + TRAINING.get(set) + ".jsonl", lexicon, rules));
        }
        System.out.printf("%d messages, %d words%n", messages.size(), messages.stream().mapToInt(m -> m.names().length).sum());

        var first = new double[messages.size()][];
        var second = new double[messages.size()][];
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            var in = messages.stream().filter(m -> m.set() % FOLDS != f).toList();
            var firstModel = train(in, null);
            for (int k = 0; k < messages.size(); k++) {
                if (messages.get(k).set() % FOLDS == f) {
                    first[k] = score(firstModel, messages.get(k), null);
                }
            }
            System.out.printf("fold %d: first pass%n", fold);
        }
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            var inIndices = new ArrayList<Integer>();
            for (int k = 0; k < messages.size(); k++) {
                if (messages.get(k).set() % FOLDS != f) {
                    inIndices.add(k);
                }
            }
            var secondModel = train(inIndices.stream().map(messages::get).toList(), inIndices.stream().map(k -> first[k]).toList());
            for (int k = 0; k < messages.size(); k++) {
                if (messages.get(k).set() % FOLDS == f) {
                    second[k] = score(secondModel, messages.get(k), first[k]);
                }
            }
            System.out.printf("fold %d: second pass%n", fold);
        }
        var one = choose("one pass", messages, first);
        var two = choose("two passes", messages, second);
        boolean stacked = two[1] > one[1];
        double threshold = stacked ? two[0] : one[0];
        System.out.printf("chosen: %s, threshold %.2f%n", stacked ? "two passes" : "one pass", threshold);

        var firstModel = train(messages, null);
        var weights = stacked ? new float[][] {firstModel, train(messages, Arrays.asList(first))} : new float[][] {firstModel};
        write(Path.of(args[0]), weights, threshold);
    }

    private static List<Message> read(int set, String resource, NameLexicon lexicon, Redactor rules) throws IOException {
        var json = new ObjectMapper();
        var out = new ArrayList<Message>();
        try (var reader = new BufferedReader(new InputStreamReader(
                NameTaggerTraining.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                var node = json.readTree(line);
                var value = node.get("text").asText();
                var text = Text.of(value);
                var tokens = text.words();
                int n = tokens.size();
                var names = new boolean[n];
                node.get("entities").forEach(e -> {
                    if ("NAME".equals(e.get("type").asText())) {
                        markOverlapping(tokens, e.get("start").asInt(), e.get("end").asInt(), names);
                    }
                });
                var byRules = new boolean[n];
                for (var finding : Redactor.merge(rules.find(value, KnownIdentifiers.NONE))) {
                    if (finding.type() == EntityType.NAME) {
                        markOverlapping(tokens, finding.start(), finding.end(), byRules);
                    }
                }
                var words = NameTagger.readAll(value, tokens, lexicon, new NameLexicon.Word[n]);
                var features = new int[n][];
                var buffer = new int[TokenFeatures.MAX];
                for (int t = 0; t < n; t++) {
                    features[t] = Arrays.copyOf(buffer, TokenFeatures.of(value, tokens, words, t, buffer));
                }
                out.add(new Message(set, features, names, byRules));
            }
        }
        return out;
    }

    private static void markOverlapping(Tokens tokens, int start, int end, boolean[] marks) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.start(t) < end && tokens.end(t) > start) {
                marks[t] = true;
            }
        }
    }

    /** A model's weights by slot; {@code first}, if given, each message's first-pass probabilities (the second pass). */
    private static float[] train(List<Message> messages, List<double[]> first) {
        var x = new ArrayList<Feature[]>();
        var y = new ArrayList<Double>();
        var buffer = new int[TokenFeatures.MAX];
        for (int k = 0; k < messages.size(); k++) {
            var m = messages.get(k);
            for (int t = 0; t < m.names().length; t++) {
                x.add(nodes(features(m, t, first == null ? null : first.get(k), buffer)));
                y.add(m.names()[t] ? 1.0 : 0.0);
            }
        }
        var problem = new Problem();
        problem.l = x.size();
        problem.n = TokenFeatures.SIZE;
        problem.x = x.toArray(Feature[][]::new);
        problem.y = y.stream().mapToDouble(Double::doubleValue).toArray();
        problem.bias = -1;
        var model = Linear.train(problem, new Parameter(SolverType.L2R_LR, C, EPSILON));
        // liblinear's weights are for its first label: turned round when that is "no name".
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        var w = model.getFeatureWeights();
        var weights = new float[TokenFeatures.SIZE];
        for (int slot = 0; slot < weights.length; slot++) {
            weights[slot] = (float) (sign * w[slot]);
        }
        return weights;
    }

    private static int[] features(Message m, int t, double[] first, int[] buffer) {
        if (first == null) {
            return m.features()[t];
        }
        int n = m.features()[t].length;
        System.arraycopy(m.features()[t], 0, buffer, 0, n);
        return Arrays.copyOf(buffer, NameTagger.neighbourProbabilities(first, t, buffer, n));
    }

    /** liblinear's sparse vector: slots from 1, ascending, a slot that comes twice counted twice. */
    private static Feature[] nodes(int[] slots) {
        var sorted = slots.clone();
        Arrays.sort(sorted);
        var nodes = new ArrayList<Feature>(sorted.length);
        for (int k = 0; k < sorted.length; k++) {
            if (k > 0 && sorted[k] == sorted[k - 1]) {
                var last = (FeatureNode) nodes.getLast();
                last.setValue(last.getValue() + 1);
            } else {
                nodes.add(new FeatureNode(sorted[k] + 1, 1));
            }
        }
        return nodes.toArray(Feature[]::new);
    }

    private static double[] score(float[] weights, Message m, double[] first) {
        var p = new double[m.names().length];
        var buffer = new int[TokenFeatures.MAX];
        for (int t = 0; t < p.length; t++) {
            double sum = 0;
            for (int slot : features(m, t, first, buffer)) {
                sum += weights[slot];
            }
            p[t] = 1 / (1 + Math.exp(-sum));
        }
        return p;
    }

    /**
     * Prints, by threshold, the cross-validated recall, precision and F1 by words of the tagger alone and of
     * the rules or the tagger; returns the threshold with the tagger's best F1, and that F1. Not the union's:
     * the rules were tuned on these very sets (they find 94 % of their names, against 70 % of set 14's before
     * tuning), so the union's figures here would say the tagger is hardly needed.
     */
    private static double[] choose(String label, List<Message> messages, double[][] probabilities) {
        System.out.printf("%s: threshold, tagger recall/precision/F1, rules or tagger recall/precision/F1%n", label);
        double best = 0;
        double bestThreshold = 0.5;
        for (int step = 4; step <= 18; step++) {
            double threshold = step * 0.05;
            var alone = new int[3];
            var union = new int[3];
            for (int k = 0; k < messages.size(); k++) {
                var m = messages.get(k);
                for (int t = 0; t < m.names().length; t++) {
                    boolean tagged = probabilities[k][t] >= threshold;
                    count(alone, m.names()[t], tagged);
                    count(union, m.names()[t], tagged || m.byRules()[t]);
                }
            }
            double f1 = f1(alone);
            System.out.printf("  %.2f  %s   %s%n", threshold, figures(alone), figures(union));
            if (f1 > best) {
                best = f1;
                bestThreshold = threshold;
            }
        }
        return new double[] {bestThreshold, best};
    }

    private static String figures(int[] counts) {
        double recall = (double) counts[0] / (counts[0] + counts[2]);
        double precision = (double) counts[0] / Math.max(1, counts[0] + counts[1]);
        return String.format("%.1f %% / %.1f %% / %.4f", 100 * recall, 100 * precision, f1(counts));
    }

    private static double f1(int[] counts) {
        return 2.0 * counts[0] / (2 * counts[0] + counts[1] + counts[2]);
    }

    /** true positives, false positives, false negatives */
    private static void count(int[] counts, boolean name, boolean marked) {
        if (name && marked) {
            counts[0]++;
        } else if (marked) {
            counts[1]++;
        } else if (name) {
            counts[2]++;
        }
    }

    private static void write(Path path, float[][] weights, double threshold) throws IOException {
        try (var out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(path)))) {
            out.writeInt(NameTagger.MAGIC);
            out.writeInt(TokenFeatures.BITS);
            out.writeFloat((float) threshold);
            out.writeInt(weights.length);
            for (var pass : weights) {
                int count = 0;
                for (float w : pass) {
                    count += w != 0 ? 1 : 0;
                }
                out.writeInt(count);
                for (int slot = 0; slot < pass.length; slot++) {
                    if (pass[slot] != 0) {
                        out.writeInt(slot);
                        out.writeFloat(pass[slot]);
                    }
                }
            }
        }
        System.out.printf("wrote %s (%d bytes)%n", path, Files.size(path));
    }
}
