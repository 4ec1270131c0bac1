package org.ctphub.api.problem;

/**
 * A problem to add to the register; the hub gives it its reference. The domain checks every field
 * and names the one to fix (Bean Validation annotations here would break Payara's OpenAPI scan of
 * records).
 */
public record NewProblemJson(String title, String summary, String visibility) {}
