package dev.attest.server;

import dev.attest.core.model.Ledger;
import dev.attest.core.model.Statement;
import dev.attest.store.CorpusStore;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Creates, edits, publishes and unpublishes reviews, recording each change in the review's audit trail. */
public final class ReviewService {
    static final int MAX_CLAIM = 2_000;
    static final int MAX_EXPLANATION = 20_000;
    static final int MAX_SOURCES = 50;
    private final ReviewStore store;
    private final CorpusStore corpus;
    private final Clock clock;

    public ReviewService(ReviewStore store, CorpusStore corpus, Clock clock) {
        this.store = store;
        this.corpus = corpus;
        this.clock = clock;
    }

    public Optional<Review> find(String id) {
        return store.find(id);
    }

    public List<Review> all() {
        return store.all();
    }

    public List<Review> published() {
        return store.all().stream().filter(Review::isPublished).toList();
    }

    public synchronized Review create(String user, ReviewDraft d) {
        if (d.claim() == null || d.claim().isBlank()) {
            throw new HttpError(400, "claim is required");
        }
        if (d.rating() == null) {
            throw new HttpError(400, "rating is required: one of " + ratingLabels());
        }
        validate(d);
        Appearance a = appearance(d.statementRef());
        String now = clock.instant().toString();
        Review r = new Review(store.nextId(), d.claim().strip(), blankToNull(d.statementRef()), a.claimant(), a.date(), a.url(),
                d.rating(), nullToEmpty(d.explanation()), d.sources() == null ? List.of() : d.sources(), Review.State.DRAFT,
                user, now, now, null, List.of(new Review.AuditEntry(user, "create", now, "rating " + d.rating().label())));
        store.put(r);
        return r;
    }

    /** Changes a draft; a published review must be unpublished first, so readers never see an unannounced edit. */
    public synchronized Review update(String user, String id, ReviewDraft d) {
        Review r = require(id);
        if (r.isPublished()) {
            throw new HttpError(409, "review " + id + " is published: unpublish it before editing");
        }
        validate(d);
        List<String> changed = new ArrayList<>();
        String claim = r.claim();
        if (d.claim() != null && !d.claim().isBlank() && !d.claim().strip().equals(claim)) {
            claim = d.claim().strip();
            changed.add("claim");
        }
        Rating rating = r.rating();
        if (d.rating() != null && d.rating() != rating) {
            changed.add("rating " + rating.label() + " -> " + d.rating().label());
            rating = d.rating();
        }
        String explanation = r.explanation();
        if (d.explanation() != null && !d.explanation().equals(explanation)) {
            explanation = d.explanation();
            changed.add("explanation");
        }
        List<String> sources = r.sources();
        if (d.sources() != null && !d.sources().equals(sources)) {
            sources = d.sources();
            changed.add("sources");
        }
        if (changed.isEmpty()) {
            return r;
        }
        String now = clock.instant().toString();
        Review next = new Review(r.id(), claim, r.statementRef(), r.claimant(), r.claimDate(), r.appearance(), rating, explanation,
                sources, r.state(), r.author(), r.created(), now, r.published(),
                append(r.audit(), new Review.AuditEntry(user, "update", now, String.join(", ", changed))));
        store.put(next);
        return next;
    }

    public synchronized Review publish(String user, String id) {
        return changeState(user, require(id), Review.State.PUBLISHED, "publish");
    }

    public synchronized Review unpublish(String user, String id) {
        return changeState(user, require(id), Review.State.DRAFT, "unpublish");
    }

    private Review changeState(String user, Review r, Review.State state, String action) {
        if (r.state() == state) {
            return r;
        }
        String now = clock.instant().toString();
        String published = state == Review.State.PUBLISHED ? now : r.published();
        Review next = new Review(r.id(), r.claim(), r.statementRef(), r.claimant(), r.claimDate(), r.appearance(), r.rating(),
                r.explanation(), r.sources(), state, r.author(), r.created(), now, published,
                append(r.audit(), new Review.AuditEntry(user, action, now, "")));
        store.put(next);
        return next;
    }

    private Review require(String id) {
        return store.find(id).orElseThrow(() -> new HttpError(404, "no review " + id));
    }

    private static void validate(ReviewDraft d) {
        if (d.claim() != null && d.claim().length() > MAX_CLAIM) {
            throw new HttpError(400, "claim longer than " + MAX_CLAIM + " characters");
        }
        if (d.explanation() != null && d.explanation().length() > MAX_EXPLANATION) {
            throw new HttpError(400, "explanation longer than " + MAX_EXPLANATION + " characters");
        }
        if (d.sources() != null) {
            if (d.sources().size() > MAX_SOURCES) {
                throw new HttpError(400, "more than " + MAX_SOURCES + " sources");
            }
            for (String s : d.sources()) {
                if (Html.safeUrl(s) == null) {
                    throw new HttpError(400, "a source must be an http(s) URL: " + s);
                }
            }
        }
    }

    /** Who said the claim, when and where, from the statement it came from. */
    private record Appearance(String claimant, String date, String url) {
    }

    private Appearance appearance(String statementRef) {
        if (statementRef == null || statementRef.isBlank()) {
            return new Appearance(null, null, null);
        }
        String[] parts = statementRef.strip().split(":", 2);
        if (parts.length != 2 || !ArticleRefs.valid(parts[0])) {
            throw new HttpError(400, "statement must be <article ref>:<statement id>");
        }
        Ledger ledger = corpus.ledger(parts[0]).orElseThrow(() -> new HttpError(400, "no article " + parts[0]));
        Statement s = ledger.statements().stream().filter(x -> x.id().equals(parts[1])).findFirst()
                .orElseThrow(() -> new HttpError(400, "no statement " + statementRef));
        var article = ledger.article();
        return new Appearance(s.speaker() == null ? null : s.speaker().name(),
                article.published() == null ? null : article.published().toString(),
                Html.safeUrl(article.url()) == null ? null : URI.create(article.url().strip()).toString());
    }

    private static List<Review.AuditEntry> append(List<Review.AuditEntry> audit, Review.AuditEntry e) {
        List<Review.AuditEntry> all = new ArrayList<>(audit);
        all.add(e);
        return all;
    }

    static String ratingLabels() {
        List<String> labels = new ArrayList<>();
        for (Rating r : Rating.values()) {
            labels.add(r.label());
        }
        return String.join(", ", labels);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
