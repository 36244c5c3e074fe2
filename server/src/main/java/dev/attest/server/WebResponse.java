package dev.attest.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a handler answers: status, content type, body and extra headers (Set-Cookie may repeat, so a list). */
public record WebResponse(int status, String contentType, byte[] body, List<Map.Entry<String, String>> headers) {
    public static final String JSON = "application/json; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";

    public WebResponse {
        headers = List.copyOf(headers);
    }

    public static WebResponse json(int status, String json) {
        return new WebResponse(status, JSON, json.getBytes(StandardCharsets.UTF_8), List.of());
    }

    public static WebResponse html(int status, String html) {
        return new WebResponse(status, HTML, html.getBytes(StandardCharsets.UTF_8), List.of());
    }

    public static WebResponse redirect(String location) {
        return new WebResponse(303, "text/plain; charset=utf-8", new byte[0], List.of(Map.entry("Location", location)));
    }

    public WebResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> all = new ArrayList<>(headers);
        all.add(Map.entry(name, value));
        return new WebResponse(status, contentType, body, all);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
