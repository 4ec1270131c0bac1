package org.ctphub.domain.problem;

import java.util.regex.Pattern;

/**
 * Text a person searches the register for. Control characters are dropped and the text is capped,
 * so that anything typed can be searched for without escaping.
 */
public record SearchText(String value) {

    public static final int MAX_LENGTH = 200;

    /** InnoDB's default {@code innodb_ft_min_token_size}: shorter words are not in a FULLTEXT index. */
    public static final int MIN_INDEXED_WORD_LENGTH = 3;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}+");
    private static final Pattern INDEXED_WORD =
            Pattern.compile("[\\p{L}\\p{N}_]{" + MIN_INDEXED_WORD_LENGTH + ",}", Pattern.UNICODE_CHARACTER_CLASS);

    public SearchText {
        if (value == null || value.isBlank() || CONTROL.matcher(value).find()) {
            throw new IllegalArgumentException("use SearchText.of");
        }
    }

    /** Cleans typed text; nothing left means no search. */
    public static SearchText of(String typed) {
        if (typed == null) {
            return null;
        }
        String cleaned = CONTROL.matcher(typed).replaceAll(" ").strip();
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH))
                    .strip();
        }
        return cleaned.isEmpty() ? null : new SearchText(cleaned);
    }

    /** Whether a FULLTEXT search can find anything: at least one word is long enough to be indexed. */
    public boolean hasIndexedWord() {
        return INDEXED_WORD.matcher(value).find();
    }

    /** A LIKE pattern matching the text anywhere, with {@code !} as the escape character. */
    public String containsPattern() {
        return "%" + value.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
