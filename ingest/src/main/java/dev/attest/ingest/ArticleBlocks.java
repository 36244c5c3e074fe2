package dev.attest.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Collects the paragraph texts of an article container in document order, skipping page furniture.
 *
 * <p>One iterative pass (jsoup's traversor keeps no recursion on the Java stack), so pathologically deep
 * markup cannot overflow the stack or go quadratic. A block nested in another block (a {@code <p>} inside a
 * {@code <blockquote>}, a list inside a list item) becomes its own paragraph; the outer block's own text
 * before and after it becomes separate paragraphs, so nothing is counted twice and order is kept.
 *
 * <p>Text outside {@code p/blockquote/h2/h3/li} is kept apart as "loose" text and only used when the page has
 * no such blocks at all, because on ordinary pages loose text is mostly widgets ("Advertisement", "Share").
 */
final class ArticleBlocks implements NodeFilter {
    private static final Set<String> BLOCKS = Set.of("p", "blockquote", "h2", "h3", "li");
    private static final Set<String> FURNITURE = Set.of("nav", "footer", "aside", "figure", "figcaption", "script",
            "style", "noscript", "form", "button", "template", "svg", "iframe", "select", "textarea", "object");
    private static final List<String> FURNITURE_MARKERS = List.of("share", "social", "credit", "caption", "related",
            "newsletter", "advert", "promo", "byline-photo", "cookie");

    private final Deque<StringBuilder> open = new ArrayDeque<>();
    private final List<String> blockParagraphs = new ArrayList<>();
    private final List<String> looseParagraphs = new ArrayList<>();
    private StringBuilder loose = new StringBuilder();

    private ArticleBlocks() {
    }

    /** The container's paragraphs, whitespace-collapsed, photo credits removed. */
    static List<String> of(Element container) {
        ArticleBlocks blocks = new ArticleBlocks();
        NodeTraversor.filter(blocks, container);
        blocks.flushLoose();
        List<String> chosen = blocks.blockParagraphs.isEmpty() ? blocks.looseParagraphs : blocks.blockParagraphs;
        return chosen.stream().filter(p -> !PhotoCredits.isCredit(p)).toList();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            current().append(text.getWholeText());
        } else if (node instanceof Element element) {
            if (depth > 0 && isFurniture(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(element.normalName())) {
                flushInnermost();
                open.push(new StringBuilder());
            } else if (element.normalName().equals("br")) {
                current().append(' ');
            } else if (element.isBlock()) {
                separate();
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (BLOCKS.contains(element.normalName())) {
                emit(open.pop(), blockParagraphs);
            } else if (element.isBlock()) {
                separate();
            }
        }
        return FilterResult.CONTINUE;
    }

    private StringBuilder current() {
        return open.isEmpty() ? loose : open.peek();
    }

    /** Block-level boundaries end loose paragraphs; inside a collected block they are just a space. */
    private void separate() {
        if (open.isEmpty()) {
            flushLoose();
        } else {
            open.peek().append(' ');
        }
    }

    private void flushInnermost() {
        if (open.isEmpty()) {
            flushLoose();
        } else {
            emit(open.peek(), blockParagraphs);
            open.peek().setLength(0);
        }
    }

    private void flushLoose() {
        emit(loose, looseParagraphs);
        loose = new StringBuilder();
    }

    private static void emit(StringBuilder raw, List<String> into) {
        String paragraph = collapseWhitespace(raw);
        if (!paragraph.isEmpty()) {
            into.add(paragraph);
        }
    }

    private static String collapseWhitespace(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isFurniture(Element element) {
        String name = element.normalName();
        if (FURNITURE.contains(name) || element.hasAttr("hidden")) {
            return true;
        }
        if (name.equals("header") && isSiteHeader(element)) {
            return true;
        }
        String classAndId = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return FURNITURE_MARKERS.stream().anyMatch(classAndId::contains);
    }

    /** An article's own header holds its standfirst; only the page-wide header is furniture. */
    private static boolean isSiteHeader(Element header) {
        for (Element parent = header.parent(); parent != null; parent = parent.parent()) {
            String name = parent.normalName();
            if (name.equals("article") || name.equals("main")) {
                return false;
            }
        }
        return true;
    }
}
