package dev.attest.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The trained head: one or more one-hidden-layer networks (ReLU), each from a word's input vector to begin/inside/
 * outside scores of each role (three softmaxes of three classes); with several members the scores are their mean,
 * an ensemble of heads trained with different seeds. The input is the standardised MiniLM states of the word and its
 * two neighbours followed by the {@link WordFeatures}; the standardisation (per-dimension mean and scale) is part of
 * the model and shared by the members. Weights are immutable once built; {@link Trainer} works on its own copy of
 * the arrays.
 *
 * <p>File format: the UTF line {@link #HEADER}, int layer count and the MiniLM layers (1-based) whose mean the states
 * are, int features, int member count, float arrays mean and scale, then per member int hidden and float arrays w1
 * ({@code inputs x hidden}, row-major), b1, w2 ({@code hidden x outputs}), b2; all big-endian. Version 2 files hold
 * one member, with hidden and features before mean; version 1 files also have no layer list: their states are the
 * last layer.
 */
public final class TaggerModel {
    static final String HEADER = "attest-attribution-tagger 3";
    private static final String HEADER_ONE_HEAD = "attest-attribution-tagger 2";
    private static final String HEADER_LAST_LAYER = "attest-attribution-tagger 1";
    static final int STATES = PieceStates.DIMENSIONS;
    static final int CONTEXT = 3;
    static final int OUTPUTS = Role.values().length * Tag.COUNT;
    private static final int MAX_MEMBERS = 16;

    /** One member network. */
    record Head(int hidden, float[] w1, float[] b1, float[] w2, float[] b2) {
        Head {
            if (hidden < 1 || b1.length != hidden || w2.length != hidden * OUTPUTS || b2.length != OUTPUTS || w1.length % hidden != 0) {
                throw new IllegalArgumentException("tagger head arrays do not fit " + hidden + " hidden units");
            }
        }

        void forward(float[] x, float[] h, float[] out) {
            System.arraycopy(b1, 0, h, 0, hidden);
            Dense.accumulate(x, x.length, w1, hidden, h);
            Dense.relu(h, hidden);
            Dense.outputs(h, w2, b2, out);
        }

        Head shifted(float[] shift) {
            return new Head(hidden, w1, b1, w2, ModelIo.shifted(b2, shift));
        }
    }

    final List<Integer> layers;
    /** The largest member's hidden units: the size of the hidden buffer {@link #forward} takes. */
    final int hidden;
    final int features;
    final float[] mean;
    final float[] scale;
    final List<Head> heads;

    TaggerModel(List<Integer> layers, int hidden, int features, float[] mean, float[] scale, float[] w1, float[] b1, float[] w2, float[] b2) {
        this(layers, features, mean, scale, List.of(new Head(hidden, w1, b1, w2, b2)));
    }

    TaggerModel(List<Integer> layers, int features, float[] mean, float[] scale, List<Head> heads) {
        this.layers = List.copyOf(layers);
        this.features = features;
        int inputs = CONTEXT * STATES + features;
        if (heads.isEmpty() || heads.size() > MAX_MEMBERS) {
            throw new IllegalArgumentException("a tagger model has 1 to " + MAX_MEMBERS + " heads, not " + heads.size());
        }
        if (mean.length != STATES || scale.length != STATES || heads.stream().anyMatch(head -> head.w1().length != inputs * head.hidden())) {
            throw new IllegalArgumentException("tagger model arrays do not fit " + features + " features");
        }
        this.mean = mean;
        this.scale = scale;
        this.heads = List.copyOf(heads);
        this.hidden = this.heads.stream().mapToInt(Head::hidden).max().orElseThrow();
    }

    /**
     * One model whose scores are the mean of the given models' scores. They must read the same layers, features and
     * standardisation, which holds for heads trained on the same split with different seeds.
     */
    public static TaggerModel ensemble(List<TaggerModel> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one model");
        }
        TaggerModel first = members.getFirst();
        List<Head> heads = new ArrayList<>();
        for (TaggerModel m : members) {
            if (!m.layers.equals(first.layers) || m.features != first.features || !Arrays.equals(m.mean, first.mean) || !Arrays.equals(m.scale, first.scale)) {
                throw new IllegalArgumentException("ensemble members differ in MiniLM layers, features or standardisation ("
                        + first.layers + " / " + m.layers + "): train them on the same split and layers");
            }
            heads.addAll(m.heads);
        }
        return new TaggerModel(first.layers, first.features, first.mean, first.scale, heads);
    }

    /** The same heads with {@code shift} added to every member's output biases, so to the mean score. */
    TaggerModel shifted(float[] shift) {
        return new TaggerModel(layers, features, mean, scale, heads.stream().map(head -> head.shifted(shift)).toList());
    }

    /** How many member networks' scores are averaged. */
    public int members() {
        return heads.size();
    }

    /** The MiniLM layers whose mean states this model reads; an encoder must give the same. */
    public List<Integer> layers() {
        return layers;
    }

    int inputs() {
        return CONTEXT * STATES + features;
    }

    /** The input vector of word {@code w}: standardised states of words w-1, w, w+1 (zeros past the ends), then features. */
    void input(PieceStates states, Words words, float[][] wordFeatures, int w, float[] into) {
        contextStates(states, words, mean, scale, w, into);
        System.arraycopy(wordFeatures[w], 0, into, CONTEXT * STATES, features);
    }

    /** The first {@code CONTEXT * STATES} values of {@code into}: standardised states of words w-1, w, w+1, zeros past the ends. */
    static void contextStates(PieceStates states, Words words, float[] mean, float[] scale, int w, float[] into) {
        for (int c = 0; c < CONTEXT; c++) {
            int word = w + c - 1;
            int offset = c * STATES;
            if (word < 0 || word >= words.size()) {
                Arrays.fill(into, offset, offset + STATES, 0f);
                continue;
            }
            int base = words.firstPiece()[word] * STATES;
            float[] s = states.states();
            for (int d = 0; d < STATES; d++) {
                into[offset + d] = (s[base + d] - mean[d]) * scale[d];
            }
        }
    }

    /** Hidden activations (after ReLU) into {@code hiddenOut}, output scores into {@code out}. */
    void forward(float[] x, float[] hiddenOut, float[] out) {
        if (heads.size() == 1) {
            heads.getFirst().forward(x, hiddenOut, out);
            return;
        }
        float[] sum = new float[OUTPUTS];
        for (Head head : heads) {
            head.forward(x, hiddenOut, out);
            for (int i = 0; i < OUTPUTS; i++) {
                sum[i] += out[i];
            }
        }
        for (int i = 0; i < OUTPUTS; i++) {
            out[i] = sum[i] / heads.size();
        }
    }

    /** Log-probabilities of each tag of {@code role} from the output scores (a softmax over its three). */
    static void logSoftmax(float[] scores, Role role, double[] into) {
        logSoftmax(scores, role.ordinal() * Tag.COUNT, into);
    }

    /** Log-probabilities of the three tags whose scores start at {@code base}. */
    static void logSoftmax(float[] scores, int base, double[] into) {
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < Tag.COUNT; t++) {
            max = Math.max(max, scores[base + t]);
        }
        double sum = 0;
        for (int t = 0; t < Tag.COUNT; t++) {
            sum += Math.exp(scores[base + t] - max);
        }
        double log = max + Math.log(sum);
        for (int t = 0; t < Tag.COUNT; t++) {
            into[t] = scores[base + t] - log;
        }
    }

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.writeUTF(HEADER);
        out.writeInt(layers.size());
        for (int layer : layers) {
            out.writeInt(layer);
        }
        out.writeInt(features);
        out.writeInt(heads.size());
        ModelIo.writeFloats(out, mean, scale);
        for (Head head : heads) {
            out.writeInt(head.hidden());
            ModelIo.writeFloats(out, head.w1(), head.b1(), head.w2(), head.b2());
        }
        out.flush();
    }

    /** Reads a model written by {@link #write}; {@code name} says where from in the error. */
    public static TaggerModel read(InputStream stream, String name) throws IOException {
        try {
            return readModel(new DataInputStream(new BufferedInputStream(stream, 1 << 16)), name);
        } catch (java.io.EOFException | java.io.UTFDataFormatException e) {
            throw new IOException(name + ": truncated, or not an attribution tagger model", e);
        }
    }

    private static TaggerModel readModel(DataInputStream in, String name) throws IOException {
        String header = in.readUTF();
        TaggerModel model;
        if (HEADER.equals(header)) {
            List<Integer> layers = layers(in, name);
            int features = features(in, name);
            int members = in.readInt();
            if (members < 1 || members > MAX_MEMBERS) {
                throw new IOException(name + ": implausible member count " + members);
            }
            float[] mean = ModelIo.floats(in, STATES);
            float[] scale = ModelIo.floats(in, STATES);
            List<Head> heads = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                heads.add(head(in, name, ModelIo.hidden(in, name), features));
            }
            model = new TaggerModel(layers, features, mean, scale, heads);
        } else if (HEADER_ONE_HEAD.equals(header) || HEADER_LAST_LAYER.equals(header)) {
            List<Integer> layers = HEADER_ONE_HEAD.equals(header) ? layers(in, name) : List.of(MiniLmStates.LAYERS);
            int hidden = ModelIo.hidden(in, name);
            int features = features(in, name);
            float[] mean = ModelIo.floats(in, STATES);
            float[] scale = ModelIo.floats(in, STATES);
            model = new TaggerModel(layers, features, mean, scale, List.of(head(in, name, hidden, features)));
        } else {
            throw new IOException(name + ": not an attribution tagger model of this version (header '" + header + "')");
        }
        if (in.read() != -1) {
            throw new IOException(name + ": trailing bytes after the model");
        }
        return model;
    }

    private static int features(DataInputStream in, String name) throws IOException {
        int features = in.readInt();
        if (features < 0 || features > 1024) {
            throw new IOException(name + ": implausible size " + features + " features");
        }
        return features;
    }

    private static Head head(DataInputStream in, String name, int hidden, int features) throws IOException {
        int inputs = CONTEXT * STATES + features;
        return new Head(hidden, ModelIo.floats(in, inputs * hidden), ModelIo.floats(in, hidden), ModelIo.floats(in, hidden * OUTPUTS), ModelIo.floats(in, OUTPUTS));
    }

    private static List<Integer> layers(DataInputStream in, String name) throws IOException {
        int count = in.readInt();
        if (count < 1 || count > MiniLmStates.LAYERS) {
            throw new IOException(name + ": implausible MiniLM layer count " + count);
        }
        List<Integer> layers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int layer = in.readInt();
            if (layer < 1 || layer > MiniLmStates.LAYERS) {
                throw new IOException(name + ": MiniLM has no layer " + layer);
            }
            layers.add(layer);
        }
        return layers;
    }

}
