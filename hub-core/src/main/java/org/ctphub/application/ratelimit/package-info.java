/**
 * Limits on expensive or abusable requests (search, fork, export): a token bucket per caller and
 * limit, kept in memory, so that one caller cannot use up what everyone shares.
 */
package org.ctphub.application.ratelimit;
