/** The workspace's problem register pages: the list, one problem with its timeline, and the form. */
package org.ctphub.web.problem;
