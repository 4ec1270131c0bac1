package org.ctphub.domain.solution;

import java.time.Instant;

/** When one revision of a solution was published: what a history lists, without reading the revision's text. */
public record RevisionDate(int number, Instant publishedAt) {}
