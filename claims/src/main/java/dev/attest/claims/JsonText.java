package dev.attest.claims;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes the flat JSON of the model metadata; the module stays free of a JSON library. */
final class JsonText {
    private JsonText() {}

    /** An object of the entries in iteration order; values are strings, numbers, booleans or nested JSON (see {@link Raw}). */
    static String object(Map<String, ?> entries) {
        return entries.entrySet().stream()
                .map(e -> quote(e.getKey()) + ": " + value(e.getValue()))
                .collect(Collectors.joining(",\n  ", "{\n  ", "\n}"));
    }

    /** Already-rendered JSON. */
    record Raw(String json) {}

    private static String value(Object v) {
        return switch (v) {
            case null -> "null";
            case Raw r -> r.json();
            case Boolean b -> b.toString();
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Number n -> String.format(Locale.ROOT, "%.4f", n.doubleValue());
            default -> quote(v.toString());
        };
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
