/**
 * Co-design sessions: what a partnership heard and decided in workshops, drop-ins and
 * interviews, with counts (never names) and quotes that stay inside the partnership unless the
 * speaker consented.
 */
package org.ctphub.domain.session;
