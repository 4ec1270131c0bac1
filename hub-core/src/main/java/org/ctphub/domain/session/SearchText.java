package org.ctphub.domain.session;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Words someone typed to search sessions, made safe to hand to the database: control characters
 * become spaces, whitespace is collapsed and the text is cut at {@value #MAX_LENGTH} characters.
 * MariaDB's full-text index ignores words shorter than {@value #MIN_INDEXED_WORD} characters, so
 * a search made only of such words is answered by a LIKE on the title instead.
 */
public final class SearchText {

    public static final int MAX_LENGTH = 200;

    /** InnoDB's default {@code innodb_ft_min_token_size}. */
    public static final int MIN_INDEXED_WORD = 3;

    private static final char LIKE_ESCAPE = '!';

    private final String text;

    private SearchText(String text) {
        this.text = text;
    }

    /** The cleaned text, or empty when nothing searchable is left. */
    public static Optional<SearchText> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder cleaned = new StringBuilder();
        typed.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) || isInvisible(codePoint)) {
                if (cleaned.length() > 0 && cleaned.charAt(cleaned.length() - 1) != ' ') {
                    cleaned.append(' ');
                }
            } else {
                cleaned.appendCodePoint(codePoint);
            }
        });
        String result = cleaned.toString();
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX_LENGTH));
        }
        result = result.strip();
        return result.isEmpty() ? Optional.empty() : Optional.of(new SearchText(result));
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    public String text() {
        return text;
    }

    public List<String> words() {
        return Arrays.asList(text.split(" "));
    }

    /** Whether the full-text index can answer: at least one word is long enough to be indexed. */
    public boolean usesFullText() {
        return words().stream().anyMatch(w -> w.codePointCount(0, w.length()) >= MIN_INDEXED_WORD);
    }

    /** A LIKE pattern that finds the text anywhere in a title, with its wildcards escaped by {@link #likeEscape()}. */
    public String likePattern() {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** Not a backslash: MariaDB would read one inside a string literal as an escape of its own. */
    public static char likeEscape() {
        return LIKE_ESCAPE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchText that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
