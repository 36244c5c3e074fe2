package dev.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {
    @ParameterizedTest
    @CsvSource({
            "https://www.Wire.example/story/1,        http://www.wire.example/story/1/",
            "https://wire.example/story/1#comments,   https://WIRE.example:443/story/1",
            "https://wire.example/a?id=7,             https://wire.example/a?id=7#top",
    })
    void urlsOfOnePageShareAKey(String a, String b) {
        assertThat(id("text one", a).key()).isEqualTo(id("text two", b).key());
    }

    @Test
    void queryStringsStayPartOfTheKey() {
        assertThat(id("x", "https://wire.example/a?id=7").key()).isNotEqualTo(id("x", "https://wire.example/a?id=8").key());
    }

    @Test
    void textHashIgnoresCaseAndWhitespaceOnly() {
        assertThat(ArticleIdentity.textHash("The  Mayor said\n\nno."))
                .isEqualTo(ArticleIdentity.textHash(" the mayor\u00a0SAID no. "))
                .isNotEqualTo(ArticleIdentity.textHash("The Mayor said no!"));
    }

    @Test
    void articlesWithoutUrlAreKeyedByText() {
        ArticleIdentity a = id("Same words.", null);
        assertThat(a.key()).isEqualTo("text:" + a.textHash());
        assertThat(a.outlet()).isNull();
        assertThat(id("same   WORDS.", null).ref()).isEqualTo(a.ref());
    }

    @Test
    void outletIsTheHostWithoutWww() {
        assertThat(id("x", "https://www.harborledger.example/news/1").outlet()).isEqualTo("harborledger.example");
        assertThat(ArticleIdentity.outletOf("https://WWW.Wire.example/story")).isEqualTo("wire.example");
        assertThat(ArticleIdentity.outletOf("www.wire.example")).isEqualTo("wire.example");
    }

    private static ArticleIdentity id(String text, String url) {
        return ArticleIdentity.of(new Article("id", null, text, "test", url, null));
    }
}
