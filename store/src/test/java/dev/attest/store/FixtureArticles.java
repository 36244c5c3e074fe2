package dev.attest.store;

import dev.attest.core.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small fictional news articles written for these tests, generated from templates so counts are known. */
final class FixtureArticles {
    record Person(String fullName, String surname, String role) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("Elena Vasquez", "Vasquez", "Mayor"),
            new Person("Daniel Okafor", "Okafor", "engineer"),
            new Person("Priya Raman", "Raman", "council member"),
            new Person("Marcus Lindqvist", "Lindqvist", "Governor"),
            new Person("Helen Park", "Park", "Senator"));

    static final List<String> TOPICS = List.of(
            "the harbor bridge", "the water treatment plant", "the new bus depot", "the school calendar",
            "the port strike", "the hospital merger", "the flood barrier", "the housing levy");

    static final List<String> OUTLETS = List.of("harborledger.example", "wire.example", "eastport-news.example");

    private FixtureArticles() {
    }

    /** Article {@code n}: a direct quote by its full name, then an indirect statement by its surname. */
    static Article article(int n) {
        Person p = PEOPLE.get(n % PEOPLE.size());
        String topic = TOPICS.get(n % TOPICS.size());
        String outlet = OUTLETS.get(n % OUTLETS.size());
        String title = "Debate over " + topic + " continues, report " + n;
        String text = title + "\n\n"
                + p.role() + " " + p.fullName() + " spoke on Tuesday about " + topic + " in report number " + n + ".\n\n"
                + "\"We will finish the work on " + topic + " before the winter, and the budget will hold,\" "
                + p.surname() + " told reporters.\n\n"
                + p.surname() + " said that the city had saved " + (n * 7 % 90 + 10) + " million dollars on " + topic + ".\n";
        return new Article("fixture-" + n, title, text, "fixtures", "https://" + outlet + "/story/" + n,
                LocalDate.of(2026, 1, 1).plusDays(n % 300));
    }

    static List<Article> articles(int count) {
        List<Article> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(article(i));
        }
        return all;
    }

    /** One article as a JSON line in the ingest reader's format. */
    static String jsonLine(Article a) {
        return "{\"id\":" + json(a.id()) + ",\"title\":" + json(a.title()) + ",\"url\":" + json(a.url())
                + ",\"published\":" + json(a.published().toString()) + ",\"text\":" + json(a.text()) + "}";
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
