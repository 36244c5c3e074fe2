package dev.attest.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Follows a URL's redirects one hop at a time, checking every hop against the {@link UrlPolicy}, and returns the URL
 * that answers without redirecting. The ingest reader's own fetcher follows redirects unchecked, so it is handed only
 * that final URL: a public page cannot bounce the server to a private address.
 */
final class RedirectResolver {
    static final int MAX_REDIRECTS = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final UrlPolicy policy;

    RedirectResolver(UrlPolicy policy) {
        this.policy = policy;
    }

    URI finalUrl(String url) {
        URI current = policy.check(url);
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build()) {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(current).timeout(TIMEOUT).header("User-Agent", "attest-ingest")
                        .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                r.body().close(); // only the status and Location matter here; closing drops the rest of the body
                String location = r.headers().firstValue("Location").orElse(null);
                if (r.statusCode() < 300 || r.statusCode() >= 400 || location == null) {
                    return current;
                }
                current = policy.check(current.resolve(location.strip()).toString());
            }
        } catch (IOException e) {
            throw new HttpError(400, "cannot fetch " + url + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "bad redirect from " + url + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(400, "fetch of " + url + " interrupted");
        }
        throw new HttpError(400, "more than " + MAX_REDIRECTS + " redirects from " + url);
    }
}
