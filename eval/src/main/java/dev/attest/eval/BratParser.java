package dev.attest.eval;

import dev.attest.core.model.Span;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader for PolNeAR's BRAT {@code .ann} files.
 *
 * <p>Which lines count: BRAT writes a span's covered text verbatim, so a span or note that crosses a
 * paragraph break continues on the following raw lines, and one such line in PolNeAR train starts with
 * "The". A line is therefore an annotation line when it starts with an id ({@code T<n>}, {@code E<n>} or
 * {@code #<n>}) and is then parsed strictly; every other line is such a continuation and is ignored.
 */
final class BratParser {
    private static final Pattern ID_PREFIX = Pattern.compile("^[TE#]\\d");
    private static final Pattern ID_LINE = Pattern.compile("^([TE#]\\d+)\t(.*)$", Pattern.DOTALL);
    private static final Pattern RANGES = Pattern.compile("\\d+ \\d+(?:;\\d+ \\d+)*");
    private static final Pattern ARGUMENT = Pattern.compile("([A-Za-z][A-Za-z0-9-]*):(T\\d+)");
    private static final Set<String> SPAN_TYPES = Set.of(
            "Source", "Cue", "Content", "Attribution", "Attribution-no-source", "Discard", "Discuss");
    private static final Set<String> TRIGGERS = Set.of("Attribution", "Attribution-no-source");
    private static final Pattern ROLES = Pattern.compile("Source|Cue|Content\\d*");

    BratAnnotations parse(Path file, String text) {
        List<String> lines = readLines(file);
        CodePointText offsets = new CodePointText(text);
        Map<String, BratAnnotations.TextBound> spans = new LinkedHashMap<>();
        List<BratAnnotations.Event> events = new ArrayList<>();
        Map<String, Integer> eventIds = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (!ID_PREFIX.matcher(line).find()) {
                continue;
            }
            Matcher m = ID_LINE.matcher(line);
            if (!m.matches()) {
                throw new GoldDataException(file, lineNo, "annotation id not followed by a tab");
            }
            String id = m.group(1);
            String body = m.group(2);
            switch (id.charAt(0)) {
                case 'T' -> {
                    var span = textBound(file, lineNo, id, body, text, offsets);
                    if (spans.putIfAbsent(id, span) != null) {
                        throw new GoldDataException(file, lineNo, "duplicate id " + id);
                    }
                }
                case 'E' -> {
                    if (eventIds.putIfAbsent(id, lineNo) != null) {
                        throw new GoldDataException(file, lineNo, "duplicate id " + id);
                    }
                    events.add(event(file, lineNo, id, body));
                }
                default -> { } // '#' notes carry no spans
            }
        }
        for (var event : events) {
            checkReferences(file, event, spans);
        }
        return new BratAnnotations(spans, events);
    }

    private List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new GoldDataException(file, 0, "not valid UTF-8", e);
        } catch (IOException e) {
            throw new GoldDataException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private BratAnnotations.TextBound textBound(
            Path file, int lineNo, String id, String body, String text, CodePointText offsets) {
        String[] fields = body.split("\t", 2);
        if (fields.length < 2) {
            throw new GoldDataException(file, lineNo, id + ": expected '<type> <start> <end>' TAB covered text");
        }
        int space = fields[0].indexOf(' ');
        String type = space < 0 ? fields[0] : fields[0].substring(0, space);
        if (!SPAN_TYPES.contains(type)) {
            throw new GoldDataException(file, lineNo, id + ": unknown span type '" + type + "'");
        }
        String ranges = space < 0 ? "" : fields[0].substring(space + 1);
        if (!RANGES.matcher(ranges).matches()) {
            throw new GoldDataException(file, lineNo, id + ": bad offsets '" + ranges + "'");
        }
        List<Span> fragments = new ArrayList<>();
        for (String range : ranges.split(";")) {
            String[] bounds = range.split(" ");
            int start = parseOffset(file, lineNo, id, bounds[0]);
            int end = parseOffset(file, lineNo, id, bounds[1]);
            if (!offsets.inRange(start, end)) {
                throw new GoldDataException(file, lineNo, id + ": span [" + start + "," + end
                        + ") outside the text (length " + offsets.length() + ")");
            }
            fragments.add(offsets.span(start, end));
        }
        checkCoveredText(file, lineNo, id, fragments, fields[1], text);
        return new BratAnnotations.TextBound(id, type, fragments, lineNo);
    }

    private int parseOffset(Path file, int lineNo, String id, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new GoldDataException(file, lineNo, id + ": offset too large: " + digits);
        }
    }

    /**
     * The stored covered text is the only guard against an .ann paired with the wrong or a re-encoded
     * text. BRAT cuts it at a newline (the rest becomes continuation lines), so then only a prefix must agree.
     */
    private void checkCoveredText(Path file, int lineNo, String id, List<Span> fragments, String covered, String text) {
        String expected = String.join(" ", fragments.stream().map(s -> s.of(text)).toList());
        boolean agrees = expected.contains("\n") ? expected.startsWith(covered) : expected.equals(covered);
        if (!agrees) {
            throw new GoldDataException(file, lineNo, id + ": covered text '" + abbreviate(covered)
                    + "' differs from the text at its offsets '" + abbreviate(expected) + "'");
        }
    }

    private BratAnnotations.Event event(Path file, int lineNo, String id, String body) {
        String[] args = body.strip().split("\\s+");
        Matcher trigger = ARGUMENT.matcher(args[0]);
        if (!trigger.matches() || !TRIGGERS.contains(trigger.group(1))) {
            throw new GoldDataException(file, lineNo, id + ": expected an Attribution trigger first, got '" + args[0] + "'");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            Matcher arg = ARGUMENT.matcher(args[i]);
            if (!arg.matches()) {
                throw new GoldDataException(file, lineNo, id + ": bad argument '" + args[i] + "'");
            }
            String role = arg.group(1);
            if (!ROLES.matcher(role).matches()) {
                throw new GoldDataException(file, lineNo, id + ": unknown role '" + role + "'");
            }
            if (arguments.putIfAbsent(role, arg.group(2)) != null) {
                throw new GoldDataException(file, lineNo, id + ": role " + role + " given twice");
            }
        }
        return new BratAnnotations.Event(id, trigger.group(1), trigger.group(2), arguments, lineNo);
    }

    private void checkReferences(Path file, BratAnnotations.Event event, Map<String, BratAnnotations.TextBound> spans) {
        var trigger = spans.get(event.triggerId());
        if (trigger == null || !trigger.type().equals(event.trigger())) {
            throw new GoldDataException(file, event.line(), event.id() + ": trigger " + event.triggerId()
                    + " is not a " + event.trigger() + " span");
        }
        event.arguments().forEach((role, target) -> {
            if (!spans.containsKey(target)) {
                throw new GoldDataException(file, event.line(), event.id() + ": " + role + " refers to undefined " + target);
            }
        });
    }

    private static String abbreviate(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
