package dev.attest.core.extract;

import dev.attest.core.lexicon.SpeakerWords;
import dev.attest.core.lexicon.SpeechVerbs;
import dev.attest.core.model.Channel;
import dev.attest.core.model.Span;
import dev.attest.core.text.Layout;
import dev.attest.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The standard extraction stages. */
final class Stages {
    private Stages() {}

    static List<Stage> standard() {
        SpeakerWords words = new SpeakerWords();
        CueFinder cueFinder = new CueFinder(new SpeechVerbs(), words);
        return List.of(
                new LayoutStage(new Layout.Builder()),
                new QuoteStage(new QuoteFinder()),
                new CueStage(cueFinder),
                new StatementStage(new StatementFinder()),
                new AttributionStage(Sieves.standard(), cueFinder.phrases()),
                new ResolutionStage(new EntityResolver(words)),
                new ChannelStage(new ChannelDetector()));
    }

    record LayoutStage(Layout.Builder builder) implements Stage {
        public String name() { return "layout"; }
        public Set<Layer> requires() { return Set.of(); }
        public Set<Layer> provides() { return Set.of(Layer.LAYOUT); }
        public void apply(Work w) { w.layout = builder.build(w.article.text()); }
    }

    record QuoteStage(QuoteFinder finder) implements Stage {
        public String name() { return "quotes"; }
        public Set<Layer> requires() { return Set.of(Layer.LAYOUT); }
        public Set<Layer> provides() { return Set.of(Layer.QUOTES); }

        public void apply(Work w) {
            w.quotes = finder.find(w.layout.text(), w.layout.paragraphs());
            List<Token> tokens = w.layout.tokens();
            boolean[] in = new boolean[tokens.size()];
            for (Quote q : w.quotes) {
                int a = w.layout.tokenIndexAtOrAfter(q.outer().start());
                int b = w.layout.tokenIndexAtOrAfter(q.outer().end());
                for (int k = a; k < b; k++) {
                    in[k] = true;
                }
            }
            w.tokenInQuote = in;
        }
    }

    record CueStage(CueFinder finder) implements Stage {
        public String name() { return "cues"; }
        public Set<Layer> requires() { return Set.of(Layer.LAYOUT, Layer.QUOTES); }
        public Set<Layer> provides() { return Set.of(Layer.CUES); }
        public void apply(Work w) { w.cues = finder.find(w.layout, w.tokenInQuote, w.article.titleSpan()); }
    }

    record StatementStage(StatementFinder finder) implements Stage {
        public String name() { return "statements"; }
        public Set<Layer> requires() { return Set.of(Layer.LAYOUT, Layer.QUOTES, Layer.CUES); }
        public Set<Layer> provides() { return Set.of(Layer.DRAFTS); }
        public void apply(Work w) { w.drafts = finder.find(w.layout, w.quotes, w.cues, w.article.titleSpan()); }
    }

    record AttributionStage(List<Sieve> sieves, SpeakerPhrases phrases) implements Stage {
        public String name() { return "attribution"; }
        public Set<Layer> requires() { return Set.of(Layer.DRAFTS, Layer.CUES); }
        public Set<Layer> provides() { return Set.of(Layer.SPEAKERS); }

        public void apply(Work w) {
            w.drafts = Sieves.apply(sieves, w.drafts, new SieveContext(w.layout, w.cues, phrases));
        }
    }

    record ResolutionStage(EntityResolver resolver) implements Stage {
        public String name() { return "resolution"; }
        public Set<Layer> requires() { return Set.of(Layer.SPEAKERS); }
        public Set<Layer> provides() { return Set.of(Layer.ENTITIES); }
        public void apply(Work w) { var title = w.article.titleSpan();
            w.entities = resolver.resolve(w.drafts, w.layout, w.tokenInQuote, title == null ? 0 : title.end());
        }
    }

    /** Channels from the words around each cue; "he wrote" continues the channel of the speaker's last post. */
    record ChannelStage(ChannelDetector detector) implements Stage {
        public String name() { return "channels"; }
        public Set<Layer> requires() { return Set.of(Layer.DRAFTS, Layer.ENTITIES); }
        public Set<Layer> provides() { return Set.of(Layer.CHANNELS); }

        public void apply(Work w) {
            List<Draft> out = new ArrayList<>(w.drafts.size());
            List<EntityResolver.Resolution> res = w.entities.resolutions();
            for (int i = 0; i < w.drafts.size(); i++) {
                Draft d = w.drafts.get(i);
                Channel c = detector.detect(w.layout, d);
                if (c == Channel.NONE && d.cue() != null && d.cue().lemma().equals("write") && res.get(i) != null) {
                    c = previousSocialChannel(w.drafts, out, res, i);
                }
                out.add(d.withChannel(c));
            }
            w.drafts = out;
        }

        private static Channel previousSocialChannel(List<Draft> drafts, List<Draft> done, List<EntityResolver.Resolution> res, int i) {
            String key = res.get(i).key();
            for (int k = i - 1; k >= 0; k--) {
                if (drafts.get(k).paragraph() < drafts.get(i).paragraph() - 2) {
                    break;
                }
                Channel c = done.get(k).channel();
                if (res.get(k) != null && res.get(k).key().equals(key) && (c == Channel.TWITTER || c == Channel.SOCIAL_POST)) {
                    return c;
                }
            }
            // the quote may come before the sentence that says it was a post
            for (int k = i + 1; k < drafts.size() && drafts.get(k).paragraph() <= drafts.get(i).paragraph() + 1; k++) {
                if (res.get(k) != null && res.get(k).key().equals(key) && drafts.get(k).cue() != null
                        && drafts.get(k).cue().lemma().equals("tweet")) {
                    return Channel.TWITTER;
                }
            }
            return Channel.NONE;
        }
    }

    static boolean overlapsAny(Span s, List<Span> spans) {
        for (Span o : spans) {
            if (o.overlaps(s)) {
                return true;
            }
        }
        return false;
    }
}
