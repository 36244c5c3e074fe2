package dev.attest.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The Chrome DevTools protocol over one WebSocket (java.net.http, no driver binary): commands are JSON messages with
 * an id, answered by a message with the same id; everything without an id is an event, kept so tests can wait for it.
 */
final class DevToolsConnection implements AutoCloseable {
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final WebSocket socket;

    private DevToolsConnection(URI webSocketUrl) throws Exception {
        this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(webSocketUrl, new Receiver()).get(15, TimeUnit.SECONDS);
    }

    static DevToolsConnection open(URI webSocketUrl) throws Exception {
        return new DevToolsConnection(webSocketUrl);
    }

    /** Sends a command and waits for its result; a protocol error or a timeout fails the test with the method name. */
    JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = mapper.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? mapper.createObjectNode() : params);
        try {
            socket.sendText(message.toString(), true).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode reply = answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new AssertionError("DevTools " + method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (TimeoutException e) {
            throw new AssertionError("DevTools " + method + " got no answer in " + COMMAND_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + method, e);
        } catch (ExecutionException e) {
            throw new AssertionError("DevTools " + method + " failed: " + e.getCause(), e.getCause());
        } finally {
            pending.remove(id);
        }
    }

    JsonNode send(String method) {
        return send(method, null);
    }

    ObjectNode params() {
        return mapper.createObjectNode();
    }

    /** How many events with this method arrived so far. */
    long count(String method) {
        return events.stream().filter(e -> method.equals(e.path("method").asText())).count();
    }

    /** The parameters of every event that arrived so far and matches. */
    List<JsonNode> events(String method, Predicate<JsonNode> filter) {
        return events.stream().filter(e -> method.equals(e.path("method").asText())).map(e -> e.path("params")).filter(filter).toList();
    }

    @Override
    public void close() {
        socket.abort();
        http.close();
        pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("connection closed")));
    }

    /** Collects the fragments of each message (a large answer arrives in parts) and routes it by id. */
    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                route(text);
            }
            ws.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }

        private void route(String text) {
            JsonNode message;
            try {
                message = mapper.readTree(text);
            } catch (Exception e) {
                return; // the browser only sends JSON; an unreadable frame would be a protocol bug we cannot act on
            }
            if (message.has("id")) {
                CompletableFuture<JsonNode> f = pending.get(message.get("id").asInt());
                if (f != null) {
                    f.complete(message);
                }
            } else {
                events.add(message);
            }
        }
    }
}
