package dev.attest.server;

import java.util.regex.Pattern;

/** Article refs are 16 hex digits (see store/README.md); anything else is answered 404 without a store lookup. */
final class ArticleRefs {
    private static final Pattern REF = Pattern.compile("[0-9a-f]{16}");

    private ArticleRefs() {
    }

    static boolean valid(String ref) {
        return ref != null && REF.matcher(ref).matches();
    }
}
