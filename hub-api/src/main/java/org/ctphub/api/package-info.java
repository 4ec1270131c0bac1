/** The hub's REST API, version 1: JSON over HTTP, errors as RFC 9457 problem details. */
package org.ctphub.api;
