package org.ctphub.web.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctphub.application.partnership.PartnershipDirectory;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;

/**
 * Resolves the partnership of a request from its path, {@code /p/{slug}/...} for pages and
 * {@code /api/v1/partnerships/{slug}/...} for the API, into {@link CurrentPartnership}. It is the
 * only place a partnership is chosen for a request: headers, query parameters and bodies are
 * never consulted. An unknown slug answers 404 on pages; API resources answer it in JSON.
 */
public class PartnershipPathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern PAGE = Pattern.compile("^/p/([^/]*)(/.*)?$");
    private static final Pattern API = Pattern.compile("^/api/v1/partnerships/([^/]*)(/.*)?$");

    @Inject
    transient PartnershipDirectory directory;

    @Inject
    transient CurrentPartnership currentPartnership;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher page = PAGE.matcher(path);
        Matcher api = API.matcher(path);
        String slug = page.matches() ? page.group(1) : api.matches() ? api.group(1) : null;
        if (slug != null) {
            Optional<PartnershipRef> partnership = directory.resolve(slug);
            if (partnership.isPresent()) {
                currentPartnership.resolve(partnership.get());
            } else if (page.matches()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            } else {
                currentPartnership.resolveUnknown();
            }
        }
        chain.doFilter(request, response);
    }
}
