package dev.attest.claims;

/**
 * A feature vector as parallel arrays of indices and values (indices may repeat; repeated entries
 * add up). Most features of a sentence are absent, so a sparse form keeps scoring and training cheap.
 */
record SparseVector(int[] indices, float[] values) {
    SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
    }

    int size() {
        return indices.length;
    }

    double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += weights[indices[i]] * values[i];
        }
        return sum;
    }
}
