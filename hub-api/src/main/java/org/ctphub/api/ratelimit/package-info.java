/**
 * Rate limits at the API's edge: resources name their limit with {@link RateLimited}, and a
 * request over it is refused with 429 before the resource does any work.
 */
package org.ctphub.api.ratelimit;
