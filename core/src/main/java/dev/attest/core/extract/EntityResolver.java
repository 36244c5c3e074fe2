package dev.attest.core.extract;

import dev.attest.core.lexicon.WordSet;
import dev.attest.core.lexicon.SpeakerWords;
import dev.attest.core.model.Entity;
import dev.attest.core.model.EntityKind;
import dev.attest.core.model.Mention;
import dev.attest.core.model.MentionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves speaker mentions to the article's entities using its own name chains: a surname to the
 * full name written earlier ("Sanders" -> "Sarah Sanders"), a role to the name that carried that
 * title ("the commander in chief" -> "President Donald Trump"), a pronoun to the most recent
 * compatible named speaker. Unnamed sources stay unnamed.
 */
final class EntityResolver {
    private static final Set<String> ORG_WORDS = WordSet.of(
            "department", "ministry", "police", "service", "services", "news", "times", "post", "inc.", "inc",
            "corp", "corp.", "association", "council", "university", "party", "government", "agency",
            "commission", "bank", "institute", "foundation", "committee", "office", "court", "board", "group",
            "company", "union", "network", "press", "journal", "tribune", "herald", "globe", "mail", "star",
            "reuters", "cbc", "ctv", "cnn", "nbc", "abc", "cbs", "fox", "msnbc", "bbc", "house", "senate",
            "congress", "parliament", "city", "province", "hospital", "school", "church", "club", "centre",
            "center", "authority", "federation", "coalition", "alliance", "society", "league", "fund",
            "organization", "organisation", "campaign", "administration", "call", "politico", "axios", "report",
            "magazine", "daily", "gazette", "sun", "telegraph", "guardian", "independent");
    private static final Set<String> GROUP_PRONOUNS = WordSet.of("they", "we");

    private final SpeakerWords words;
    private final NameRuns nameRuns;

    EntityResolver(SpeakerWords words) {
        this.words = words;
        this.nameRuns = new NameRuns(words);
    }

    /** A resolved speaker: the entity's key and display name, or an unnamed source. */
    record Resolution(String key, String name, boolean named, EntityKind kind, String resolver) {}

    /** Resolves each draft's speaker (drafts in text order); the result list is parallel to {@code drafts}. */
    Result resolve(List<Draft> drafts, List<dev.attest.core.text.Token> tokens, String text, int bodyStart) {
        List<NameRun> runs = nameRuns.find(tokens, text, bodyStart);
        List<Resolution> out = new ArrayList<>(drafts.size());
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        // resolve in order of mention position so pronouns see the speakers named before them
        for (Draft d : drafts) {
            Mention m = d.speaker();
            if (m == null) {
                out.add(null);
                continue;
            }
            Resolution r = resolveMention(m, runs, drafts, out, text);
            out.add(r);
            entities.computeIfAbsent(r.key(), k -> new EntityBuilder(r)).add(m);
        }
        List<Entity> list = new ArrayList<>();
        int n = 0;
        Map<String, String> ids = new LinkedHashMap<>();
        for (EntityBuilder b : entities.values()) {
            String id = "e" + (++n);
            ids.put(b.first.key(), id);
            list.add(new Entity(id, b.first.name(), b.first.kind(), b.mentions));
        }
        return new Result(out, list, ids);
    }

    record Result(List<Resolution> resolutions, List<Entity> entities, Map<String, String> idByKey) {}

    private Resolution resolveMention(Mention m, List<NameRun> runs, List<Draft> drafts, List<Resolution> done, String text) {
        return switch (m.type()) {
            case NAME -> resolveName(m, runs);
            case ROLE -> resolveRole(m, runs);
            case PRONOUN -> resolvePronoun(m, runs, drafts, done);
            case UNNAMED -> unnamed(m);
        };
    }

    private Resolution resolveName(Mention m, List<NameRun> runs) {
        List<String> nameTokens = new ArrayList<>();
        for (String w : m.text().split("\\s+")) {
            String l = w.toLowerCase(Locale.ROOT);
            if (nameTokens.isEmpty() && (words.isNameTitle(l) || words.isDeterminer(l) && !w.equals("A"))) {
                continue;
            }
            nameTokens.add(w);
        }
        if (nameTokens.isEmpty()) {
            return resolveRole(m, runs);
        }
        String name = String.join(" ", nameTokens);
        String resolver = "name";
        if (nameTokens.size() == 1) {
            String surname = nameTokens.get(0);
            NameRun full = firstRunEndingWith(runs, surname);
            if (full != null) {
                name = full.name();
                resolver = "surname-to-full-name";
            }
        }
        return new Resolution(key(name), name, true, kindOf(name), resolver);
    }

