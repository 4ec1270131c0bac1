/** Translates every failure, once, into an RFC 9457 problem details response that never carries internal detail. */
package org.ctphub.api.error;
