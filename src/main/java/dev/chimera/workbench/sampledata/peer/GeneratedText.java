package dev.chimera.workbench.sampledata.peer;

/** Placeholder answer text with one word per generated token (the tools only store it, nobody reads it). */
final class GeneratedText {
    private static final String[] WORDS = {"The", " model", " answers", " the", " question", " in", " a", " few",
        " short", " sentences", ",", " then", " adds", " an", " example", "."};

    private GeneratedText() {
    }

    static String of(SimRequest r) {
        StringBuilder sb = new StringBuilder(r.outputTokens() * 6);
        for (int k = 0; k < r.outputTokens(); k++) {
            sb.append(token(r, k));
        }
        return sb.toString();
    }

    static String token(SimRequest r, int k) {
        return WORDS[(r.index() + k) % WORDS.length];
    }
}
