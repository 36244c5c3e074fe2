package dev.attest.core.extract;

import dev.attest.core.lexicon.GivenNames;
import dev.attest.core.lexicon.GivenNames.Gender;
import dev.attest.core.lexicon.SpeakerWords;
import dev.attest.core.lexicon.WordSet;
import dev.attest.core.model.Entity;
import dev.attest.core.model.EntityKind;
import dev.attest.core.model.Mention;
import dev.attest.core.text.Layout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves speaker mentions to the article's entities using its own name chains: a surname to the
 * full name written before it ("Sanders" -> "Sarah Sanders"), a role to the name that carried that
 * title ("the commander in chief" -> "President Donald Trump"), an acronym to the name it abbreviates,
 * a pronoun to the most recent person of compatible gender. Unnamed sources stay unnamed.
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
            "organization", "organisation", "campaign", "administration", "call", "politico", "axios",
            "magazine", "daily", "gazette", "telegraph", "guardian", "independent", "canada", "statistics",
            "health", "affairs", "ltd", "ltd.", "co.", "llc", "group", "labs", "systems", "rcmp", "fbi", "cia",
            "nasa", "who", "un", "nato", "eu", "opec", "sharks", "oilers", "team", "county", "state",
            "states", "republic", "kingdom", "united", "nations", "democrats", "republicans", "liberals",
            "conservatives", "ndp", "gop", "international", "national", "federal", "provincial", "ministry");
    private static final Set<String> PERSON_TITLES = WordSet.of(
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "premier", "minister", "mayor",
            "senator", "sen.", "rep.", "gov.", "governor", "judge", "justice", "sheriff", "councillor", "coun.",
            "secretary", "spokesperson", "spokesman", "spokeswoman", "ceo", "director", "chair", "chairman",
            "chairwoman", "coach", "chief", "professor", "prof.", "mp", "mpp", "mla", "officer", "sgt.",
            "const.", "insp.", "supt.", "lawyer", "attorney", "author", "manager", "owner", "founder", "analyst",
            "economist", "researcher", "organizer", "coordinator", "leader", "candidate", "captain", "capt.",
            "defenceman", "forward", "goalie", "worker", "volunteer", "resident", "student", "teacher", "nurse",
            "doctor", "prosecutor", "executive", "commissioner", "speaker", "deputy", "agent", "editor");
    private static final int PRONOUN_WINDOW = 2500;
    /** Particles that open a family name ("Al Hashish", "Van Dyke"), never a full name by themselves. */
    private static final Set<String> PARTICLES = WordSet.of("al", "el", "van", "von", "de", "da", "di", "du", "le", "la",
            "bin", "abu", "del", "dos", "der", "den", "st.");
    /** Salience a mention lends its person, by where it stands (see {@link #recentPerson}). */
    private static final double SPEAKER_WEIGHT = 100;
    private static final double SUBJECT_WEIGHT = 80;
    private static final double SUBORDINATE_WEIGHT = 50;
    private static final double OBJECT_WEIGHT = 30;
    private static final double QUOTED_WEIGHT = 10;

    private final SpeakerWords words;
    private final NameRuns nameRuns;
    private final PersonNames personNames;
    private final GivenNames givenNames = new GivenNames();
    private final dev.attest.core.lexicon.Places places = new dev.attest.core.lexicon.Places();

    EntityResolver(SpeakerWords words) {
        this.words = words;
        this.nameRuns = new NameRuns(words);
        this.personNames = new PersonNames(words);
    }

    /** A resolved speaker: the entity's key and display name, or an unnamed source. */
    record Resolution(String key, String name, boolean named, EntityKind kind, String resolver) {}

    record Result(List<Resolution> resolutions, List<Entity> entities, Map<String, String> idByKey) {}

    /** Everything resolution reads about one article. */
    private record Context(String text, Layout layout, List<NameRun> runs, Map<String, String> acronyms, List<Draft> drafts,
            List<Resolution> done, Map<String, Gender> genders, FullNames fullNames, Set<String> spokenPersons) {}

    /**
     * Each run's full name, computed once per article on first use: pronouns ask for the same runs
     * again and again, and finding a surname's full name scans every run.
     */
    private static final class FullNames {
        private final List<NameRun> runs;
        private final Map<NameRun, String> known = new java.util.IdentityHashMap<>();

        FullNames(List<NameRun> runs) {
            this.runs = runs;
        }

        String of(NameRun run) {
            if (known.containsKey(run)) {
                return known.get(run);
            }
            String full = fullNameOf(run, runs);
            known.put(run, full);
            return full;
        }

        /** Index of the first run starting at or after {@code at}. */
        int firstFrom(int at) {
            int lo = 0;
            int hi = runs.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (runs.get(mid).start() < at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** Resolves each draft's speaker; the result list is parallel to {@code drafts}. */
    Result resolve(List<Draft> drafts, Layout layout, boolean[] tokenInQuote, int bodyStart) {
        String text = layout.text();
        List<NameRun> runs = nameRuns.find(layout.tokens(), text, bodyStart, tokenInQuote);
        FullNames fullNames = new FullNames(runs);
        Context ctx = new Context(text, layout, runs, NameRuns.acronyms(text), drafts,
                new ArrayList<>(drafts.size()), gendersFromText(runs, fullNames), fullNames, new java.util.HashSet<>());
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        // mentions are resolved in text order so a pronoun sees the speakers named before it
        Integer[] order = new Integer[drafts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            ctx.done().add(null);
        }
        Arrays.sort(order, (a, b) -> Integer.compare(mentionStart(drafts.get(a)), mentionStart(drafts.get(b))));
        for (int i : order) {
            Mention m = drafts.get(i).speaker();
            if (m == null) {
                continue;
            }
            Resolution r = resolveMention(m, ctx);
            ctx.done().set(i, r);
            if (r.named() && r.kind() == EntityKind.PERSON) {
                ctx.spokenPersons().add(r.name());
            }
            entities.computeIfAbsent(r.key(), k -> new EntityBuilder(r)).add(m);
        }
        List<Entity> list = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (EntityBuilder b : entities.values()) {
            String id = "e" + (ids.size() + 1);
            ids.put(b.first.key(), id);
            list.add(new Entity(id, b.first.name(), b.first.kind(), b.mentions));
        }
        return new Result(java.util.Collections.unmodifiableList(new ArrayList<>(ctx.done())), list, ids);
    }

    private static int mentionStart(Draft d) {
        return d.speaker() == null ? Integer.MAX_VALUE : d.speaker().span().start();
    }

    private Resolution resolveMention(Mention m, Context ctx) {
        return switch (m.type()) {
            case NAME -> resolveName(m, ctx);
            case ROLE -> resolveRole(m, ctx);
            case PRONOUN -> resolvePronoun(m, ctx);
            case UNNAMED -> documentOrUnnamed(m, ctx);
        };
    }

    private Resolution resolveName(Mention m, Context ctx) {
        PersonNames.Split split = personNames.split(List.of(m.text().split("\\s+")));
        if (split.name().isEmpty()) {
            return resolveRole(m, ctx);
        }
        List<String> nameTokens = split.name();
        String name = split.nameText();
        String resolver = "name";
        String expanded = nameTokens.size() == 1 ? ctx.acronyms().get(nameTokens.get(0)) : null;
        if (expanded == null && nameTokens.size() == 1) {
            expanded = speakerWithInitials(nameTokens.get(0), ctx);
        }
        if (expanded != null) {
            name = expanded;
            resolver = "acronym";
        } else if (nameTokens.size() == 1 || nameTokens.size() == 2 && !givenNames.isGivenName(nameTokens.get(0))) {
            List<String> full = nearestRunEndingWith(ctx.runs(), nameTokens, m.span().start());
            if (full != null) {
                name = String.join(" ", full);
                resolver = "surname-to-full-name";
            }
        }
        return new Resolution(key(name), name, true, kindOf(name, split.titles()), resolver);
    }

    /**
     * The full name (two to four words) that ends with these surname words, from the most recent run
     * before {@code at}, else the first after. "Donald Trump and Kim" offers only "Kim", its last conjunct.
     */
    private static List<String> nearestRunEndingWith(List<NameRun> runs, List<String> surname, int at) {
        List<String> before = null;
        List<String> after = null;
        for (NameRun r : runs) {
            for (List<String> person : conjuncts(r.nameTokens())) {
                boolean endsWith = person.size() > surname.size() && person.size() <= 4
                        && person.subList(person.size() - surname.size(), person.size()).equals(surname);
                // "Mahathir" for "Mahathir Mohamad": names that put the family name first
                boolean startsWith = surname.size() == 1 && person.size() == 2 && person.get(0).equals(surname.get(0));
                // "Al Hashish" is itself a surname: the full name is "Fouzia Al Hashish"
                boolean surnameOnly = endsWith && PARTICLES.contains(person.get(0).toLowerCase(Locale.ROOT));
                if (endsWith && !surnameOnly || startsWith && before == null && after == null) {
                    if (r.start() <= at) {
                        before = person;
                    } else if (after == null) {
                        after = person;
                    }
                }
            }
        }
        return before != null ? before : after;
    }

    /** "Andy Samberg and Sandra Oh" holds two people. */
    private static List<List<String>> conjuncts(List<String> tokens) {
        List<List<String>> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).equals("and")) {
                if (i > from) {
                    out.add(tokens.subList(from, i));
                }
                from = i + 1;
            }
        }
        return out;
    }

    private static List<String> lastConjunct(List<String> tokens) {
        int and = tokens.lastIndexOf("and");
        return and >= 0 ? tokens.subList(and + 1, tokens.size()) : tokens;
    }

    private Resolution resolveRole(Mention m, Context ctx) {
        String phrase = m.text().toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an|this|that|its|their|his|her)\\s+", "");
        String head = lastRoleWords(phrase);
        String office = words.office(head);
        NameRun titled = null;
        for (NameRun r : ctx.runs()) {
            if (r.nameTokens().size() >= 2 && !r.titles().isEmpty() && holdsOffice(r.titleText(), office)) {
                if (titled == null || r.start() <= m.span().start()) {
                    titled = r;
                }
                if (r.start() > m.span().start()) {
                    break;
                }
            }
        }
        if (titled != null) {
            return new Resolution(key(titled.name()), titled.name(), true, EntityKind.PERSON, "role-to-titled-name");
        }
        if (words.isDocumentSource(head)) {
            return documentOrUnnamed(m, ctx);
        }
        String ownName = words.isOrganisationRole(head) ? capitalisedRoleName(m) : null;
        if (ownName != null) {
            return new Resolution(key(ownName), ownName, true, EntityKind.ORGANISATION, "role-with-proper-modifier");
        }
        if (words.isOrganisationRole(head)) {
            NameRun org = null;
            for (NameRun r : ctx.runs()) {
                if (r.end() <= m.span().start() && containsWord(r.name(), head)) {
                    org = r;
                }
            }
            if (org != null) {
                return new Resolution(key(org.name()), org.name(), true, EntityKind.ORGANISATION, "role-to-named-organisation");
            }
            Resolution recentOrg = recentSpeaker(m, ctx, r -> r.named() && r.kind() == EntityKind.ORGANISATION);
            if (recentOrg != null) {
                return new Resolution(recentOrg.key(), recentOrg.name(), true, recentOrg.kind(), "role-to-recent-organisation");
            }
        }
        String apposed = apposedName(m, ctx);
        if (apposed != null) {
            return new Resolution(key(apposed), apposed, true, EntityKind.PERSON, "role-to-apposed-name");
        }
        boolean definite = DEFINITE.matcher(m.text()).find();
        if (definite && !words.isOrganisationRole(head) && OFFICES.contains(head)) {
            // "the mayor" points back to the person of the story who holds the office, as a pronoun does,
            // when no name carried the title ("candidate Doug McCallum" before the election). Descriptions
            // like "the rookie defenceman" were right as often as wrong this way (GGT dev), so only offices
            Resolution r = recentPerson(m, ctx, roleGender(phrase), "definite-description-to-salient-person");
            if (r != null) {
                return r;
            }
        }
        // an indefinite role ("a consultant", "one former director") introduces someone new and stays unresolved
        String label = m.text().toLowerCase(Locale.ROOT).startsWith("the ") ? m.text().toLowerCase(Locale.ROOT) : "the " + phrase;
        return new Resolution("role:" + phrase, label, false, EntityKind.UNKNOWN, "unresolved-role");
    }

    /** "says Campbell's partner, Jason Louth": the name set right after a role says who holds it. */
    private String apposedName(Mention m, Context ctx) {
        int end = m.span().end();
        String text = ctx.text();
        if (end + 2 >= text.length() || text.charAt(end) != ',' || text.charAt(end + 1) != ' ') {
            return null;
        }
        for (NameRun run : ctx.runs()) {
            if (run.start() > end + 2) {
                break;
            }
            if (run.start() == end + 2 && run.nameTokens().size() >= 2 && run.nameTokens().size() <= 4
                    && kindOf(run.name(), run.titles()) == EntityKind.PERSON) {
                return run.name();
            }
        }
        return null;
    }

    /** Offices a story's protagonist holds, so that "the mayor" may refer back to them. */
    private static final Set<String> OFFICES = WordSet.of("mayor", "premier", "president", "governor", "prime minister",
            "minister", "senator", "judge", "justice", "sheriff", "commissioner", "ceo", "chair", "chairman",
            "chairwoman", "coach", "captain", "leader", "chancellor", "principal", "superintendent", "councillor");

    /** "the X" or "Campbell's X": a description that refers back rather than introducing someone. */
    private static final java.util.regex.Pattern DEFINITE = java.util.regex.Pattern.compile("^(?i:the|this|that)\\s|\\S(’s|'s)\\s");

    private Gender roleGender(String phrase) {
        for (String w : phrase.split("[\\s-]+")) {
            Gender g = NameGenders.ofWord(w);
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    /** "The Canadian government", "the Liberal party": a role made specific by a proper modifier names itself. */
    private static String capitalisedRoleName(Mention m) {
        String[] ws = m.text().split("\\s+");
        int start = ws.length > 0 && ws[0].equalsIgnoreCase("the") ? 1 : 0;
        boolean proper = false;
        for (int i = start; i < ws.length - 1; i++) {
            if (!ws[i].isEmpty() && Character.isUpperCase(ws[i].codePointAt(0)) && !ws[i].endsWith("’s") && !ws[i].endsWith("'s")) {
                proper = true;
            }
        }
        return proper ? String.join(" ", Arrays.copyOfRange(ws, start, ws.length)) : null;
    }

    private static boolean containsWord(String name, String word) {
        for (String w : name.split("\\s+")) {
            if (w.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private String lastRoleWords(String phrase) {
        String[] ws = phrase.split("\\s+");
        for (int len = Math.min(3, ws.length); len >= 1; len--) {
            String tail = String.join(" ", Arrays.copyOfRange(ws, ws.length - len, ws.length));
            if (words.isRole(tail) || words.isOrganisationRole(tail)) {
                return tail;
            }
        }
        return ws[ws.length - 1];
    }

    private static boolean holdsOffice(String titles, String office) {
        if (titles.equals(office)) {
            return true;
        }
        return titles.endsWith(" " + office) && !titles.endsWith("vice " + office) && !titles.endsWith("deputy " + office);
    }

    private Resolution resolvePronoun(Mention m, Context ctx) {
        String p = m.text().toLowerCase(Locale.ROOT);
        switch (p) {
            case "he", "i" -> {
                Resolution r = recentPerson(m, ctx, p.equals("he") ? Gender.MALE : Gender.UNKNOWN, "pronoun-to-recent-person");
                if (r != null) {
                    return r;
                }
            }
            case "she" -> {
                Resolution r = recentPerson(m, ctx, Gender.FEMALE, "pronoun-to-recent-person");
                if (r != null) {
                    return r;
                }
            }
            case "it" -> {
                Resolution r = recentSpeaker(m, ctx, res -> res.named() && res.kind() != EntityKind.PERSON);
                if (r != null) {
                    return r;
                }
                String org = recentRun(m, ctx, run -> kindOf(run.name(), run.titles()) == EntityKind.ORGANISATION);
                if (org != null) {
                    return new Resolution(key(org), org, true, EntityKind.ORGANISATION, "pronoun-to-recent-organisation");
                }
            }
            case "who" -> {
                // "Jane Roe, who chairs the board, said": the name just before the relative pronoun
                String name = recentRun(m, ctx, run -> m.span().start() - run.end() <= 80);
                if (name != null) {
                    return new Resolution(key(name), name, true, kindOf(name, List.of()), "relative-pronoun-to-name");
                }
            }
            default -> {
                Resolution r = recentSpeaker(m, ctx, res -> !res.named() && res.kind() == EntityKind.UNNAMED_GROUP
                        || res.kind() == EntityKind.ORGANISATION || res.name().contains(" and "));
                if (r != null) {
                    return r;
                }
                String group = p.equals("they") ? salientPluralName(m, ctx) : null;
                if (group != null) {
                    return new Resolution(key(group), group, true, EntityKind.ORGANISATION, "pronoun-to-salient-group");
                }
            }
        }
        return new Resolution("pronoun:" + p + ":" + m.span().start(), p, false, EntityKind.UNKNOWN, "unresolved-pronoun");
    }

    private static String recentRun(Mention m, Context ctx, java.util.function.Predicate<NameRun> ok) {
        String best = null;
        for (NameRun run : ctx.runs()) {
            if (run.end() > m.span().start()) {
                break;
            }
            if (m.span().start() - run.start() <= PRONOUN_WINDOW && ok.test(run)) {
                String full = ctx.fullNames().of(run);
                best = full != null ? full : run.name();
            }
        }
        return best;
    }

    private static Resolution recentSpeaker(Mention m, Context ctx, java.util.function.Predicate<Resolution> ok) {
        Resolution best = null;
        int bestAt = -1;
        for (int k = 0; k < ctx.done().size(); k++) {
            Resolution r = ctx.done().get(k);
            Mention other = ctx.drafts().get(k).speaker();
            if (r == null || other == null || other.span().start() >= m.span().start()) {
                continue;
            }
            if (ok.test(r) && other.span().start() > bestAt) {
                best = r;
                bestAt = other.span().start();
            }
        }
        return best == null ? null : new Resolution(best.key(), best.name(), best.named(), best.kind(), "pronoun-to-recent-speaker");
    }

    /**
     * The most salient person before the pronoun, of compatible gender. Every earlier mention of a person
     * adds to that person's salience by where it stands (a speaker of a statement most, then a subject,
     * then an object or possessive; a photo credit nothing), halved for each sentence between it and the
     * pronoun, in the manner of Lappin and Leass. A news pronoun continues the person the story is
     * following, which the most recent name alone often is not: "his father's friend, Martin Legere".
     */
    private Resolution recentPerson(Mention m, Context ctx, Gender gender, String resolver) {
        int at = m.span().start();
        int sentence = ctx.layout().sentenceAt(at);
        Map<String, Double> salience = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int k = 0; k < ctx.done().size(); k++) {
            Resolution r = ctx.done().get(k);
            Mention other = ctx.drafts().get(k).speaker();
            if (r == null || other == null || other.span().start() >= at || at - other.span().start() > PRONOUN_WINDOW
                    || !r.named() || r.kind() == EntityKind.ORGANISATION || r.name().contains(" and ")
                    || !compatible(r.name(), gender, ctx)) {
                continue;
            }
            add(salience, names, r.name(), SPEAKER_WEIGHT, sentence - ctx.layout().sentenceAt(other.span().start()));
        }
        for (int i = ctx.fullNames().firstFrom(at - PRONOUN_WINDOW); i < ctx.runs().size(); i++) {
            NameRun run = ctx.runs().get(i);
            if (run.start() >= at) {
                break;
            }
            double weight = weight(run.position());
            if (weight == 0) {
                continue;
            }
            String full = ctx.fullNames().of(run);
            boolean person = full != null && (isClearlyPerson(full, run.titles(), ctx) || run.describedAsPerson());
            if (person && compatible(full, gender, ctx)) {
                add(salience, names, full, weight, sentence - ctx.layout().sentenceAt(run.start()));
            }
        }
        String name = mostSalient(salience, names);
        return name == null ? null : new Resolution(key(name), name, true, EntityKind.PERSON, resolver);
    }

    /** "The Conservatives ... they said": the most salient plural proper name of a body of people. */
    private String salientPluralName(Mention m, Context ctx) {
        int at = m.span().start();
        int sentence = ctx.layout().sentenceAt(at);
        Map<String, Double> salience = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (NameRun run : ctx.runs()) {
            if (run.start() >= at) {
                break;
            }
            String last = run.last();
            double weight = weight(run.position());
            if (weight > 0 && at - run.start() <= PRONOUN_WINDOW && run.nameTokens().size() <= 3 && last.length() > 3
                    && last.endsWith("s") && !last.endsWith("ss") && kindOf(run.name(), run.titles()) == EntityKind.ORGANISATION) {
                add(salience, names, run.name(), weight, sentence - ctx.layout().sentenceAt(run.start()));
            }
        }
        return mostSalient(salience, names);
    }

    /** The name with the highest salience (the earliest of equals), or null when nothing scored. */
    private static String mostSalient(Map<String, Double> salience, Map<String, String> names) {
        String best = null;
        double bestScore = 0;
        for (var e : salience.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best == null ? null : names.get(best);
    }

    private static void add(Map<String, Double> salience, Map<String, String> names, String name, double weight, int sentencesBack) {
        String k = key(name);
        names.putIfAbsent(k, name);
        // the best single mention counts, not the sum: a person the story followed for paragraphs must not
        // outweigh the one just introduced (GGT dev speaker accuracy 0.835 with max, 0.825 with sum)
        salience.merge(k, weight * Math.pow(0.5, Math.max(0, sentencesBack)), Math::max);
    }

    private static double weight(NameRun.Position p) {
        return switch (p) {
            case SUBJECT -> SUBJECT_WEIGHT;
            case SUBORDINATE_SUBJECT -> SUBORDINATE_WEIGHT;
            case POSSESSIVE, OBJECT -> OBJECT_WEIGHT;
            case QUOTED -> QUOTED_WEIGHT;
            case CREDIT -> 0;
        };
    }

    /** Per full name, the gender the article's own words give it, where they agree. */
    private static Map<String, Gender> gendersFromText(List<NameRun> runs, FullNames fullNames) {
        Map<String, Gender> out = new java.util.HashMap<>();
        for (NameRun run : runs) {
            if (run.gender() == Gender.UNKNOWN) {
                continue;
            }
            String full = fullNames.of(run);
            if (full != null) {
                out.merge(full, run.gender(), (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
        }
        return out;
    }

    /** A run's full name: itself when it has two to four words, else the full name its surname belongs to. */
    private static String fullNameOf(NameRun run, List<NameRun> runs) {
        List<String> person = lastConjunct(run.nameTokens());
        if (person.size() >= 2) {
            return person.size() <= 4 ? String.join(" ", person) : null;
        }
        if (person.isEmpty()) {
            return null;
        }
        List<String> full = nearestRunEndingWith(runs, person, run.start());
        if (full == null && run.describedAsPerson() && person.size() == 1 && run.nameTokens().size() == 1) {
            return person.get(0); // "Yuni, a resident of Lampung": known by one name
        }
        return full == null ? null : String.join(" ", full);
    }

    private boolean compatible(String name, Gender wanted, Context ctx) {
        if (wanted == Gender.UNKNOWN) {
            return true;
        }
        Gender g = givenNames.of(name.split("\\s+")[0]);
        if (g == Gender.UNKNOWN) {
            g = ctx.genders().getOrDefault(name, Gender.UNKNOWN);
        }
        return g == Gender.UNKNOWN || g == wanted;
    }

    /** A name run counts as a person for pronouns only on strong evidence: a given name, a personal title, or having spoken. */
    private boolean isClearlyPerson(String name, List<String> titles, Context ctx) {
        String[] ws = name.split("\\s+");
        if (ws.length >= 2 && givenNames.isGivenName(ws[0])) {
            return true;
        }
        for (String t : titles) {
            if (PERSON_TITLES.contains(t)) {
                return kindOf(name, List.of()) != EntityKind.ORGANISATION;
            }
        }
        return ctx.spokenPersons().contains(name);
    }

    /**
     * "According to the study": a document speaks for whoever the article says wrote it ("the Civic Action
     * study", "a study released Monday by Civic Action", "a report from the budget office"); without an
     * author it stays an unnamed source.
     */
    private Resolution documentOrUnnamed(Mention m, Context ctx) {
        String[] ws = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        String head = ws[ws.length - 1];
        if (words.isDocumentSource(head)) {
            String author = ownModifier(m.text());
            if (author == null) {
                author = documentAuthor(head, m, ctx);
            }
            if (author != null) {
                author = ctx.acronyms().getOrDefault(author, author);
                return new Resolution(key(author), author, true, kindOf(author, List.of()), "document-to-author");
            }
        }
        String introduced = personIntroducedNext(ws, head, m, ctx);
        if (introduced != null) {
            return new Resolution(key(introduced), introduced, true, EntityKind.PERSON, "description-to-next-name");
        }
        return unnamed(m);
    }

    /** How far after a description the name it introduces may stand: about the next paragraph. */
    private static final int CATAPHORA_REACH = 350;

    /**
     * "A Vancouver peewee hockey coach says ... \n\n Stephen Gillis said ...": news leads introduce a
     * person by a singular indefinite description and name them in the next sentence or paragraph. The
     * description speaks for the first full person name after it, if the article has not named that person
     * before (otherwise the name is someone already in the story, not the one being introduced).
     */
    private String personIntroducedNext(String[] ws, String head, Mention m, Context ctx) {
        boolean indefinite = ws[0].equals("a") || ws[0].equals("an") || ws[0].equals("one");
        for (int i = 1; i < ws.length; i++) {
            if (ws[i].equals("for") || ws[i].equals("of")) {
                head = ws[i - 1]; // "a spokeswoman for Trudeau": the role comes before the complement
                break;
            }
        }
        if (ws.length < 2 || !indefinite || !words.isRole(head)) {
            return null;
        }
        int end = m.span().end();
        for (int i = ctx.fullNames().firstFrom(end); i < ctx.runs().size(); i++) {
            NameRun run = ctx.runs().get(i);
            if (run.start() > end + CATAPHORA_REACH) {
                return null;
            }
            if (run.position() == NameRun.Position.CREDIT || run.position() == NameRun.Position.QUOTED
                    || run.nameTokens().size() < 2) {
                continue;
            }
            String full = ctx.fullNames().of(run);
            String name = full != null ? full : run.name();
            if (kindOf(name, run.titles()) != EntityKind.PERSON) {
                continue;
            }
            return namedBefore(run.last(), m.span().start(), ctx) ? null : name;
        }
        return null;
    }

    /**
     * "IRCC" after "Immigration, Refugees and Citizenship Canada" spoke: an acronym the article never
     * spells out stands for an earlier speaker whose capitalised words have exactly these initials.
     */
    private static String speakerWithInitials(String token, Context ctx) {
        if (token.length() < 3 || token.length() > 6 || !token.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        for (Resolution r : ctx.done()) {
            if (r != null && r.named() && r.kind() == EntityKind.ORGANISATION && initials(r.name()).equals(token)) {
                return r.name();
            }
        }
        return null;
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s,]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                sb.appendCodePoint(w.codePointAt(0));
            }
        }
        return sb.toString();
    }

    private static boolean namedBefore(String surname, int at, Context ctx) {
        for (NameRun r : ctx.runs()) {
            if (r.start() >= at) {
                return false;
            }
            if (r.nameTokens().contains(surname)) {
                return true;
            }
        }
        return false;
    }

    private static final int AUTHOR_REACH = 80;
    private static final Set<String> MONTHS = WordSet.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** "the Sensei website": capitalised words before the document word name its author. */
    private static String ownModifier(String mention) {
        String[] ws = mention.split("\\s+");
        List<String> name = new ArrayList<>();
        for (int i = 0; i < ws.length - 1; i++) {
            String w = ws[i].replaceAll("(’s|'s)$", "");
            boolean cap = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
            if (cap && !(i == 0 && WordSet.of("the", "a", "an", "this", "that").contains(w.toLowerCase(Locale.ROOT)))
                    && !MONTHS.contains(w.toLowerCase(Locale.ROOT))) {
                name.add(w);
            } else if (!name.isEmpty()) {
                name.clear(); // only the words right before the document word
            }
        }
        return name.isEmpty() ? null : String.join(" ", name);
    }

    /** "An August PBO report": a month before an author's name is when, not who. */
    private static String withoutMonth(NameRun run) {
        List<String> ws = run.nameTokens();
        int from = 0;
        while (from < ws.size() - 1 && MONTHS.contains(ws.get(from).toLowerCase(Locale.ROOT))) {
            from++;
        }
        return String.join(" ", ws.subList(from, ws.size()));
    }

    /** The author named with the most recent mention of this kind of document, up to just after the mention itself. */
    private String documentAuthor(String head, Mention m, Context ctx) {
        String text = ctx.text();
        String lower = text.toLowerCase(Locale.ROOT);
        int limit = Math.min(text.length(), m.span().end());
        String author = null;
        for (int p = lower.indexOf(head); p >= 0 && p < limit; p = lower.indexOf(head, p + 1)) {
            boolean word = (p == 0 || !Character.isLetter(text.charAt(p - 1)))
                    && (p + head.length() >= text.length() || !Character.isLetter(text.charAt(p + head.length())));
            if (!word) {
                continue;
            }
            String found = authorAt(p, p + head.length(), ctx);
            if (found != null) {
                author = found;
            }
        }
        return author;
    }

    private String authorAt(int start, int end, Context ctx) {
        String text = ctx.text();
        // a name that ends right before the document word starts at most a long name's length before it
        for (int i = ctx.fullNames().firstFrom(start - 200); i < ctx.runs().size(); i++) {
            NameRun run = ctx.runs().get(i);
            if (run.start() > end + AUTHOR_REACH) {
                break;
            }
            String between = run.end() <= start ? text.substring(run.end(), start) : "";
            // "the Civic Action study", "Dixon Hall's findings"
            if (run.end() <= start && (between.equals(" ") || between.equals("’s ") || between.equals("'s "))
                    && kindOf(withoutMonth(run), run.titles()) != EntityKind.UNKNOWN) {
                return withoutMonth(run);
            }
            // "a study released Monday by Civic Action", "a report from the budget office"
            if (run.start() > end && !text.substring(end, run.start()).contains(".")) {
                String after = text.substring(end, run.start());
                if (after.endsWith(" by ") || after.endsWith(" from ") || after.endsWith(" by the ") || after.endsWith(" from the ")) {
                    return withoutMonth(run);
                }
            }
        }
        return null;
    }

    private Resolution unnamed(Mention m) {
        String phrase = m.text().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        return new Resolution("unnamed:" + phrase, phrase, false, EntityKind.UNNAMED_GROUP, "unnamed-source");
    }

    private EntityKind kindOf(String name, List<String> titles) {
        String[] ws = name.split("\\s+");
        if (places.isPlace(name)) {
            return EntityKind.ORGANISATION; // a place speaks as an institution, never as "he" or "she"
        }
        if (givenNames.isGivenName(ws[0]) && ws.length >= 2 && ws.length <= 4) {
            return EntityKind.PERSON;
        }
        for (String w : ws) {
            if (ORG_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return EntityKind.ORGANISATION;
            }
        }
        for (String w : ws) {
            // "BC Hydro", "RCMP": an all-capital word names an organisation
            if (w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase)) {
                return EntityKind.ORGANISATION;
            }
        }
        for (String t : titles) {
            if (PERSON_TITLES.contains(t)) {
                return EntityKind.PERSON;
            }
        }
        return ws.length >= 2 && ws.length <= 3 && !name.contains(" and ") && !name.contains(" of ") ? EntityKind.PERSON : EntityKind.UNKNOWN;
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
}
