package dev.attest.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.attest.core.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads an RSS or Atom feed (ROME) into one article per item: the item's full content when the feed has it
 * ({@code content:encoded}, Atom {@code content}), else its description or summary; its link as URL and id;
 * its published (else updated) date, taken in UTC.
 *
 * <p>A feed that is not well-formed XML fails as a whole with its line number; an item without any text is
 * reported by its number and skipped. Doctypes are refused by ROME, so a feed cannot expand entities or reach
 * external files.
 */
final class FeedReader {
    private static final String PARAGRAPH_BREAK = "\n\n";

    ReadResult read(String inputName, byte[] bytes) throws InputException {
        SyndFeed feed = parse(inputName, bytes);
        List<Article> articles = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String where = inputName + ": item " + (i + 1);
            try {
                articles.add(article(inputName, where, entry));
            } catch (InputException e) {
                errors.add(e.getMessage());
            } catch (RuntimeException e) {
                errors.add(where + ": unreadable item (" + OneLine.of(String.valueOf(e)) + ")");
            }
        }
        if (articles.isEmpty() && errors.isEmpty()) {
            throw new InputException(inputName, "feed has no items");
        }
        return new ReadResult(articles, errors);
    }

    private static SyndFeed parse(String inputName, byte[] bytes) throws InputException {
        try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes))) {
            return new SyndFeedInput().build(xml);
        } catch (ParsingFeedException e) {
            String line = e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "";
            throw new InputException(inputName, "invalid feed XML (" + line + OneLine.of(rootMessage(e)) + ")", e);
        } catch (FeedException | IOException | RuntimeException e) {
            throw new InputException(inputName, "unreadable feed (" + OneLine.of(rootMessage(e)) + ")", e);
        }
    }

    private static Article article(String inputName, String where, SyndEntry entry) throws InputException {
        String title = clean(entry.getTitle());
        List<String> paragraphs = new ArrayList<>(FeedItemText.paragraphs(body(entry)));
        if (title != null && !paragraphs.isEmpty() && paragraphs.getFirst().equals(title)) {
            paragraphs.removeFirst();
        }
        if (paragraphs.isEmpty()) {
            throw new InputException(where, "no text in the item");
        }
        String body = String.join(PARAGRAPH_BREAK, paragraphs);
        String text = title == null ? body : title + PARAGRAPH_BREAK + body;
        String url = clean(entry.getLink());
        String guid = clean(entry.getUri());
        String id = url != null ? url : guid != null ? guid : where;
        return new Article(id, title, text, inputName, url, date(entry));
    }

    /** The longest content block: feeds that carry the full article put it there, the description is a teaser. */
    private static String body(SyndEntry entry) {
        String best = null;
        for (SyndContent content : entry.getContents()) {
            String value = content.getValue();
            if (value != null && !value.isBlank() && (best == null || value.length() > best.length())) {
                best = value;
            }
        }
        if (best != null) {
            return best;
        }
        SyndContent description = entry.getDescription();
        return description == null ? null : description.getValue();
    }

    private static LocalDate date(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String collapsed = value.strip().replaceAll("\\s+", " ");
        return collapsed.isEmpty() ? null : collapsed;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
