package dev.attest.claims;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained check-worthiness model: two logistic regressions over the same feature layout, one
 * without the sentence embedding ({@code lexical}) and one with it ({@code full}), the decision
 * threshold, and the band of lexical scores in which the full model is consulted.
 *
 * <p>File format (gzip): magic {@code ATTESTCW}, format version, feature layout version, hash bits,
 * threshold, band, the training metadata as a JSON string, then each weight vector as its non-zero
 * entries (index delta as a varint, weight as a half-precision float; half precision changes no
 * decision on CT24 dev and halves the file).
 *
 * @param metadataJson how and on what the model was trained (also written next to the model file)
 */
public record CheckworthinessModel(
        float[] lexical, float[] full, double threshold, double bandLow, double bandHigh, String metadataJson) {
    public static final int FORMAT_VERSION = 1;
    public static final String RESOURCE = "/dev/attest/claims/checkworthiness.bin";
    private static final String MAGIC = "ATTESTCW";

    public CheckworthinessModel {
        Objects.requireNonNull(metadataJson, "metadataJson");
        if (lexical.length != SentenceFeatures.SIZE + 1 || full.length != SentenceFeatures.SIZE + 1) {
            throw new IllegalArgumentException("weight vectors do not match the feature layout");
        }
        if (!(threshold > 0 && threshold < 1) || !(bandLow <= bandHigh)) {
            throw new IllegalArgumentException("bad threshold or band: " + threshold + " [" + bandLow + ", " + bandHigh + "]");
        }
    }

    /** The model shipped in this module's jar (rebuilt by {@code attest train checkworthiness}). */
    public static CheckworthinessModel bundled() {
        try (InputStream in = CheckworthinessModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("check-worthiness model missing from the classpath: " + RESOURCE
                        + " (run: attest train checkworthiness)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the check-worthiness model", e);
        }
    }

    public static CheckworthinessModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        byte[] magic = in.readNBytes(MAGIC.length());
        if (!MAGIC.equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new IOException("not a check-worthiness model file");
        }
        int format = in.readInt();
        int layout = in.readInt();
        int bits = in.readInt();
        if (format != FORMAT_VERSION || layout != SentenceFeatures.LAYOUT_VERSION || bits != SentenceFeatures.HASH_BITS) {
            throw new IOException("model file format " + format + "/layout " + layout + "/bits " + bits
                    + " does not match this code (" + FORMAT_VERSION + "/" + SentenceFeatures.LAYOUT_VERSION + "/"
                    + SentenceFeatures.HASH_BITS + "); retrain with: attest train checkworthiness");
        }
        double threshold = in.readDouble();
        double low = in.readDouble();
        double high = in.readDouble();
        String metadata = in.readUTF();
        float[] lexical = readWeights(in);
        float[] full = readWeights(in);
        return new CheckworthinessModel(lexical, full, threshold, low, high, metadata);
    }

    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz));
        out.write(MAGIC.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeInt(FORMAT_VERSION);
        out.writeInt(SentenceFeatures.LAYOUT_VERSION);
        out.writeInt(SentenceFeatures.HASH_BITS);
        out.writeDouble(threshold);
        out.writeDouble(bandLow);
        out.writeDouble(bandHigh);
        out.writeUTF(metadataJson);
        writeWeights(out, lexical);
        writeWeights(out, full);
        out.flush();
        gz.finish();
    }

    /** Rounds weights to what the file stores, so a model scores the same before and after a round trip. */
    static float[] toStoredPrecision(float[] w) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Float.float16ToFloat(Float.floatToFloat16(w[i]));
        }
        return out;
    }

    private static void writeWeights(DataOutputStream out, float[] w) throws IOException {
        int nonZero = 0;
        for (float f : w) {
            if (Float.floatToFloat16(f) != 0) {
                nonZero++;
            }
        }
        out.writeInt(w.length);
        out.writeInt(nonZero);
        int last = 0;
        for (int i = 0; i < w.length; i++) {
            short h = Float.floatToFloat16(w[i]);
            if (h != 0) {
                writeVarint(out, i - last);
                out.writeShort(h);
                last = i;
            }
        }
    }

    private static float[] readWeights(DataInputStream in) throws IOException {
        int length = in.readInt();
        int nonZero = in.readInt();
        if (length != SentenceFeatures.SIZE + 1 || nonZero < 0 || nonZero > length) {
            throw new IOException("corrupt model file: weight vector of " + length + " with " + nonZero + " entries");
        }
        float[] w = new float[length];
        int at = 0;
        for (int k = 0; k < nonZero; k++) {
            at += readVarint(in);
            if (at >= length) {
                throw new IOException("corrupt model file: weight index out of range");
            }
            w[at] = Float.float16ToFloat(in.readShort());
        }
        return w;
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("corrupt model file: varint too long");
    }
}
