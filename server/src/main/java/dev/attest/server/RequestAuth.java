package dev.attest.server;

import java.util.Optional;

/** Who is asking and whether a state-changing request proves it came from our own page. */
final class RequestAuth {
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "csrf";
    private final Sessions sessions;

    RequestAuth(Sessions sessions) {
        this.sessions = sessions;
    }

    Optional<Sessions.Session> session(WebRequest request) {
        return sessions.find(request);
    }

    /** 401 without a logged-in session, 403 when the CSRF token is missing or wrong. */
    Sessions.Session requireReviewer(WebRequest request, String csrfToken) {
        Sessions.Session s = sessions.find(request).filter(Sessions.Session::loggedIn)
                .orElseThrow(() -> new HttpError(401, "log in as a reviewer first"));
        requireCsrf(s, csrfToken);
        return s;
    }

    static void requireCsrf(Sessions.Session s, String csrfToken) {
        if (!s.csrfMatches(csrfToken)) {
            throw new HttpError(403, "missing or invalid CSRF token");
        }
    }
}
