package org.ctphub.api.shared;

import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.PageRequest;
import org.ctphub.domain.shared.Refusal;

/**
 * Reads {@code page} and {@code size} query parameters. They arrive as text so that a typo answers
 * 400 with a message rather than the 404 JAX-RS gives for an unconvertible query parameter.
 */
public final class Paging {

    /** For the OpenAPI description of the parameters. */
    public static final String PAGE_DESCRIPTION = "Zero-based page number";

    public static final String SIZE_DESCRIPTION =
            "Page size, 1 to " + PageRequest.MAX_SIZE + " (default " + PageRequest.DEFAULT_SIZE + ")";

    public static final String MAX_SIZE = "" + PageRequest.MAX_SIZE;

    public static final String DEFAULT_SIZE = "" + PageRequest.DEFAULT_SIZE;

    private Paging() {}

    public static PageRequest of(String page, String size) {
        PageRequest request = new PageRequest(parse("page", page, 0), parse("size", size, PageRequest.DEFAULT_SIZE));
        if ((long) request.page() * request.size() > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", Refusal.of("page.beyond"));
        }
        return request;
    }

    private static int parse(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, Refusal.of("input.whole-number", Refusal.field(name)));
        }
    }
}
