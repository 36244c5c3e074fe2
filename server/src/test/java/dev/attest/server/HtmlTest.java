package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupAndBothQuotes() {
        assertThat(Html.escape("<a href=\"x\" onclick='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void onlyHttpUrlsBecomeLinks() {
        assertThat(Html.safeUrl("javascript:alert(1)")).isNull();
        assertThat(Html.safeUrl(" JavaScript:alert(1)")).isNull();
        assertThat(Html.safeUrl("data:text/html,<script>")).isNull();
        assertThat(Html.safeUrl("/relative")).isNull();
        assertThat(Html.safeUrl("https://example.org/a?b=1&c=\"2\"")).isNull(); // a raw quote is not a valid URI
        assertThat(Html.safeUrl("https://example.org/a?b=1&c=2")).isEqualTo("https://example.org/a?b=1&amp;c=2");
        assertThat(Html.externalLink("javascript:alert(1)", null)).isEqualTo("javascript:alert(1)");
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String s = new ClaimReviewJsonLd(mapper).forScriptElement(mapper.createObjectNode().put("x", "</script><!--&"));
        assertThat(s).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(s).isEqualTo("{\"x\":\"\\u003c/script\\u003e\\u003c!--\\u0026\"}");
    }
}
