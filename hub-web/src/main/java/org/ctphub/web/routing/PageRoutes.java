package org.ctphub.web.routing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Serves pages at readable addresses ({@code /}, {@code /p/hulme-moss-side}) by forwarding to
 * their views, and hides the views' own {@code .xhtml} addresses so each page has one address.
 */
public class PageRoutes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private record Route(Pattern path, String view) {}

    private static final List<Route> ROUTES = List.of(
            new Route(Pattern.compile("^/$"), "/index.xhtml"),
            new Route(Pattern.compile("^/p/[^/]+/?$"), "/p/partnership.xhtml"),
            new Route(Pattern.compile("^/p/[^/]+/workspace/?$"), "/p/workspace/dashboard.xhtml"),
            new Route(Pattern.compile("^/p/[^/]+/workspace/members/?$"), "/p/workspace/members.xhtml"),
            new Route(Pattern.compile("^/admin/partnerships/?$"), "/admin/partnerships.xhtml"));

    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Route route : ROUTES) {
            if (route.path().matcher(path).matches()) {
                request.getRequestDispatcher(route.view()).forward(request, response);
                return;
            }
        }
        if (path.endsWith(".xhtml") && !path.startsWith(FACES_RESOURCES)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