    /** The earliest run of two to four name words that ends with this surname. */
    private static NameRun firstRunEndingWith(List<NameRun> runs, String surname) {
        for (NameRun r : runs) {
            if (r.nameTokens().size() >= 2 && r.nameTokens().size() <= 4 && r.last().equals(surname)) {
                return r;
            }
        }
        return null;
    }

    private Resolution resolveRole(Mention m, List<NameRun> runs) {
        String phrase = m.text().toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an|this|that)\\s+", "");
        String office = words.office(lastRoleWords(phrase));
        for (NameRun r : runs) {
            if (r.nameTokens().size() >= 2 && !r.titles().isEmpty() && holdsOffice(r.titleText(), office)) {
                return new Resolution(key(r.name()), r.name(), true, EntityKind.PERSON, "role-to-titled-name");
            }
        }
        String label = "the " + phrase;
        return new Resolution("role:" + phrase, label, false, EntityKind.UNKNOWN, "unresolved-role");
    }

    private String lastRoleWords(String phrase) {
        String[] ws = phrase.split("\\s+");
        for (int len = Math.min(3, ws.length); len >= 1; len--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(ws, ws.length - len, ws.length));
            if (words.isRole(tail)) {
                return tail;
            }
        }
        return phrase;
    }

    private static boolean holdsOffice(String titles, String office) {
        if (titles.equals(office)) {
            return true;
        }
        return titles.endsWith(" " + office) && !titles.endsWith("vice " + office);
    }

    private Resolution resolvePronoun(Mention m, List<NameRun> runs, List<Draft> drafts, List<Resolution> done) {
        String p = m.text().toLowerCase(Locale.ROOT);
        boolean group = GROUP_PRONOUNS.contains(p);
        // the most recent speaker resolved before this mention
        for (int k = done.size() - 1; k >= 0; k--) {
            Resolution r = done.get(k);
            Mention other = drafts.get(k).speaker();
            if (r == null || other == null || other.span().start() >= m.span().start()) {
                continue;
            }
            boolean compatible = group ? !r.named() || r.kind() == EntityKind.ORGANISATION
                    : r.named() && r.kind() != EntityKind.ORGANISATION;
            if (compatible) {
                return new Resolution(r.key(), r.name(), r.named(), r.kind(), "pronoun-to-recent-speaker");
            }
        }
        if (!group) {
            NameRun best = null;
            for (NameRun r : runs) {
                if (r.end() <= m.span().start() && r.nameTokens().size() >= 2 && kindOf(r.name()) != EntityKind.ORGANISATION) {
                    best = r;
                }
            }
            if (best != null) {
                return new Resolution(key(best.name()), best.name(), true, EntityKind.PERSON, "pronoun-to-recent-name");
            }
        }
        return new Resolution("pronoun:" + p + ":" + m.span().start(), p, false, EntityKind.UNKNOWN, "unresolved-pronoun");
    }

    private Resolution unnamed(Mention m) {
        String phrase = m.text().toLowerCase(Locale.ROOT).replaceFirst("^(the|some|many|several|most|other|few|a|an|one|both|all|various|numerous)\\s+", "");
        return new Resolution("unnamed:" + phrase, phrase, false, EntityKind.UNNAMED_GROUP, "unnamed-source");
    }

    private static EntityKind kindOf(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (ORG_WORDS.contains(w)) {
                return EntityKind.ORGANISATION;
            }
        }
        if (name.length() >= 2 && name.equals(name.toUpperCase(Locale.ROOT))) {
            return EntityKind.ORGANISATION;
        }
        return EntityKind.PERSON;
    }

    private static String key(String name) {
        return "name:" + name.toLowerCase(Locale.ROOT);
    }

    private static final class EntityBuilder {
        final Resolution first;
        final List<Mention> mentions = new ArrayList<>();

        EntityBuilder(Resolution first) {
            this.first = first;
        }

        void add(Mention m) {
            if (!mentions.contains(m)) {
                mentions.add(m);
            }
        }
    }

    static boolean isPronoun(MentionType t) {
        return t == MentionType.PRONOUN;
    }
}
