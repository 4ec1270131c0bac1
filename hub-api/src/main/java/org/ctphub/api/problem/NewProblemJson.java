package org.ctphub.api.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A problem to add to the register; the hub gives it its reference. Only title and summary are
 * required. Documents the body: it is read member by member ({@link org.ctphub.api.shared.JsonFields})
 * so that each mistake names its field, and the domain checks every value (Bean Validation
 * annotations here would break Payara's OpenAPI scan of records).
 *
 * @param description Markdown
 * @param themes ids from the partnership's taxonomy
 * @param wardCode an ONS ward code, e.g. E05011368
 * @param priority low, medium (the default), high or urgent
 * @param visibility partnership (the default), network or public
 */
@Schema(description = "A problem to add; only title and summary are required")
public record NewProblemJson(
        String title,
        String summary,
        String description,
        List<String> themes,
        List<String> groupsAffected,
        String place,
        String wardCode,
        String priority,
        String visibility) {}
