/** One search over a partnership's problems and co-design sessions, for the API and the pages alike. */
package org.ctphub.application.search;
