package dev.attest.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the ISO-8601 date forms found in article metadata. A date-time keeps the calendar date of its own
 * offset (not UTC): that is the date the publisher printed on the article.
 */
final class IsoDates {
    private IsoDates() {
    }

    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String iso = value.strip();
        // "2024-05-01 10:00" is common in CMS output; ISO wants the T.
        if (iso.length() > 10 && iso.charAt(10) == ' ') {
            iso = iso.substring(0, 10) + 'T' + iso.substring(11);
        }
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeParseException notADate) {
            // try the date-time forms below
        }
        try {
            return Optional.of(OffsetDateTime.parse(iso).toLocalDate());
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(iso).toLocalDate());
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(iso).toLocalDate());
        } catch (DateTimeParseException notZoned) {
            return Optional.empty();
        }
    }
}
