package dev.attest.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into text, refusing anything that is not text rather than guessing: a silently
 * mis-decoded article would produce plausible-looking but wrong quotes downstream.
 */
final class TextDecoder {
    /** Binary sniffing looks at the head only, so a huge input costs no more than a small one. */
    static final int SNIFF_WINDOW = 8 * 1024;
    private static final double MAX_CONTROL_SHARE = 0.10;

    private final ReaderLimits limits;

    TextDecoder(ReaderLimits limits) {
        this.limits = limits;
    }

    /** Decodes, rejects binary/empty input, and normalises line endings (see {@link LineEndings}). */
    String decode(String inputName, byte[] bytes) throws InputException {
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(inputName, bytes.length);
        }
        if (bytes.length == 0) {
            throw new InputException(inputName, "empty input");
        }
        String text = switch (ByteOrderMark.of(bytes)) {
            case UTF_8 -> decodeStrictly(inputName, bytes, 3, StandardCharsets.UTF_8);
            case UTF_16BE -> decodeStrictly(inputName, bytes, 2, StandardCharsets.UTF_16BE);
            case UTF_16LE -> decodeStrictly(inputName, bytes, 2, StandardCharsets.UTF_16LE);
            case NONE -> {
                rejectNulBytes(inputName, bytes);
                yield decodeStrictly(inputName, bytes, 0, StandardCharsets.UTF_8);
            }
        };
        rejectControlCharacters(inputName, text);
        if (text.isBlank()) {
            throw new InputException(inputName, "empty input");
        }
        return LineEndings.normalise(text);
    }

    InputException tooLarge(String inputName, long size) {
        return new InputException(inputName, "too large (" + size + " bytes > limit " + limits.maxBytes() + ")");
    }

    private static void rejectNulBytes(String inputName, byte[] bytes) throws InputException {
        int end = Math.min(bytes.length, SNIFF_WINDOW);
        int nulAtEven = 0;
        int nulAtOdd = 0;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    nulAtEven++;
                } else {
                    nulAtOdd++;
                }
            }
        }
        if (nulAtEven + nulAtOdd == 0) {
            return;
        }
        // ASCII text saved as UTF-16 without a BOM has a NUL in every other byte: worth a precise hint.
        int halfWindow = end / 2;
        boolean looksUtf16 = halfWindow >= 4
                && (nulAtEven == 0 || nulAtOdd == 0)
                && Math.max(nulAtEven, nulAtOdd) >= halfWindow * 0.8;
        throw new InputException(inputName, looksUtf16
                ? "binary file (NUL bytes), probably UTF-16 without a byte-order mark; convert it to UTF-8"
                : "binary file (NUL bytes), not an article");
    }

    private static String decodeStrictly(String inputName, byte[] bytes, int start, Charset charset)
            throws InputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // Neither UTF-8 nor UTF-16 yields more chars than bytes, so one buffer is always enough.
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InputException(inputName, "not valid " + displayName(charset) + " (byte offset "
                    + in.position() + "); convert it to UTF-8");
        }
        if (result.isOverflow()) {
            // Cannot happen given the buffer size; fail loudly rather than truncate an article.
            throw new IllegalStateException("decoder overflow");
        }
        return out.flip().toString();
    }

    private static String displayName(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "UTF-16";
    }

    private static void rejectControlCharacters(String inputName, String text) throws InputException {
        int end = Math.min(text.length(), SNIFF_WINDOW);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InputException(inputName, "binary file (NUL characters), not an article");
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (end > 0 && controls > end * MAX_CONTROL_SHARE) {
            throw new InputException(inputName, "binary file (" + controls + " control characters in the first "
                    + end + "), not an article");
        }
    }

    private enum ByteOrderMark {
        UTF_8, UTF_16BE, UTF_16LE, NONE;

        static ByteOrderMark of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return UTF_8;
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return UTF_16BE;
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return UTF_16LE;
            }
            return NONE;
        }
    }
}
