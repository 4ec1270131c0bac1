/** Markdown as the pages show it, and its live preview while someone writes. */
package org.ctphub.web.text;
