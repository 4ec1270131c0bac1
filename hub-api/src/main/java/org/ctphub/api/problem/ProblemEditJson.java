package org.ctphub.api.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of an edit. With PUT every field is replaced (an absent optional one is
 * cleared; title, summary, priority and visibility are required); with PATCH only the fields sent
 * change, and an optional one sent as null or empty is cleared. {@code version} is the version the
 * edit started from, unless it comes as If-Match. Read-only fields of a problem sent along are
 * ignored; the status moves through its own endpoint.
 */
@Schema(description = "An edit of a problem and the version it started from")
public record ProblemEditJson(
        String title,
        String summary,
        String description,
        List<String> themes,
        List<String> groupsAffected,
        String place,
        String wardCode,
        String priority,
        String visibility,
        Long version) {}
