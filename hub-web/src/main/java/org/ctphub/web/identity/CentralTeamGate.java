package org.ctphub.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ctphub.application.security.Access;
import org.ctphub.application.security.Role;

/**
 * Guards the central team's pages under {@code /admin}: someone not signed in is sent to sign in
 * (and brought back); anyone else signed in is refused with 403. The pages' existence is no
 * secret, unlike another partnership's workspace, so a refusal says so.
 */
public class CentralTeamGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Access access;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SignIn.require(request, response)) {
            return;
        }
        if (!access.caller().has(Role.CENTRAL_TEAM)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
