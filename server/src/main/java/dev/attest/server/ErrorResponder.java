package dev.attest.server;

/** Turns a refused request into a response (JSON for the API, a page for the UI). */
@FunctionalInterface
public interface ErrorResponder {
    WebResponse respond(String path, int status, String message);
}
