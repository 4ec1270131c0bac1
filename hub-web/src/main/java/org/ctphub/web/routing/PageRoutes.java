package org.ctphub.web.routing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctphub.web.library.PubliccodeServlet;

/**
 * Serves pages at readable addresses ({@code /}, {@code /p/hulme-moss-side}) by forwarding to
 * their views, and hides the views' own {@code .xhtml} addresses so each page has one address.
 */
public class PageRoutes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private record Route(Pattern path, String view) {}

    private static final String SLUG = "/p/[^/]+";

    /** A solution's slug in an address; {@code new} and {@code fork} are never one (see {@code SolutionSlug}). */
    private static final String SOLUTION_SLUG = "(?<solution>[a-z0-9-]{2,64})";

    /**
     * A solution in the library: {@code /library/{partnership}/{solution}}. The library's views live
     * in {@code /library-views}: a folder named {@code library} would make the container redirect
     * {@code /library} to {@code /library/} before any filter runs.
     */
    private static final String LIBRARY_SOLUTION = "/library/(?<partnership>[^/]+)/(?<solution>[^/]+)";

    private static final List<Route> ROUTES = List.of(
            new Route(Pattern.compile("^/$"), "/index.xhtml"),
            new Route(Pattern.compile("^" + SLUG + "/?$"), "/p/partnership.xhtml"),
            new Route(Pattern.compile("^" + SLUG + "/problems/(?<ref>[A-Za-z0-9-]{1,20})/?$"), "/p/problem.xhtml"),
            new Route(Pattern.compile("^" + SLUG + "/workspace/?$"), "/p/workspace/dashboard.xhtml"),
            new Route(Pattern.compile("^" + SLUG + "/workspace/members/?$"), "/p/workspace/members.xhtml"),
            new Route(Pattern.compile("^" + SLUG + "/workspace/search/?$"), "/p/workspace/search.xhtml"),
            new Route(Pattern.compile("^" + SLUG + "/workspace/problems/?$"), "/p/workspace/problems.xhtml"),
            new Route(Pattern.compile("^" + SLUG + "/workspace/problems/new/?$"), "/p/workspace/problem-form.xhtml"),
            new Route(
                    Pattern.compile("^" + SLUG + "/workspace/problems/(?<ref>[A-Za-z0-9-]{1,20})/?$"),
                    "/p/workspace/problem.xhtml"),
            new Route(
                    Pattern.compile("^" + SLUG + "/workspace/problems/(?<ref>[A-Za-z0-9-]{1,20})/edit/?$"),
                    "/p/workspace/problem-form.xhtml"),
            new Route(Pattern.compile("^" + SLUG + "/workspace/sessions/?$"), "/p/workspace/sessions.xhtml"),
            new Route(Pattern.compile("^" + SLUG + "/workspace/sessions/new/?$"), "/p/workspace/session-form.xhtml"),
            new Route(
                    Pattern.compile("^" + SLUG + "/workspace/sessions/(?<id>[0-9]{1,18})/?$"),
                    "/p/workspace/session.xhtml"),
            new Route(
                    Pattern.compile("^" + SLUG + "/workspace/sessions/(?<id>[0-9]{1,18})/edit/?$"),
                    "/p/workspace/session-form.xhtml"),
            new Route(Pattern.compile("^" + SLUG + "/workspace/solutions/?$"), "/p/workspace/solutions.xhtml"),
            new Route(Pattern.compile("^" + SLUG + "/workspace/solutions/new/?$"), "/p/workspace/solution-form.xhtml"),
            new Route(Pattern.compile("^" + SLUG + "/workspace/solutions/fork/?$"), "/p/workspace/solution-fork.xhtml"),
            new Route(
                    Pattern.compile("^" + SLUG + "/workspace/solutions/" + SOLUTION_SLUG + "/?$"),
                    "/p/workspace/solution.xhtml"),
            new Route(
                    Pattern.compile("^" + SLUG + "/workspace/solutions/" + SOLUTION_SLUG + "/edit/?$"),
                    "/p/workspace/solution-form.xhtml"),
            new Route(
                    Pattern.compile("^" + SLUG + "/workspace/solutions/" + SOLUTION_SLUG + "/upstream/?$"),
                    "/p/workspace/solution-upstream.xhtml"),
            new Route(Pattern.compile("^/admin/partnerships/?$"), "/admin/partnerships.xhtml"),
            new Route(Pattern.compile("^/library/?$"), "/library-views/index.xhtml"),
            new Route(Pattern.compile("^" + LIBRARY_SOLUTION + "/?$"), "/library-views/solution.xhtml"),
            new Route(
                    Pattern.compile("^" + LIBRARY_SOLUTION + "/revisions/(?<id>[0-9]{1,9})/?$"),
                    "/library-views/solution.xhtml"),
            new Route(Pattern.compile("^" + LIBRARY_SOLUTION + "/publiccode\\.yml$"), PubliccodeServlet.PATH),
            new Route(Pattern.compile("^" + LIBRARY_SOLUTION + "/fork/?$"), "/library-views/fork.xhtml"));

    /** Request attributes that carry the parts of a readable address a page needs, e.g. the problem's reference. */
    public static final String REFERENCE = "org.ctphub.route.ref";

    public static final String ID = "org.ctphub.route.id";

    /** A solution's slug, in its partnership's workspace or in the library. */
    public static final String SOLUTION = "org.ctphub.route.solution";

    /** The partnership a library address names, e.g. {@code hulme-moss-side} in {@code /library/hulme-moss-side/events-calendar}. */
    public static final String LIBRARY_PARTNERSHIP = "org.ctphub.route.library-partnership";

    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Route route : ROUTES) {
            Matcher match = route.path().matcher(path);
            if (match.matches()) {
                String pattern = route.path().pattern();
                if (pattern.contains("(?<ref>")) {
                    request.setAttribute(REFERENCE, match.group("ref"));
                }
                if (pattern.contains("(?<id>")) {
                    request.setAttribute(ID, match.group("id"));
                }
                if (pattern.contains("(?<solution>")) {
                    request.setAttribute(SOLUTION, match.group("solution"));
                }
                if (pattern.contains("(?<partnership>")) {
                    request.setAttribute(LIBRARY_PARTNERSHIP, match.group("partnership"));
                }
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
