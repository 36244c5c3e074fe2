package dev.attest.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison form of a speaker name: case, accents' composition, periods and runs of spaces don't
 * distinguish speakers ("Donald J. Trump" and "donald j trump" are one key).
 */
public final class SpeakerKey {
    private SpeakerKey() {
    }

    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .replace(".", " ")
                .toLowerCase(Locale.ROOT)
                .strip();
        return s.replaceAll("\\s+", " ");
    }

    static String lastToken(String key) {
        int space = key.lastIndexOf(' ');
        return space < 0 ? key : key.substring(space + 1);
    }

    static boolean isSingleToken(String key) {
        return key.indexOf(' ') < 0;
    }
}
