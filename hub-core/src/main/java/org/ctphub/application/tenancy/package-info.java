/**
 * The partnership a request works in: resolved once at the edge from the path, held for the
 * request, and read by the persistence layer to filter every tenant-owned entity.
 */
package org.ctphub.application.tenancy;
