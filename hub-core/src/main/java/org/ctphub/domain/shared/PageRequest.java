package org.ctphub.domain.shared;

/**
 * A zero-based page of a list. Sizes are bounded so that no request can ask the database for
 * an unbounded result.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", Refusal.of("input.at-least", Refusal.field("page"), 0));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", Refusal.of("input.between", Refusal.field("size"), 1, MAX_SIZE));
        }
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
