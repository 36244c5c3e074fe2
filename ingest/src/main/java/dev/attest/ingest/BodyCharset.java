package dev.attest.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Re-encodes an HTTP body to UTF-8 when its Content-Type declares another charset, because the text decoder
 * accepts only UTF-8/UTF-16 and much of the archived web is declared windows-1252. It follows a declaration and
 * never guesses: an undeclared body is read as it is, and bytes invalid in the declared charset fail.
 */
public final class BodyCharset {
    private BodyCharset() {
    }

    public static byte[] toUtf8(byte[] body, String declared) throws CharacterCodingException {
        Charset charset = charsetOf(declared);
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            return body;
        }
        CharBuffer text = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body));
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(text);
        byte[] out = new byte[utf8.remaining()];
        utf8.get(out);
        return out;
    }

    /** {@code null} for no declaration, UTF-16 (the decoder handles its byte-order marks) or an unknown name. */
    static Charset charsetOf(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String name = declared.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        // The WHATWG encoding standard, which browsers follow: these labels mean windows-1252 on the web.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            if (!Charset.isSupported(name)) {
                return null;
            }
        } catch (IllegalCharsetNameException e) {
            return null;
        }
        Charset charset = Charset.forName(name);
        return charset.name().startsWith("UTF-16") ? null : charset;
    }
}
