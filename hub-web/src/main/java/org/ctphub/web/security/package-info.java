/**
 * Hardening at the edge of every response: the security headers (with a per-request CSP nonce)
 * and error responses that are generic, carry a correlation id and never show internal detail.
 */
package org.ctphub.web.security;
