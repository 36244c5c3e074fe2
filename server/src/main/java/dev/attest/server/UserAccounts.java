package dev.attest.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Local reviewer accounts in {@code attest-users.json} inside the store directory (name -> password hash). */
public final class UserAccounts {
    public static final String FILE_NAME = "attest-users.json";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MIN_PASSWORD = 8;
    private final Path file;
    private final PasswordHasher hasher = new PasswordHasher();
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public UserAccounts(Path storeDir) {
        this.file = storeDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Creates or replaces the account; the password array is wiped afterwards. */
    public synchronized void add(String name, char[] password) {
        try {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("user name must be 1-64 letters, digits, '.', '_' or '-'");
            }
            if (password.length < MIN_PASSWORD) {
                throw new IllegalArgumentException("password must have at least " + MIN_PASSWORD + " characters");
            }
            Map<String, PasswordHasher.PasswordHash> users = load();
            users.put(name, hasher.hash(password));
            AtomicFiles.write(file, mapper.writeValueAsBytes(users));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    /** The user name when name and password match an account; unknown names cost a hash too, so timing says nothing. */
    public Optional<String> authenticate(String name, char[] password) {
        PasswordHasher.PasswordHash stored = load().get(name == null ? "" : name);
        if (stored == null) {
            hasher.verify(password, hasher.hash("timing-equaliser".toCharArray()));
            return Optional.empty();
        }
        return hasher.verify(password, stored) ? Optional.of(name) : Optional.empty();
    }

    public boolean exists(String name) {
        return load().containsKey(name);
    }

    Map<String, PasswordHasher.PasswordHash> load() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(mapper.readValue(file.toFile(), new TypeReference<Map<String, PasswordHasher.PasswordHash>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
