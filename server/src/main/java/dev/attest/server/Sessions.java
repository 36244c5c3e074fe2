package dev.attest.server;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions keyed by a random cookie value. Every visitor who sees a form gets an anonymous session so
 * that the form (login included) carries a CSRF token; logging in replaces the session (no fixation).
 */
public final class Sessions {
    public static final String COOKIE = "attest_session";
    private static final Duration IDLE = Duration.ofHours(8);
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** One browser session; {@code user} is null until login. */
    public record Session(String id, String csrf, String user, Instant lastSeen) {
        public boolean loggedIn() {
            return user != null;
        }

        public boolean csrfMatches(String token) {
            return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        }
    }

    public Optional<Session> find(WebRequest request) {
        String id = request.cookies().get(COOKIE);
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (s.lastSeen().plus(IDLE).isBefore(now)) {
            byId.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(s.id(), s.csrf(), s.user(), now);
        byId.put(id, touched);
        return Optional.of(touched);
    }

    public Session create(String user) {
        Session s = new Session(token(), token(), user, clock.instant());
        byId.put(s.id(), s);
        return s;
    }

    public void end(Session s) {
        byId.remove(s.id());
    }

    /** HttpOnly: scripts cannot read it; SameSite=Strict: other sites' requests do not carry it. */
    public static String cookieHeader(Session s) {
        return COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Strict";
    }

    public static String clearCookieHeader() {
        return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict";
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
