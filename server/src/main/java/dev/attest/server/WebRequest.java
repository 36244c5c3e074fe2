package dev.attest.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * An HTTP request as the workbench sees it, free of any web framework: the body is already read (and size-checked)
 * by the adapter.
 */
public record WebRequest(String method, String path, Map<String, String> pathParams, Map<String, List<String>> query,
                         Function<String, String> header, Map<String, String> cookies, byte[] body) {

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The first value of a query parameter, or {@code null} when absent or blank. */
    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    public String headerValue(String name) {
        return header.apply(name);
    }

    public String contentType() {
        String value = header.apply("Content-Type");
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as an application/x-www-form-urlencoded form; read here so that no framework form limits apply. */
    public Map<String, String> form() {
        Map<String, String> fields = new LinkedHashMap<>();
        String text = bodyText();
        if (text.isEmpty()) {
            return fields;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                fields.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "malformed form field");
            }
        }
        return fields;
    }
}
