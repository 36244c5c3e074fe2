package dev.attest.server;

import dev.attest.core.model.StatementKind;
import dev.attest.store.StatementFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The search parameters, with the filters of {@code attest search}. */
record SearchQuery(String text, StatementFilter filter, Paging paging) {
    static SearchQuery of(WebRequest request) {
        String text = request.queryParam("q");
        if (text == null) {
            throw new HttpError(400, "q (the words to search for) is required");
        }
        StatementKind kind = null;
        String k = request.queryParam("kind");
        if (k != null) {
            kind = switch (k.toLowerCase(Locale.ROOT)) {
                case "direct" -> StatementKind.DIRECT;
                case "indirect" -> StatementKind.INDIRECT;
                case "mixed" -> StatementKind.MIXED;
                default -> throw new HttpError(400, "kind must be direct, indirect or mixed");
            };
        }
        StatementFilter filter = new StatementFilter(request.queryParam("speaker"), date(request, "since"), date(request, "until"),
                request.queryParam("outlet"), kind, flag(request, "checkworthy"), flag(request, "disputed"));
        return new SearchQuery(text, filter, Paging.of(request));
    }

    static boolean flag(WebRequest request, String name) {
        String v = request.queryParam(name);
        if (v == null || v.isEmpty() || v.equals("false") || v.equals("0")) {
            return false;
        }
        if (v.equals("true") || v.equals("1") || v.equals("on")) {
            return true;
        }
        throw new HttpError(400, name + " must be true or false");
    }

    private static LocalDate date(WebRequest request, String name) {
        String v = request.queryParam(name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new HttpError(400, name + " must be a date YYYY-MM-DD");
        }
    }
}
