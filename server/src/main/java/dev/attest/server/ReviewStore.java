package dev.attest.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All reviews in {@code attest-reviews.json} inside the store directory, rewritten whole and atomically on every
 * change (reviews are few and written by people, so simplicity beats an append log).
 */
public final class ReviewStore {
    public static final String FILE_NAME = "attest-reviews.json";
    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Map<String, Review> byId = new LinkedHashMap<>();

    public ReviewStore(Path storeDir) {
        this.file = storeDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            try {
                for (Review r : mapper.readValue(file.toFile(), new TypeReference<List<Review>>() { })) {
                    byId.put(r.id(), r);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }

    public synchronized Optional<Review> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Newest first. */
    public synchronized List<Review> all() {
        List<Review> list = new ArrayList<>(byId.values());
        return list.reversed();
    }

    public synchronized String nextId() {
        int max = 0;
        for (String id : byId.keySet()) {
            try {
                max = Math.max(max, Integer.parseInt(id.substring(1)));
            } catch (NumberFormatException | IndexOutOfBoundsException ignored) {
                // ids are r<n>; anything else was put there by hand and does not count
            }
        }
        return "r" + (max + 1);
    }

    /** Saves the review; the file is replaced before the in-memory view changes, so a failed write changes nothing. */
    public synchronized void put(Review review) {
        Map<String, Review> next = new LinkedHashMap<>(byId);
        next.put(review.id(), review);
        try {
            AtomicFiles.write(file, mapper.writeValueAsBytes(new ArrayList<>(next.values())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byId.put(review.id(), review);
    }
}
