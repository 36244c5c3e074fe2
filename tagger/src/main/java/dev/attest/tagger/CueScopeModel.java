package dev.attest.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

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
 * <p>File format: the UTF line {@link #HEADER}, int hidden, int features, float cue begin shift, float cue inside
 * shift, then float arrays mean, scale, wordWeights
 * ({@code CONTEXT*STATES x hidden}), cueWeights ({@code STATES x hidden}), featureWeights ({@code features x hidden}),
 * b1, w2 ({@code hidden x OUTPUTS}), b2; all big-endian.
 */
public final class CueScopeModel {
    static final String HEADER = "attest-cue-scope 2";
    static final int STATES = PieceStates.DIMENSIONS;
    static final int WORD_INPUTS = TaggerModel.CONTEXT * STATES;
    /** Content tags, then source tags. */
    static final int OUTPUTS = 2 * Tag.COUNT;
    static final int CONTENT = 0;
    static final int SOURCE = 1;

    final int hidden;
    final int features;
    final float cueBeginShift;
    final float cueInsideShift;
    final float[] mean;
    final float[] scale;
    final float[] wordWeights;
    final float[] cueWeights;
    final float[] featureWeights;
    final float[] b1;
    final float[] w2;
    final float[] b2;

    CueScopeModel(int hidden, int features, float cueBeginShift, float cueInsideShift, float[] mean, float[] scale,
                  float[] wordWeights, float[] cueWeights, float[] featureWeights, float[] b1, float[] w2, float[] b2) {
        if (hidden < 1 || mean.length != STATES || scale.length != STATES || wordWeights.length != WORD_INPUTS * hidden
                || cueWeights.length != STATES * hidden || featureWeights.length != features * hidden || b1.length != hidden
                || w2.length != hidden * OUTPUTS || b2.length != OUTPUTS) {
            throw new IllegalArgumentException("cue scope model arrays do not fit " + hidden + " hidden units and " + features + " features");
        }
        this.hidden = hidden;
        this.features = features;
        this.cueBeginShift = cueBeginShift;
        this.cueInsideShift = cueInsideShift;
        this.mean = mean;
        this.scale = scale;
        this.wordWeights = wordWeights;
        this.cueWeights = cueWeights;
        this.featureWeights = featureWeights;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    /** The same weights with other cue shifts. */
    CueScopeModel withCueShifts(float begin, float inside) {
        return new CueScopeModel(hidden, features, begin, inside, mean, scale, wordWeights, cueWeights, featureWeights, b1, w2, b2);
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
        TaggerModel.contextStates(states, words, mean, scale, w, x);
        Dense.multiply(x, WORD_INPUTS, wordWeights, hidden, into);
    }

    /** The cue's standardised mean state into {@code x[0, STATES)}, and its part of the pre-activation into {@code into}. */
    void cuePart(PieceStates states, Words words, int cueFirst, int cueLast, float[] x, float[] into) {
        cueState(states, words, mean, scale, cueFirst, cueLast, x);
        Dense.multiply(x, STATES, cueWeights, hidden, into);
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
        for (int k = 0; k < hidden; k++) {
            h[k] = wordPart[k] + cuePart[k] + b1[k];
        }
        Dense.accumulate(f, features, featureWeights, hidden, h);
        Dense.relu(h, hidden);
        Dense.outputs(h, w2, b2, out);
    }

    /** Log-probabilities of the tags of one part ({@link #CONTENT} or {@link #SOURCE}) from the output scores. */
    static void logSoftmax(float[] scores, int part, double[] into) {
        TaggerModel.logSoftmax(scores, part * Tag.COUNT, into);
    }

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.writeUTF(HEADER);
        out.writeInt(hidden);
        out.writeInt(features);
        out.writeFloat(cueBeginShift);
        out.writeFloat(cueInsideShift);
        for (float[] array : new float[][] {mean, scale, wordWeights, cueWeights, featureWeights, b1, w2, b2}) {
            for (float v : array) {
                out.writeFloat(v);
            }
        }
        out.flush();
    }

    /** Reads a model written by {@link #write}; {@code name} says where from in the error. */
    public static CueScopeModel read(InputStream stream, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        try {
            String header = in.readUTF();
            if (!HEADER.equals(header)) {
                throw new IOException(name + ": not a cue scope model of this version (header '" + header + "')");
            }
            int hidden = in.readInt();
            int features = in.readInt();
            if (hidden < 1 || hidden > 4096 || features != ScopeFeatures.COUNT) {
                throw new IOException(name + ": implausible sizes " + hidden + " hidden, " + features + " features (expected "
                        + ScopeFeatures.COUNT + ")");
            }
            float cueBegin = in.readFloat();
            float cueInside = in.readFloat();
            CueScopeModel model = new CueScopeModel(hidden, features, cueBegin, cueInside, TaggerModel.floats(in, STATES), TaggerModel.floats(in, STATES),
                    TaggerModel.floats(in, WORD_INPUTS * hidden), TaggerModel.floats(in, STATES * hidden), TaggerModel.floats(in, features * hidden),
                    TaggerModel.floats(in, hidden), TaggerModel.floats(in, hidden * OUTPUTS), TaggerModel.floats(in, OUTPUTS));
            if (in.read() != -1) {
                throw new IOException(name + ": trailing bytes after the model");
            }
            return model;
        } catch (java.io.EOFException | java.io.UTFDataFormatException e) {
            throw new IOException(name + ": truncated, or not a cue scope model", e);
        }
    }
}
