package org.ctphub.api.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of a status change: the status to move to, why (required to park a problem
 * or reopen a solved one), and the version it started from unless that comes as If-Match.
 */
@Schema(description = "A status to move a problem to, why, and the version the change started from")
public record StatusChangeRequestJson(String status, String why, Long version) {}
