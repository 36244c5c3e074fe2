package dev.attest.tagger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Makes intermediate tensors of an ONNX model its graph outputs, by editing the serialized protobuf: the {@code graph}
 * field of {@code ModelProto} (7) loses its {@code output} entries (field 12) and gets one {@code ValueInfoProto} with
 * the tensor's name and element type float per name instead. ONNX Runtime's Java API cannot ask for a tensor that is
 * not a graph output, and the shipped MiniLM model only outputs its last layer, while a middle layer keeps more of the
 * word level information a tagger needs; with the old outputs gone, ONNX Runtime also drops the layers after the last
 * one asked for. Every other byte of the model is copied unchanged.
 */
final class OnnxGraphOutputs {
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_OUTPUT = 12;
    private static final int WIRE_VARINT = 0;
    private static final int WIRE_FIXED64 = 1;
    private static final int WIRE_BYTES = 2;
    private static final int WIRE_FIXED32 = 5;
    private static final int FLOAT = 1;

    private OnnxGraphOutputs() {
    }

    /** {@code model} with a float output for each of {@code tensors} in place of its graph's outputs. */
    static byte[] withOutputs(byte[] model, List<String> tensors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(model.length + 256);
        int[] at = {0};
        boolean graphSeen = false;
        while (at[0] < model.length) {
            int fieldStart = at[0];
            long key = varint(model, at);
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            if (field == MODEL_GRAPH && wire == WIRE_BYTES) {
                long length = varint(model, at);
                if (length > model.length - at[0]) {
                    throw new IllegalArgumentException("not an ONNX model: a field runs past the end");
                }
                byte[] graph = withoutOutputs(model, at[0], at[0] + (int) length);
                byte[] extra = outputs(tensors);
                writeVarint(out, key);
                writeVarint(out, (long) graph.length + extra.length);
                out.writeBytes(graph);
                out.writeBytes(extra);
                at[0] += (int) length;
                graphSeen = true;
                continue;
            }
            skip(model, at, wire);
            out.write(model, fieldStart, at[0] - fieldStart);
        }
        if (!graphSeen) {
            throw new IllegalArgumentException("not an ONNX model: no graph field");
        }
        return out.toByteArray();
    }

    /** The graph message in {@code model[from, to)} without its output fields. */
    private static byte[] withoutOutputs(byte[] model, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int[] at = {from};
        while (at[0] < to) {
            int fieldStart = at[0];
            long key = varint(model, at);
            skip(model, at, (int) (key & 7));
            if (at[0] > to) {
                throw new IllegalArgumentException("not an ONNX model: a graph field runs past the graph");
            }
            if ((int) (key >>> 3) != GRAPH_OUTPUT) {
                out.write(model, fieldStart, at[0] - fieldStart);
            }
        }
        return out.toByteArray();
    }

    private static byte[] outputs(List<String> tensors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String name : tensors) {
            // TypeProto { tensor_type (1): Tensor { elem_type (1): FLOAT } }
            byte[] tensorType = message(field(1, WIRE_VARINT), varintBytes(FLOAT));
            byte[] type = message(field(1, WIRE_BYTES), lengthDelimited(tensorType));
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            // ValueInfoProto { name (1), type (2) }
            byte[] valueInfo = message(field(1, WIRE_BYTES), lengthDelimited(nameBytes), field(2, WIRE_BYTES), lengthDelimited(type));
            out.writeBytes(field(GRAPH_OUTPUT, WIRE_BYTES));
            out.writeBytes(lengthDelimited(valueInfo));
        }
        return out.toByteArray();
    }

    private static byte[] field(int number, int wire) {
        return varintBytes(((long) number << 3) | wire);
    }

    private static byte[] lengthDelimited(byte[] payload) {
        return message(varintBytes(payload.length), payload);
    }

    private static byte[] message(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] varintBytes(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(10);
        writeVarint(out, value);
        return out.toByteArray();
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static long varint(byte[] b, int[] at) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at[0] >= b.length) {
                throw new IllegalArgumentException("not an ONNX model: truncated varint at byte " + at[0]);
            }
            int v = b[at[0]++] & 0xFF;
            value |= (long) (v & 0x7F) << shift;
            if ((v & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("not an ONNX model: overlong varint at byte " + at[0]);
    }

    private static void skip(byte[] b, int[] at, int wire) {
        switch (wire) {
            case WIRE_VARINT -> varint(b, at);
            case WIRE_FIXED64 -> at[0] += 8;
            case WIRE_BYTES -> {
                long length = varint(b, at);
                if (length > b.length - at[0]) {
                    throw new IllegalArgumentException("not an ONNX model: a field runs past the end");
                }
                at[0] += (int) length;
            }
            case WIRE_FIXED32 -> at[0] += 4;
            default -> throw new IllegalArgumentException("not an ONNX model: wire type " + wire + " at byte " + at[0]);
        }
        if (at[0] > b.length) {
            throw new IllegalArgumentException("not an ONNX model: a field runs past the end");
        }
    }
}
