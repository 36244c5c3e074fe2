package dev.attest.core.text;

import dev.attest.core.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentence boundaries from OpenNLP's UD English model (Apache-2.0, from Maven Central). The model
 * is immutable and shared; {@link SentenceDetectorME} is not thread-safe, so one is made per call
 * (it is a thin wrapper, cheap to create).
 */
public final class Sentences {
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private final SentenceModel model;

    public Sentences() {
        this.model = load();
    }

    private static SentenceModel load() {
        try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model missing from classpath: " + MODEL);
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP sentence model", e);
        }
    }

    /** Sentence spans inside {@code [from, to)}, trimmed of surrounding whitespace, in order. */
    public List<Span> split(String text, int from, int to) {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        opennlp.tools.util.Span[] found = detector.sentPosDetect(text.substring(from, to));
        List<Span> out = new ArrayList<>(found.length);
        for (opennlp.tools.util.Span s : found) {
            int a = from + s.getStart();
            int b = from + s.getEnd();
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                out.add(new Span(a, b));
            }
        }
        if (out.isEmpty() && to > from) {
            out.add(new Span(from, to));
        }
        return out;
    }
}
