/** The central team's pages under {@code /admin}, behind {@code CentralTeamGate}. */
package org.ctphub.web.admin;
