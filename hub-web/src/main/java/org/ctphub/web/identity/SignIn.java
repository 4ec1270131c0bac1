package org.ctphub.web.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Starts page sign-in and remembers where the person was going, so that {@link SignedInServlet}
 * can take them back there once Keycloak has sent them back.
 *
 * <p>The hub keeps the address itself instead of using the OpenID mechanism's
 * {@code redirectToOriginalResource}: that option replays the original request through Soteria's
 * {@code HttpServletRequestDelegator}, which has no locales or headers and fails in Faces with a
 * {@code NullPointerException}.
 */
final class SignIn {

    private static final String RETURN_TO = SignIn.class.getName() + ".returnTo";

    private SignIn() {}

    /**
     * Whether the request is signed in; if not, remembers its address and answers with the
     * redirect to Keycloak, and the caller must stop handling the request.
     */
    static boolean require(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            return true;
        }
        if ("GET".equals(request.getMethod())) {
            request.getSession().setAttribute(RETURN_TO, pathOf(request));
        }
        return request.authenticate(response);
    }

    /** The remembered address, once: only ever a path in the hub, never another site. */
    static String takeReturnAddress(HttpServletRequest request, String otherwise) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return otherwise;
        }
        Object remembered = session.getAttribute(RETURN_TO);
        session.removeAttribute(RETURN_TO);
        return remembered instanceof String path && isLocalPath(path) ? path : otherwise;
    }

    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
    }

    private static String pathOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
