/** A partnership's workspace, for its members and the central team: the dashboard and the members list. */
package org.ctphub.web.workspace;
