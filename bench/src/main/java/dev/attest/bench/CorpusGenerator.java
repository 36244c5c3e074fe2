package dev.attest.bench;

import dev.attest.core.model.Article;
import dev.attest.bench.NewsTemplates.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic generated news articles: article {@code i} of seed {@code s} is always the same text, so a corpus
 * can be generated in shards and a benchmark rerun on identical input. Articles have 8-12 paragraphs (about
 * 1.5 KB) mixing the statement constructions of {@link NewsTemplates}; about one in six repeats a shared quote
 * (a fifth of those with " this year" added), and one in thirty has no publication date.
 * Quotes and clauses are built from templates, so many recur across a large corpus: far more quote links than
 * real news has.
 */
public final class CorpusGenerator {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private final long seed;
    private final int days;

    /** Articles published over 90 days. */
    public CorpusGenerator(long seed) {
        this(seed, 90);
    }

    /** Articles published over {@code days} days: fewer days, more articles in each date partition. */
    public CorpusGenerator(long seed, int days) {
        this.seed = seed;
        this.days = days;
    }

    public Article article(int index) {
        return new Writer(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index), index, days).article();
    }

    public List<Article> articles(int from, int count) {
        List<Article> out = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            out.add(article(i));
        }
        return out;
    }

    /** The state of one article being written: its random stream, topic and cast. */
    private static final class Writer {
        private final SplittableRandom random;
        private final int index;
        private final String topic;
        private final String headlineTopic;
        private final String place;
        private final String organisation;
        private final List<Person> cast = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();
        private final int days;

        Writer(SplittableRandom random, int index, int days) {
            this.random = random;
            this.index = index;
            this.days = days;
            int t = random.nextInt(NewsTemplates.TOPICS.size());
            this.topic = NewsTemplates.TOPICS.get(t);
            this.headlineTopic = NewsTemplates.HEADLINE_TOPICS.get(t);
            this.place = pick(NewsTemplates.PLACES);
            this.organisation = pick(NewsTemplates.ORGANISATIONS);
            for (int i = 0; i < 4; i++) {
                boolean woman = random.nextBoolean();
                String family;
                do {
                    family = pick(NewsTemplates.FAMILY_NAMES);
                } while (hasFamily(family));
                cast.add(new Person(pick(woman ? NewsTemplates.WOMEN : NewsTemplates.MEN), family, woman ? "she" : "he"));
                titles.add(pick(NewsTemplates.TITLES));
            }
        }

        Article article() {
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(lead());
            int body = 7 + random.nextInt(5);
            boolean sharedUsed = false;
            for (int i = 0; i < body; i++) {
                if (!sharedUsed && random.nextInt(6) == 0) {
                    paragraphs.add(sharedQuote());
                    sharedUsed = true;
                    continue;
                }
                paragraphs.addAll(paragraph());
            }
            String title = fill(pick(NewsTemplates.HEADLINES));
            LocalDate published = random.nextInt(30) == 0 ? null : FIRST_DAY.plusDays(random.nextInt(days));
            String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            String url = "https://news.example/" + (published == null ? "undated" : published.getYear() + "/"
                    + published.getMonthValue()) + "/" + slug + "-" + index;
            return new Article(String.format("gen-%07d", index), title, String.join("\n\n", paragraphs), "generator",
                    url, published);
        }

        private String lead() {
            Person p = cast.getFirst();
            return capitalise(titles.getFirst()) + " " + p.full() + " said " + pick(NewsTemplates.DAYS) + " that "
                    + clause() + ".";
        }

        private List<String> paragraph() {
            Person p = pick(cast);
            int who = cast.indexOf(p);
            return switch (random.nextInt(11)) {
                case 0, 1 -> List.of("\u201c" + quote() + ",\u201d " + p.family() + " " + pick(NewsTemplates.VERBS) + ".");
                case 2 -> List.of("\"" + quote() + ",\" " + p.pronoun() + " said.");
                case 3 -> List.of(p.full() + ", " + description() + ", said: \u201c" + quote() + ".\u201d");
                case 4 -> List.of("According to the " + organisation + ", " + clause() + ".");
                case 5 -> List.of(pick(NewsTemplates.UNNAMED) + " say " + clause() + ".");
                case 6 -> List.of(channel(p, who));
                case 7 -> List.of(p.family() + " called " + topic + " \u201c" + pick(NewsTemplates.PHRASES)
                        + "\u201d and said " + clause() + ".");
                case 8 -> List.of("\u201c" + quote() + ". " + quote() + ".",
                        "\u201c" + quote() + ",\u201d " + p.family() + " said.");
                case 9 -> List.of(capitalise(p.pronoun()) + " also said " + clause() + ".");
                default -> List.of(fill(pick(NewsTemplates.FILLERS)));
            };
        }

        private String channel(Person p, int who) {
            String clause = clause();
            return switch (random.nextInt(4)) {
                case 0 -> "In a post on X, " + titles.get(who) + " " + p.full() + " wrote that " + clause + ".";
                case 1 -> p.family() + " said in a statement that " + clause + ".";
                case 2 -> p.full() + " told reporters at a briefing on " + pick(NewsTemplates.DAYS) + " that " + clause + ".";
                default -> "In an interview with the " + pick(NewsTemplates.OUTLETS) + ", " + p.full() + " said "
                        + clause + ".";
            };
        }

        private String sharedQuote() {
            int a = random.nextInt(NewsTemplates.SHARED_QUOTE_PARTS_A.size());
            int b = random.nextInt(NewsTemplates.SHARED_QUOTE_PARTS_B.size());
            String quote = NewsTemplates.SHARED_QUOTE_PARTS_A.get(a) + " " + NewsTemplates.SHARED_QUOTE_PARTS_B.get(b);
            if (random.nextInt(5) == 0) {
                quote = quote + " this year";
            }
            Person p = pick(cast);
            return "\u201c" + quote + ",\u201d " + p.family() + " said.";
        }

        private String description() {
            return switch (random.nextInt(3)) {
                case 0 -> "a spokeswoman for the " + organisation;
                case 1 -> "the director of the " + organisation;
                default -> "an economist who has studied " + topic;
            };
        }

        private String quote() {
            String opening = pick(NewsTemplates.QUOTE_OPENINGS);
            String core = pick(NewsTemplates.QUOTES);
            return capitalise(fill(opening + (opening.isEmpty() ? core : decapitalise(core))
                    + pick(NewsTemplates.QUOTE_ENDINGS)));
        }

        private String clause() {
            return fill(pick(NewsTemplates.CLAUSES) + pick(NewsTemplates.CLAUSE_ENDINGS));
        }

        /** Lowercases a leading capital, but not the pronoun "I" or a name in a slot. */
        private static String decapitalise(String s) {
            return s.startsWith("I ") || s.startsWith("{") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }

        private String fill(String template) {
            return template
                    .replace("{title}", capitalise(titles.getFirst()))
                    .replace("{f}", cast.getFirst().family())
                    .replace("{ht}", headlineTopic)
                    .replace("{t}", topic)
                    .replace("{p}", place)
                    .replace("{o}", organisation)
                    .replace("{n}", Integer.toString(2 + random.nextInt(90)))
                    .replace("{m}", Integer.toString(2 + random.nextInt(9)))
                    .replace("{k}", Integer.toString(5 + random.nextInt(80)) + ",000")
                    .replace("{day}", pick(NewsTemplates.DAYS))
                    .replace("{month}", pick(NewsTemplates.MONTHS));
        }

        private boolean hasFamily(String family) {
            return cast.stream().anyMatch(p -> p.family().equals(family));
        }

        private <T> T pick(List<T> options) {
            return options.get(random.nextInt(options.size()));
        }

        private static String capitalise(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
