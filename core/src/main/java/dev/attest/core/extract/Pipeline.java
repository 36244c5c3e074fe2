package dev.attest.core.extract;

import dev.attest.core.model.Article;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Mention;
import dev.attest.core.model.Provenance;
import dev.attest.core.model.Speaker;
import dev.attest.core.model.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The statement extraction pipeline: an ordered list of stages, checked at construction so every
 * stage finds the layers it reads. Thread-safe; build it once and reuse it for every article.
 */
public final class Pipeline {
    private final List<Stage> stages;

    Pipeline(List<Stage> stages) {
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (Stage s : stages) {
            for (Layer needed : s.requires()) {
                if (!available.contains(needed)) {
                    throw new IllegalArgumentException("stage " + s.name() + " needs " + needed + ", which no earlier stage provides");
                }
            }
            available.addAll(s.provides());
        }
        if (!available.contains(Layer.CHANNELS) || !available.contains(Layer.ENTITIES)) {
            throw new IllegalArgumentException("pipeline must end with entities and channels resolved");
        }
        this.stages = List.copyOf(stages);
    }

    public static Pipeline standard() {
        return new Pipeline(Stages.standard());
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    public Ledger analyze(Article article) {
        Work w = new Work(article);
        for (Stage s : stages) {
            s.apply(w);
        }
        return toLedger(w);
    }

    private static Ledger toLedger(Work w) {
        String text = w.article.text();
        List<Statement> statements = new ArrayList<>(w.drafts.size());
        List<EntityResolver.Resolution> res = w.entities.resolutions();
        for (int i = 0; i < w.drafts.size(); i++) {
            Draft d = w.drafts.get(i);
            Speaker speaker = null;
            EntityResolver.Resolution r = res.get(i);
            if (r != null) {
                Mention m = d.speaker();
                String entityId = w.entities.idByKey().get(r.key());
                speaker = new Speaker(r.name(), r.named(), entityId, m,
                        new Provenance(d.sieve() + "+" + r.resolver(), d.sieveConfidence()));
            }
            String cueText = d.cue() == null ? null : d.cue().span().of(text);
            statements.add(new Statement("s" + (i + 1), d.kind(), d.content(), d.content().of(text),
                    d.cue() == null ? null : d.cue().span(), cueText, d.channel(), speaker,
                    new Provenance(d.rule(), d.confidence())));
        }
        return new Ledger(w.article, statements, w.entities.entities());
    }
}
