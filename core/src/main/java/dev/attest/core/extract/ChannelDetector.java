package dev.attest.core.extract;

import dev.attest.core.model.Channel;
import dev.attest.core.model.Span;
import dev.attest.core.text.Layout;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the channel of a statement from its cue and the words around it, outside the content. */
final class ChannelDetector {
    private static final Pattern TWITTER = Pattern.compile(
            "\\b((in|on|via|with) (a |an |his |her |their |its )?(series of )?(tweets?|twitter|x|x post)\\b|took to (twitter|x)\\b|tweet(ed|ing)\\b|retweet(s|ed)?\\b|posted on x\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOCIAL = Pattern.compile(
            "\\b(facebook|instagram|truth social|tiktok|threads|bluesky|social media|(in|on) a post|posted)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRIEFING = Pattern.compile(
            "\\b(briefing|press conference|news conference|press gaggle|told (the press|reporters|journalists))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERVIEW = Pattern.compile("\\binterview", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATEMENT = Pattern.compile(
            "\\b(in a (written )?statement|(press|news) release|said in a statement|statement (released|issued|posted))",
            Pattern.CASE_INSENSITIVE);

    Channel detect(Layout layout, Draft d) {
        if (d.cue() == null) {
            return Channel.NONE;
        }
        String lemma = d.cue().lemma();
        if (lemma.equals("tweet")) {
            return Channel.TWITTER;
        }
        String around = attributionText(layout, d);
        if (TWITTER.matcher(around).find()) {
            return Channel.TWITTER;
        }
        if (SOCIAL.matcher(around).find()) {
            return Channel.SOCIAL_POST;
        }
        if (STATEMENT.matcher(around).find()) {
            return Channel.STATEMENT;
        }
        if (INTERVIEW.matcher(around).find()) {
            return Channel.INTERVIEW;
        }
        if (BRIEFING.matcher(around).find()) {
            return Channel.PRESS_BRIEFING;
        }
        return Channel.NONE;
    }

    /** The cue's sentence without the statement's content, so quoted words never set the channel. */
    private static String attributionText(Layout layout, Draft d) {
        String text = layout.text();
        Span sent = layout.sentences().get(d.cue().sentence());
        int a = Math.min(sent.start(), d.cue().span().start());
        int b = Math.max(sent.end(), d.cue().span().end());
        Span content = d.quote() != null ? d.quote().outer() : d.content();
        StringBuilder sb = new StringBuilder();
        if (content.start() > a) {
            sb.append(text, a, Math.min(content.start(), b));
        }
        sb.append(' ');
        if (content.end() < b) {
            sb.append(text, Math.max(content.end(), a), b);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
