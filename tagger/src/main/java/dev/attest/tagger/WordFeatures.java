package dev.attest.tagger;

import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import java.util.List;

/**
 * Cheap per-word signals the MiniLM states do not carry directly: quotation state across a paragraph, where the
 * rule pipeline found cues, contents and speakers, and layout. Each is 0 or 1.
 */
final class WordFeatures {
    static final int COUNT = 9;

    private WordFeatures() {
    }

    static float[][] of(String text, Words words, List<Statement> ruleStatements) {
        boolean[] quoted = insideQuotation(text);
        float[][] features = new float[words.size()][COUNT];
        for (int w = 0; w < words.size(); w++) {
            Span span = words.spans().get(w);
            float[] f = features[w];
            f[0] = quoted[span.start()] ? 1 : 0;
            f[1] = isQuoteMark(text.charAt(span.start())) ? 1 : 0;
            for (Statement s : ruleStatements) {
                if (s.cue() != null && s.cue().overlaps(span)) {
                    f[2] = 1;
                }
                if (s.content().overlaps(span)) {
                    f[3] = 1;
                    if (s.content().start() >= span.start() - 1 && s.content().start() < span.end()) {
                        f[4] = 1;
                    }
                }
                if (s.speaker() != null && s.speaker().mention() != null && s.speaker().mention().span().overlaps(span)) {
                    f[5] = 1;
                }
            }
            f[6] = paragraphStart(text, span.start()) ? 1 : 0;
            f[7] = Character.isUpperCase(text.charAt(span.start())) ? 1 : 0;
            f[8] = span.start() > 0 && text.charAt(span.start() - 1) == '\n' ? 1 : 0;
        }
        return features;
    }

    /**
     * Per character, whether it lies between an opening and a closing double quotation mark of the same paragraph.
     * Straight marks toggle; a paragraph break ends any open quotation (news leaves a multi-paragraph quote's
     * closing mark out).
     */
    static boolean[] insideQuotation(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = false;
            } else if (c == '“' || (c == '"' && !open)) {
                open = true;
            } else if (c == '”' || c == '"') {
                inside[i] = true;
                open = false;
                continue;
            }
            inside[i] = open;
        }
        return inside;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '\'' || c == '‘' || c == '’';
    }

    private static boolean paragraphStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }
}
