/** The audit trail: an immutable record of every change and every refused attempt. */
package org.ctphub.domain.audit;
