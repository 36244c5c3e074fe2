package dev.attest.cli;

import dev.attest.store.IngestListener;
import dev.attest.store.IngestProgress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Ingest progress for a person watching a terminal: one line rewritten in place (carriage return, then spaces
 * over what is left of a longer previous line) after every commit; a problem is printed on a line of its own and
 * the progress line drawn again below it. {@link #finish()} ends the line before the final summary.
 */
final class TerminalProgress implements IngestListener {
    private final PrintWriter err;
    private final OptionalLong expected;
    private String shown = "";

    TerminalProgress(PrintWriter err, OptionalLong expected) {
        this.err = err;
        this.expected = expected;
    }

    /**
     * Whether standard error is a terminal. On Linux /proc tells for stderr itself, so {@code ingest 2>log} gets
     * plain lines even from an interactive shell; elsewhere the JVM's console stands in for it.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            java.io.Console console = System.console();
            return console != null && console.isTerminal();
        }
    }

    @Override
    public void problem(String line) {
        clear();
        err.println("attest: " + line);
        redraw();
    }

    @Override
    public void committed(IngestProgress progress) {
        String line = ProgressLine.of(progress, expected);
        int leftover = Math.max(0, shown.length() - line.length());
        err.print("\r" + line + " ".repeat(leftover));
        shown = line;
        err.flush();
    }

    /** Ends the progress line, so what follows starts on a fresh line. */
    void finish() {
        if (!shown.isEmpty()) {
            err.println();
            shown = "";
            err.flush();
        }
    }

    private void clear() {
        if (!shown.isEmpty()) {
            err.print("\r" + " ".repeat(shown.length()) + "\r");
        }
    }

    private void redraw() {
        if (!shown.isEmpty()) {
            err.print(shown);
        }
        err.flush();
    }
}
