package dev.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputKindDetectorTest {
    private final InputKindDetector detector = new InputKindDetector();

    @ParameterizedTest(name = "[{index}] {1} <- {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"text": "a"}                                          | JSONL
            `   \\n\\n  {"id": 1}`                                   | JSONL
            `\uFEFF{"text": "a"}`                                  | JSONL
            <!DOCTYPE html><html><body><p>x</p></body></html>      | HTML
            `  <!doctype HTML>\\n<title>t</title>`                  | HTML
            <html lang="en">                                       | HTML
            <HEAD><title>t</title></HEAD>                          | HTML
            <body>just a body</body>                               | HTML
            <?xml version="1.0"?><html xmlns="x">                  | HTML
            <!-- saved page --><html>                              | HTML
            <p>A pasted fragment.</p>                              | HTML
            <article><h1>Headline</h1></article>                   | HTML
            `Saved from browser\\n<html><body><p>x</p>`             | HTML
            Intro text <p>one</p><p>two</p>                        | HTML
            The mayor said the council would meet on Friday.       | TEXT
            `Headline\\n\\nBody mentions the <p> tag once.`          | TEXT
            `A guide to writing <html> by hand.`                   | TEXT
            `<<< not a tag >>> but an ascii banner`                | TEXT
            `<3 love letters from readers`                         | TEXT
            [1, 2, 3]                                              | TEXT
            `Text first\\n{"id": 1}`                                | TEXT
            """)
    void detectsKindFromContent(String content, InputKind expected) {
        assertThat(detector.detect(content.translateEscapes())).isEqualTo(expected);
    }
}
