package org.ctphub.api.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of new evidence.
 *
 * @param kind workshop, survey, conversation, data or observation
 * @param numberOfPeople 0 or more, if known
 * @param date when it was gathered, e.g. 2024-05-31; not in the future
 * @param sessionId the co-design session of this partnership it came from, if any
 */
@Schema(description = "Evidence to add to a problem")
public record NewEvidenceJson(String kind, String summary, Integer numberOfPeople, String date, Long sessionId) {}
