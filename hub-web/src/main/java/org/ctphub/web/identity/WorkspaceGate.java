package org.ctphub.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctphub.application.security.Access;

/**
 * Guards {@code /p/{slug}/workspace}: someone not signed in is sent to sign in (and brought back);
 * someone signed in who is neither a member of that partnership nor in the central team gets the
 * same 404 as for an address that does not exist. Runs before the page is routed, so that sign-in
 * returns to the readable address.
 */
public class WorkspaceGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern WORKSPACE = Pattern.compile("^/p/([^/]+)/workspace(/.*)?$");

    @Inject
    transient Access access;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher workspace = WORKSPACE.matcher(path);
        if (workspace.matches()) {
            if (!SignIn.require(request, response)) {
                return;
            }
            if (!access.canWorkIn()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
