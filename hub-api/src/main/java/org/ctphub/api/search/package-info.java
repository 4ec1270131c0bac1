/** One search over a partnership's problems and co-design sessions, limited to what the caller may read. */
package org.ctphub.api.search;
