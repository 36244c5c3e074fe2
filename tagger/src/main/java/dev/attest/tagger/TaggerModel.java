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
 * The trained head: a one-hidden-layer network (ReLU) from a word's input vector to begin/inside/outside scores of
 * each role (three softmaxes of three classes). The input is the standardised MiniLM states of the word and its two
 * neighbours followed by the {@link WordFeatures}; the standardisation (per-dimension mean and scale) is part of the
 * model. Weights are immutable once built; {@link Trainer} works on its own copy of the arrays.
 *
 * <p>File format: the UTF line {@link #HEADER}, int layer count and the MiniLM layers (1-based) whose mean the states
 * are, then int hidden, int features, then float arrays mean, scale, w1 ({@code inputs x hidden}, row-major), b1, w2
 * ({@code hidden x outputs}), b2; all big-endian. Version 1 files have no layer list: their states are the last layer.
 */
public final class TaggerModel {
    static final String HEADER = "attest-attribution-tagger 2";
    private static final String HEADER_LAST_LAYER = "attest-attribution-tagger 1";
    static final int STATES = PieceStates.DIMENSIONS;
    static final int CONTEXT = 3;
    static final int OUTPUTS = Role.values().length * Tag.COUNT;

    final List<Integer> layers;
    final int hidden;
    final int features;
    final float[] mean;
    final float[] scale;
    final float[] w1;
    final float[] b1;
    final float[] w2;
    final float[] b2;

    TaggerModel(List<Integer> layers, int hidden, int features, float[] mean, float[] scale, float[] w1, float[] b1, float[] w2, float[] b2) {
        this.layers = List.copyOf(layers);
        this.hidden = hidden;
        this.features = features;
        int inputs = CONTEXT * STATES + features;
        if (mean.length != STATES || scale.length != STATES || w1.length != inputs * hidden || b1.length != hidden
                || w2.length != hidden * OUTPUTS || b2.length != OUTPUTS) {
            throw new IllegalArgumentException("tagger model arrays do not fit " + hidden + " hidden units and " + features + " features");
        }
        this.mean = mean;
        this.scale = scale;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
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
        forward(x, w1, b1, w2, b2, hidden, hiddenOut, out);
    }

    static void forward(float[] x, float[] w1, float[] b1, float[] w2, float[] b2, int hidden, float[] h, float[] out) {
        System.arraycopy(b1, 0, h, 0, hidden);
        Dense.accumulate(x, x.length, w1, hidden, h);
        Dense.relu(h, hidden);
        Dense.outputs(h, w2, b2, out);
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
        out.writeInt(hidden);
        out.writeInt(features);
        for (float[] array : new float[][] {mean, scale, w1, b1, w2, b2}) {
            for (float v : array) {
                out.writeFloat(v);
            }
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
        List<Integer> layers;
        if (HEADER.equals(header)) {
            layers = layers(in, name);
        } else if (HEADER_LAST_LAYER.equals(header)) {
            layers = List.of(MiniLmStates.LAYERS);
        } else {
            throw new IOException(name + ": not an attribution tagger model of this version (header '" + header + "')");
        }
        int hidden = in.readInt();
        int features = in.readInt();
        if (hidden < 1 || hidden > 4096 || features < 0 || features > 1024) {
            throw new IOException(name + ": implausible sizes " + hidden + " hidden, " + features + " features");
        }
        int inputs = CONTEXT * STATES + features;
        float[] mean = floats(in, STATES);
        float[] scale = floats(in, STATES);
        float[] w1 = floats(in, inputs * hidden);
        float[] b1 = floats(in, hidden);
        float[] w2 = floats(in, hidden * OUTPUTS);
        float[] b2 = floats(in, OUTPUTS);
        if (in.read() != -1) {
            throw new IOException(name + ": trailing bytes after the model");
        }
        return new TaggerModel(layers, hidden, features, mean, scale, w1, b1, w2, b2);
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

    static float[] floats(DataInputStream in, int n) throws IOException {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }
}
