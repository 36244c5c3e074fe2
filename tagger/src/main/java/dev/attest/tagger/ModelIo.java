package dev.attest.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Reading and writing the big-endian float arrays and sizes both heads' model files are made of. */
final class ModelIo {
    private ModelIo() {
    }

    static float[] floats(DataInputStream in, int n) throws IOException {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }

    static void writeFloats(DataOutputStream out, float[]... arrays) throws IOException {
        for (float[] array : arrays) {
            for (float v : array) {
                out.writeFloat(v);
            }
        }
    }

    /** A hidden-unit count, refused when no trained model would have it (a corrupt or foreign file). */
    static int hidden(DataInputStream in, String name) throws IOException {
        int hidden = in.readInt();
        if (hidden < 1 || hidden > 4096) {
            throw new IOException(name + ": implausible size " + hidden + " hidden");
        }
        return hidden;
    }

    /** {@code bias + shift}, element by element, as a new array. */
    static float[] shifted(float[] bias, float[] shift) {
        float[] moved = bias.clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] += shift[i];
        }
        return moved;
    }
}
