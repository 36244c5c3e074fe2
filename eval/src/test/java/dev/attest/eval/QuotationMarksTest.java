package dev.attest.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationMarksTest {
    @Test
    void quotationMarkRuleCountsOnlyDoubleMarks() {
        assertThat(QuotationMarks.containsDoubleMark("the baker\u2019s oven")).isFalse();
        assertThat(QuotationMarks.containsDoubleMark("it is \u201ccold\u201d")).isTrue();
        assertThat(QuotationMarks.containsDoubleMark("it is \"cold\"")).isTrue();
    }
}
