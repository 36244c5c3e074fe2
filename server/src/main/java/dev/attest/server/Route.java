package dev.attest.server;

/** One endpoint: method, a path pattern with {@code {name}} parameters, and its handler. */
public record Route(String method, String path, Handler handler) {
    @FunctionalInterface
    public interface Handler {
        WebResponse handle(WebRequest request);
    }

    public static Route get(String path, Handler handler) {
        return new Route("GET", path, handler);
    }

    public static Route post(String path, Handler handler) {
        return new Route("POST", path, handler);
    }
}
