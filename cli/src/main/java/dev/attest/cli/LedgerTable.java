package dev.attest.cli;

import dev.attest.core.model.Ledger;
import dev.attest.core.model.Statement;
import java.io.PrintWriter;

/** A ledger as a table a person reads in a terminal. */
final class LedgerTable {
    private static final int EXCERPT = 60;

    void print(Ledger ledger, PrintWriter out) {
        String title = ledger.article().title() == null ? ledger.article().id() : ledger.article().title();
        out.println("== " + oneLine(title) + "  [" + oneLine(String.valueOf(ledger.article().source())) + "]");
        out.printf("%-4s %-24s %-13s %-8s %-14s %s%n", "id", "speaker", "cue", "kind", "channel", "content");
        for (Statement s : ledger.statements()) {
            String speaker = s.speaker() == null ? "?" : s.speaker().named() ? s.speaker().name() : s.speaker().name() + " (unnamed)";
            out.printf("%-4s %-24s %-13s %-8s %-14s %s%n", s.id(), clip(oneLine(speaker), 24), clip(s.cueText() == null ? "-" : oneLine(s.cueText()), 13),
                    s.kind().label(), s.channel().label() == null ? "-" : s.channel().label(),
                    "[" + s.content().start() + "," + s.content().end() + ") " + clip(oneLine(s.contentText()), EXCERPT));
        }
        out.println(ledger.statements().size() + " statements, " + ledger.entities().size() + " speakers");
        out.println();
    }

    private static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c);
        }
        return sb.toString();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
