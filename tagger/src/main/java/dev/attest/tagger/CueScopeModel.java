package dev.attest.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The second head: given one cue, tags begin/inside/outside of that cue's content and of its source over the words
 * of the cue's paragraph. Asking per cue lets two attributions of one paragraph keep apart what a single tagging of
 * the article would merge, and pairs each content with its cue and source by construction.
 *
 * <p>One hidden layer (ReLU) whose input is the sum of three parts: the word's standardised states with its two
 * neighbours (the costly part, computed once per word and shared by every cue), the mean standardised state of the
 * cue's words (once per cue), and the {@link ScopeFeatures} of the word relative to the cue.
 *
 * <p>It also carries the shifts of the first head's cue begin/inside scores under which cues are decoded for it: the
 * scope head rejects false cues (it gives them no content), so it wants more cues than the first head alone would
 * tag.
 *
 * <p>Several nets trained with different seeds may form one model: their scores are averaged. They share the
 * standardisation and the cue shifts.
 *
 * <p>File format: the UTF line {@link #HEADER}, int features, float cue begin shift, float cue inside shift, float
 * source fallback cost, int net
 * count, float arrays mean and scale, then per net int hidden and float arrays wordWeights
 * ({@code CONTEXT*STATES x hidden}), cueWeights ({@code STATES x hidden}), featureWeights ({@code features x hidden}),
 * b1, w2 ({@code hidden x OUTPUTS}), b2; all big-endian. Version 2 files hold one net, with hidden before features, and
 * no source fallback.
 */
public final class CueScopeModel {
    static final String HEADER = "attest-cue-scope 3";
    private static final String HEADER_ONE_NET = "attest-cue-scope 2";
    static final int STATES = PieceStates.DIMENSIONS;
    static final int WORD_INPUTS = TaggerModel.CONTEXT * STATES;
    /** Content tags, then source tags. */
    static final int OUTPUTS = 2 * Tag.COUNT;
    static final int CONTENT = 0;
    static final int SOURCE = 1;
    private static final int MAX_NETS = 16;

    /** One member network. */
    record Net(int hidden, float[] wordWeights, float[] cueWeights, float[] featureWeights, float[] b1, float[] w2, float[] b2) {
        Net {
            if (hidden < 1 || wordWeights.length != WORD_INPUTS * hidden || cueWeights.length != STATES * hidden
                    || featureWeights.length % hidden != 0 || b1.length != hidden || w2.length != hidden * OUTPUTS || b2.length != OUTPUTS) {
                throw new IllegalArgumentException("cue scope net arrays do not fit " + hidden + " hidden units");
            }
        }

        void forward(float[] wordPart, float[] cuePart, float[] f, int features, float[] h, float[] out) {
            for (int k = 0; k < hidden; k++) {
                h[k] = wordPart[k] + cuePart[k] + b1[k];
            }
            Dense.accumulate(f, features, featureWeights, hidden, h);
            Dense.relu(h, hidden);
            Dense.outputs(h, w2, b2, out);
        }

        Net shifted(float[] shift) {
            return new Net(hidden, wordWeights, cueWeights, featureWeights, b1, w2, ModelIo.shifted(b2, shift));
        }
    }

    /** The largest net's hidden units: the size of the buffers the part and forward methods take. */
    final int hidden;
    final int features;
    final float cueBeginShift;
    final float cueInsideShift;
    /** The largest log-probability cost at which decoding forces a source on a cue left without one; negative: never. */
    final float sourceFallback;
    final float[] mean;
    final float[] scale;
    final List<Net> nets;

    CueScopeModel(int hidden, int features, float cueBeginShift, float cueInsideShift, float[] mean, float[] scale,
                  float[] wordWeights, float[] cueWeights, float[] featureWeights, float[] b1, float[] w2, float[] b2) {
        this(features, cueBeginShift, cueInsideShift, -1, mean, scale, List.of(new Net(hidden, wordWeights, cueWeights, featureWeights, b1, w2, b2)));
    }

    CueScopeModel(int features, float cueBeginShift, float cueInsideShift, float sourceFallback, float[] mean, float[] scale, List<Net> nets) {
        if (mean.length != STATES || scale.length != STATES || nets.isEmpty() || nets.size() > MAX_NETS
                || nets.stream().anyMatch(n -> n.featureWeights().length != features * n.hidden())) {
            throw new IllegalArgumentException("cue scope model arrays do not fit " + features + " features and " + nets.size() + " nets");
        }
        this.features = features;
        this.cueBeginShift = cueBeginShift;
        this.cueInsideShift = cueInsideShift;
        this.sourceFallback = sourceFallback;
        this.mean = mean;
        this.scale = scale;
        this.nets = List.copyOf(nets);
        this.hidden = this.nets.stream().mapToInt(Net::hidden).max().orElseThrow();
    }

    /**
     * One model whose scores are the mean of the given models' scores, with the first one's cue shifts (calibrate it
     * again). They must share features and standardisation, which holds for nets trained on one tagger model.
     */
    public static CueScopeModel ensemble(List<CueScopeModel> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one cue scope model");
        }
        CueScopeModel first = members.getFirst();
        List<Net> nets = new java.util.ArrayList<>();
        for (CueScopeModel m : members) {
            if (m.features != first.features || !java.util.Arrays.equals(m.mean, first.mean) || !java.util.Arrays.equals(m.scale, first.scale)) {
                throw new IllegalArgumentException("cue scope ensemble members differ in features or standardisation: train them on one tagger model");
            }
            nets.addAll(m.nets);
        }
        return new CueScopeModel(first.features, first.cueBeginShift, first.cueInsideShift, first.sourceFallback, first.mean, first.scale, nets);
    }

    /** How many nets' scores are averaged. */
    public int members() {
        return nets.size();
    }

    /** The same nets with other cue shifts. */
    CueScopeModel withCueShifts(float begin, float inside) {
        return new CueScopeModel(features, begin, inside, sourceFallback, mean, scale, nets);
    }

    /** The shifts {@link CueScope#decodeAll} takes for this model: the score shifts are in the biases, the source fallback is not. */
    double[] decodingShifts() {
        return new double[] {0, 0, 0, 0, sourceFallback};
    }

    /** The same nets, cue shifts and source fallback as given, and {@code shift} added to every net's output biases (so to the mean score). */
    CueScopeModel shifted(float cueBegin, float cueInside, float fallback, float[] shift) {
        return new CueScopeModel(features, cueBegin, cueInside, fallback, mean, scale, nets.stream().map(n -> n.shifted(shift)).toList());
    }

    /** The first head's cue log-probabilities ({@code [word][tag]}) with this model's cue shifts applied. */
    double[][] shiftedCueLogProbs(double[][] cueLogProbs) {
        return shiftCues(cueLogProbs, cueBeginShift, cueInsideShift);
    }

    /** Cue log-probabilities with {@code begin} and {@code inside} added to those tags' scores, renormalised. */
    static double[][] shiftCues(double[][] cueLogProbs, float cueBeginShift, float cueInsideShift) {
        double[][] shifted = new double[cueLogProbs.length][Tag.COUNT];
        for (int w = 0; w < cueLogProbs.length; w++) {
            double[] in = cueLogProbs[w];
            double begin = in[Tag.BEGIN.ordinal()] + cueBeginShift;
            double inside = in[Tag.INSIDE.ordinal()] + cueInsideShift;
            double outside = in[Tag.OUTSIDE.ordinal()];
            double max = Math.max(outside, Math.max(begin, inside));
            double log = max + Math.log(Math.exp(outside - max) + Math.exp(begin - max) + Math.exp(inside - max));
            shifted[w][Tag.OUTSIDE.ordinal()] = outside - log;
            shifted[w][Tag.BEGIN.ordinal()] = begin - log;
            shifted[w][Tag.INSIDE.ordinal()] = inside - log;
        }
        return shifted;
    }

    /** The word part of the hidden pre-activation of word {@code w}, into {@code into[0, hidden)}; {@code x} is scratch. */
    void wordPart(PieceStates states, Words words, int w, float[] x, float[] into) {
        wordPart(nets.getFirst(), states, words, w, x, into);
    }

    void wordPart(Net net, PieceStates states, Words words, int w, float[] x, float[] into) {
        TaggerModel.contextStates(states, words, mean, scale, w, x);
        Dense.multiply(x, WORD_INPUTS, net.wordWeights(), net.hidden(), into);
    }

    /** The cue's standardised mean state into {@code x[0, STATES)}, and its part of the pre-activation into {@code into}. */
    void cuePart(PieceStates states, Words words, int cueFirst, int cueLast, float[] x, float[] into) {
        cuePart(nets.getFirst(), states, words, cueFirst, cueLast, x, into);
    }

    void cuePart(Net net, PieceStates states, Words words, int cueFirst, int cueLast, float[] x, float[] into) {
        cueState(states, words, mean, scale, cueFirst, cueLast, x);
        Dense.multiply(x, STATES, net.cueWeights(), net.hidden(), into);
    }

    static void cueState(PieceStates states, Words words, float[] mean, float[] scale, int cueFirst, int cueLast, float[] x) {
        java.util.Arrays.fill(x, 0, STATES, 0f);
        float[] s = states.states();
        for (int w = cueFirst; w <= cueLast; w++) {
            int base = words.firstPiece()[w] * STATES;
            for (int d = 0; d < STATES; d++) {
                x[d] += (s[base + d] - mean[d]) * scale[d];
            }
        }
        float inv = 1f / (cueLast - cueFirst + 1);
        for (int d = 0; d < STATES; d++) {
            x[d] *= inv;
        }
    }

    /** Hidden activations (after ReLU) into {@code h} and the six output scores into {@code out}. */
    void forward(float[] wordPart, float[] cuePart, float[] f, float[] h, float[] out) {
        nets.getFirst().forward(wordPart, cuePart, f, features, h, out);
    }

    /** Log-probabilities of the tags of one part ({@link #CONTENT} or {@link #SOURCE}) from the output scores. */
    static void logSoftmax(float[] scores, int part, double[] into) {
        TaggerModel.logSoftmax(scores, part * Tag.COUNT, into);
    }

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.writeUTF(HEADER);
        out.writeInt(features);
        out.writeFloat(cueBeginShift);
        out.writeFloat(cueInsideShift);
        out.writeFloat(sourceFallback);
        out.writeInt(nets.size());
        ModelIo.writeFloats(out, mean, scale);
        for (Net net : nets) {
            out.writeInt(net.hidden());
            ModelIo.writeFloats(out, net.wordWeights(), net.cueWeights(), net.featureWeights(), net.b1(), net.w2(), net.b2());
        }
        out.flush();
    }

    /** Reads a model written by {@link #write}; {@code name} says where from in the error. */
    public static CueScopeModel read(InputStream stream, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        try {
            String header = in.readUTF();
            CueScopeModel model;
            if (HEADER.equals(header)) {
                int features = features(in, name);
                float cueBegin = in.readFloat();
                float cueInside = in.readFloat();
                float fallback = in.readFloat();
                int count = in.readInt();
                if (count < 1 || count > MAX_NETS) {
                    throw new IOException(name + ": implausible net count " + count);
                }
                float[] mean = ModelIo.floats(in, STATES);
                float[] scale = ModelIo.floats(in, STATES);
                List<Net> nets = new java.util.ArrayList<>();
                for (int i = 0; i < count; i++) {
                    nets.add(net(in, ModelIo.hidden(in, name), features));
                }
                model = new CueScopeModel(features, cueBegin, cueInside, fallback, mean, scale, nets);
            } else if (HEADER_ONE_NET.equals(header)) {
                int hidden = ModelIo.hidden(in, name);
                int features = features(in, name);
                float cueBegin = in.readFloat();
                float cueInside = in.readFloat();
                float[] mean = ModelIo.floats(in, STATES);
                float[] scale = ModelIo.floats(in, STATES);
                model = new CueScopeModel(features, cueBegin, cueInside, -1, mean, scale, List.of(net(in, hidden, features)));
            } else {
                throw new IOException(name + ": not a cue scope model of this version (header '" + header + "')");
            }
            if (in.read() != -1) {
                throw new IOException(name + ": trailing bytes after the model");
            }
            return model;
        } catch (java.io.EOFException | java.io.UTFDataFormatException e) {
            throw new IOException(name + ": truncated, or not a cue scope model", e);
        }
    }

    private static int features(DataInputStream in, String name) throws IOException {
        int features = in.readInt();
        if (features != ScopeFeatures.COUNT) {
            throw new IOException(name + ": implausible size " + features + " features (expected " + ScopeFeatures.COUNT + ")");
        }
        return features;
    }

    private static Net net(DataInputStream in, int hidden, int features) throws IOException {
        return new Net(hidden, ModelIo.floats(in, WORD_INPUTS * hidden), ModelIo.floats(in, STATES * hidden),
                ModelIo.floats(in, features * hidden), ModelIo.floats(in, hidden), ModelIo.floats(in, hidden * OUTPUTS),
                ModelIo.floats(in, OUTPUTS));
    }
}
