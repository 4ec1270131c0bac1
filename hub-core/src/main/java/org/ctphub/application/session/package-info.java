/**
 * Use cases of a partnership's co-design sessions. Sessions leave this package only as views
 * built for the caller's audience, so a quote given without consent cannot reach anyone outside
 * the partnership.
 */
package org.ctphub.application.session;
