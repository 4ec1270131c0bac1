/** The workspace's one search box over problems and co-design sessions. */
package org.ctphub.web.search;
