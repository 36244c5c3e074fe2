package dev.attest.core.extract;

import dev.attest.core.model.Channel;
import dev.attest.core.model.Mention;
import dev.attest.core.model.Span;
import dev.attest.core.model.StatementKind;

/**
 * A statement under construction: found by a rule, possibly still without a speaker. Immutable;
 * sieves and resolvers return changed copies.
 *
 * @param quote        the quotation this statement comes from, or null for reported speech
 * @param cue          the cue that attributes it, or null (a quote no cue stands next to)
 * @param speaker      the speaker phrase chosen by a sieve, or null while undecided
 * @param sieve        name of the sieve that chose the speaker
 * @param sieveConfidence how sure that sieve is
 */
record Draft(
        StatementKind kind,
        Span content,
        Quote quote,
        Cue cue,
        Mention speaker,
        String sieve,
        double sieveConfidence,
        String rule,
        double confidence,
        Channel channel,
        int paragraph,
        int sentence) {

    Draft withSpeaker(Mention m, String sieveName, double conf) {
        return new Draft(kind, content, quote, cue, m, sieveName, conf, rule, confidence, channel, paragraph, sentence);
    }

    Draft withChannel(Channel c) {
        return new Draft(kind, content, quote, cue, speaker, sieve, sieveConfidence, rule, confidence, c, paragraph, sentence);
    }

    Draft withKind(StatementKind k, String newRule) {
        return new Draft(k, content, quote, cue, speaker, sieve, sieveConfidence, newRule, confidence, channel, paragraph, sentence);
    }

    boolean hasSpeaker() {
        return speaker != null;
    }
}
