package org.ctphub.infrastructure.migration;

/** Fired once the schema is up to date, so that work needing the database may begin. */
public record SchemaMigrated(String version) {}
