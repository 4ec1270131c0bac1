/** The edge of identity: turns the verified token of a request into the hub's {@code Caller}, once. */
package org.ctphub.web.identity;
