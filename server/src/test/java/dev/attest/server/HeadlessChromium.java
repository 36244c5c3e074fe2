package dev.attest.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium driven over the DevTools protocol: started with {@code --remote-debugging-port=0} (it prints the
 * WebSocket URL it chose on standard error), one page tab, and the few user actions a test needs — navigate, click at
 * an element's centre with real mouse events, type with real text input, read the DOM. Closing it always ends the
 * browser and all its child processes.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Duration STARTUP = Duration.ofSeconds(30);
    static final Duration PAGE_LOAD = Duration.ofSeconds(30);
    private static final Pattern DEVTOOLS_URL = Pattern.compile("DevTools listening on (ws://\\S+)");
    private final ObjectMapper mapper = new ObjectMapper();
    private final Process process;
    private final Path log;
    private DevToolsConnection page;

    private HeadlessChromium(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Skips the calling test when Chromium is missing, unless ATTEST_REQUIRE_BROWSER=true, which makes it fail. */
    static void assumeInstalled() {
        boolean required = "true".equalsIgnoreCase(System.getenv("ATTEST_REQUIRE_BROWSER"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (required) {
                throw new AssertionError(CHROMIUM + " is missing and ATTEST_REQUIRE_BROWSER=true (apt-get install -y chromium)");
            }
            Assumptions.abort("skipped: " + CHROMIUM + " not installed (apt-get install -y chromium); set ATTEST_REQUIRE_BROWSER=true to fail instead");
        }
    }

    static HeadlessChromium launch(Path workDir) throws Exception {
        Files.createDirectories(workDir);
        Path log = workDir.resolve("chromium.log");
        List<String> command = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-extensions", "--no-first-run",
                "--no-default-browser-check", "--user-data-dir=" + workDir.resolve("profile"),
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--window-size=1280,900", "about:blank");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
        HeadlessChromium browser = new HeadlessChromium(process, log);
        try {
            browser.page = DevToolsConnection.open(browser.pageSocket(browser.browserSocket()));
            browser.page.send("Page.enable");
            browser.page.send("Runtime.enable");
            browser.page.send("Log.enable");
            return browser;
        } catch (Exception | AssertionError e) {
            browser.close();
            throw e;
        }
    }

    /** Waits for the line the browser prints once its DevTools endpoint listens. */
    private URI browserSocket() throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("chromium exited with " + process.exitValue() + ": " + tail());
            }
            Matcher m = DEVTOOLS_URL.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("chromium printed no DevTools URL in " + STARTUP.toSeconds() + " s: " + tail());
    }

    /** The WebSocket of the page tab, from the endpoint's target list on the same port. */
    private URI pageSocket(URI browserSocket) throws Exception {
        URI list = URI.create("http://" + browserSocket.getHost() + ":" + browserSocket.getPort() + "/json/list");
        long deadline = System.nanoTime() + STARTUP.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            while (System.nanoTime() < deadline) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(list).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                for (JsonNode target : mapper.readTree(r.body())) {
                    if ("page".equals(target.path("type").asText()) && target.has("webSocketDebuggerUrl")) {
                        return URI.create(target.get("webSocketDebuggerUrl").asText());
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("chromium has no page target at " + list);
    }

    private String tail() throws IOException {
        String text = Files.exists(log) ? Files.readString(log) : "";
        return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    }

    DevToolsConnection devTools() {
        return page;
    }

    /** Opens a URL and waits for its load event; fails when the browser reports a network error. */
    void navigate(String url) {
        long loads = page.count("Page.loadEventFired");
        JsonNode r = page.send("Page.navigate", page.params().put("url", url));
        if (r.hasNonNull("errorText") && !r.get("errorText").asText().isEmpty()) {
            throw new AssertionError("cannot open " + url + ": " + r.get("errorText").asText());
        }
        awaitLoad(loads, url);
    }

    /** Clicks the first element matching the CSS selector and waits for the page it leads to. */
    void clickAndWait(String selector) {
        long loads = page.count("Page.loadEventFired");
        click(selector);
        awaitLoad(loads, "click on " + selector);
    }

    /** A real mouse click (pressed and released) at the centre of the element, scrolled into view first. */
    void click(String selector) {
        JsonNode box = evaluate("(() => { const e = document.querySelector(" + jsString(selector) + "); if (!e) return null;"
                + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        if (box.isNull()) {
            throw new AssertionError("no element " + selector + " on " + location());
        }
        for (String type : List.of("mousePressed", "mouseReleased")) {
            page.send("Input.dispatchMouseEvent", page.params().put("type", type).put("x", box.get("x").asDouble())
                    .put("y", box.get("y").asDouble()).put("button", "left").put("clickCount", 1));
        }
    }

    /** Focuses the field by clicking it, clears it, and types the text as keyboard input would insert it. */
    void type(String selector, String text) {
        click(selector);
        evaluate("document.querySelector(" + jsString(selector) + ").select()");
        page.send("Input.dispatchKeyEvent", page.params().put("type", "keyDown").put("key", "Delete").put("code", "Delete")
                .put("windowsVirtualKeyCode", 46));
        page.send("Input.dispatchKeyEvent", page.params().put("type", "keyUp").put("key", "Delete").put("code", "Delete")
                .put("windowsVirtualKeyCode", 46));
        page.send("Input.insertText", page.params().put("text", text));
    }

    /** Picks an option of a select element (native popups cannot be clicked headless), firing its change event. */
    void select(String selector, String value) {
        JsonNode ok = evaluate("(() => { const s = document.querySelector(" + jsString(selector) + "); if (!s) return false;"
                + " s.value = " + jsString(value) + "; s.dispatchEvent(new Event('change', {bubbles: true})); return s.value === "
                + jsString(value) + "; })()");
        if (!ok.asBoolean()) {
            throw new AssertionError("cannot select " + value + " in " + selector + " on " + location());
        }
    }

    /** Evaluates an expression in the page (DevTools is not bound by the page's CSP) and returns its JSON value. */
    JsonNode evaluate(String expression) {
        JsonNode r = page.send("Runtime.evaluate", page.params().put("expression", expression).put("returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new AssertionError("script failed: " + expression + ": " + r.get("exceptionDetails"));
        }
        JsonNode value = r.path("result").path("value");
        return value.isMissingNode() ? mapper.nullNode() : value;
    }

    String text(String selector) {
        return evaluate("(() => { const e = document.querySelector(" + jsString(selector) + "); return e ? e.textContent : null; })()").asText(null);
    }

    int count(String selector) {
        return evaluate("document.querySelectorAll(" + jsString(selector) + ").length").asInt();
    }

    String location() {
        return evaluate("location.href").asText();
    }

    String title() {
        return evaluate("document.title").asText();
    }

    void clearCookies() {
        page.send("Network.clearBrowserCookies");
    }

    private void awaitLoad(long loadsBefore, String what) {
        long deadline = System.nanoTime() + PAGE_LOAD.toNanos();
        while (System.nanoTime() < deadline) {
            if (page.count("Page.loadEventFired") > loadsBefore && "complete".equals(evaluate("document.readyState").asText())) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while loading " + what, e);
            }
        }
        throw new AssertionError("no page load in " + PAGE_LOAD.toSeconds() + " s after " + what);
    }

    String jsString(String s) {
        ObjectNode holder = mapper.createObjectNode().put("s", s);
        String json = holder.toString();
        return json.substring(json.indexOf(':') + 1, json.length() - 1);
    }

    /** Asks the browser to quit, then ends whatever is left of it and its children (renderers, zygotes) by force. */
    @Override
    public void close() {
        try {
            if (page != null) {
                page.close();
            }
        } finally {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
