package dev.attest.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Downloads one http(s) source with bounded time and size: a feed or page bigger than the reader's limit is
 * refused after reading one byte past it, never buffered whole.
 */
final class UrlFetcher {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    byte[] fetch(String url, long maxBytes) throws InputException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new InputException(url, "not a valid URL", e);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("User-Agent", "attest-ingest")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5")
                .GET().build();
        // One client per fetch and closed after it, so an ingest leaves no HTTP threads behind.
        try (HttpClient client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()) {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() < 200 || response.statusCode() >= 300) {
                    throw new InputException(url, "HTTP status " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE - 16)));
                if (bytes.length > maxBytes) {
                    throw new InputException(url, "too large (more than " + maxBytes + " bytes)");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new InputException(url, "cannot fetch (" + OneLine.of(String.valueOf(e)) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(url, "fetch interrupted", e);
        }
    }
}
