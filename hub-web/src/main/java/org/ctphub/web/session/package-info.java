/** The workspace's co-design session pages: the list, one session, and the form. */
package org.ctphub.web.session;
