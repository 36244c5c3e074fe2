package dev.attest.server;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** PBKDF2-HMAC-SHA256 with a random 16-byte salt; 210,000 iterations is OWASP's 2023 minimum for this KDF. */
public final class PasswordHasher {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 210_000;
    private static final int KEY_BITS = 256;
    private final SecureRandom random = new SecureRandom();

    public PasswordHash hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PasswordHash(ALGORITHM, ITERATIONS, Base64.getEncoder().encodeToString(salt),
                Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS)));
    }

    public boolean verify(char[] password, PasswordHash stored) {
        if (!ALGORITHM.equals(stored.algorithm())) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(stored.hash());
        byte[] actual = derive(password, Base64.getDecoder().decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual); // constant time: no timing hint about the hash
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** What the users file keeps per account: never the password. */
    public record PasswordHash(String algorithm, int iterations, String salt, String hash) {
    }

    static void wipe(char[] password) {
        Arrays.fill(password, '\0');
    }
}
