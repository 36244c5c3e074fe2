package dev.attest.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Remembers piece states on disk between training runs (outside the repository, e.g. under /tmp): computing them
 * for PolNeAR train takes minutes on one core, fitting the head seconds. Files are named by a hash of the text, so a
 * changed article is recomputed; states are stored as 16-bit floats, which the head does not notice.
 */
public final class StateCache implements PieceEncoder {
    private static final int VERSION = 1;
    private final Path dir;
    private final PieceEncoder encoder;
    private final String layerSuffix;

    public StateCache(Path dir, PieceEncoder encoder) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.layerSuffix = layerSuffix(encoder.layers());
    }

    @Override
    public PieceStates encode(String text) {
        Path file = dir.resolve(hash(text) + layerSuffix + ".states");
        if (Files.isRegularFile(file)) {
            try {
                return read(file);
            } catch (IOException e) {
                // A damaged cache entry (an interrupted run) is recomputed, not fatal.
            }
        }
        PieceStates states = rounded(encoder.encode(text));
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "part", ".tmp");
            write(states, tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state cache " + dir + ": " + e.getMessage(), e);
        }
        return states;
    }

    @Override
    public List<Integer> layers() {
        return encoder.layers();
    }

    /** Last-layer entries keep their old names, so caches made before layers were a choice stay valid. */
    private static String layerSuffix(List<Integer> layers) {
        if (layers.equals(List.of(MiniLmStates.LAYERS))) {
            return "";
        }
        StringBuilder suffix = new StringBuilder("-layers");
        layers.forEach(l -> suffix.append('-').append(l));
        return suffix.toString();
    }

    /** The states as a later read will give them, so a cold and a warm cache train the same model. */
    private static PieceStates rounded(PieceStates s) {
        float[] states = s.states().clone();
        for (int i = 0; i < states.length; i++) {
            states[i] = Float.float16ToFloat(Float.floatToFloat16(states[i]));
        }
        return new PieceStates(s.starts(), s.ends(), states);
    }

    private static void write(PieceStates s, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(VERSION);
            out.writeInt(s.size());
            for (int i = 0; i < s.size(); i++) {
                out.writeInt(s.starts()[i]);
                out.writeInt(s.ends()[i]);
            }
            for (float v : s.states()) {
                out.writeShort(Float.floatToFloat16(v));
            }
        }
    }

    private static PieceStates read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != VERSION) {
                throw new IOException("old cache format");
            }
            int n = in.readInt();
            int[] starts = new int[n];
            int[] ends = new int[n];
            for (int i = 0; i < n; i++) {
                starts[i] = in.readInt();
                ends[i] = in.readInt();
            }
            float[] states = new float[n * PieceStates.DIMENSIONS];
            for (int i = 0; i < states.length; i++) {
                states[i] = Float.float16ToFloat(in.readShort());
            }
            return new PieceStates(starts, ends, states);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
