package kzbot.ingest;

/** Converts UTF-16 indexes of a text into code point offsets, the unit the database stores. */
final class CodePoints {
    private final int[] prefix;

    CodePoints(String text) {
        boolean surrogates = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
        if (!surrogates) {
            prefix = null;
            return;
        }
        prefix = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            prefix[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            }
        }
        prefix[text.length()] = cp;
    }

    int of(int utf16Index) {
        return prefix == null ? utf16Index : prefix[utf16Index];
    }
}
