package dev.attest.server;

import java.util.List;

/** offset/limit of a list request; limits are capped so one request cannot ask the store for everything. */
record Paging(int offset, int limit) {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 10_000;

    static Paging of(WebRequest request) {
        int limit = intParam(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = intParam(request, "offset", 0, 0, MAX_OFFSET);
        return new Paging(offset, limit);
    }

    int end() {
        return offset + limit;
    }

    <T> List<T> slice(List<T> all) {
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), end()));
    }

    static int intParam(WebRequest request, String name, int fallback, int min, int max) {
        String v = request.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new HttpError(400, name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new HttpError(400, name + " must be a whole number");
        }
    }
}
