package org.ctphub.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sets the security headers on every response the application serves: pages, API, static files
 * and error pages. It runs first, and again on the error dispatch, because the container may
 * answer an error after the first pass and a response must never go out without them.
 *
 * <p>The request's CSP nonce is the request attribute {@value #NONCE_ATTRIBUTE}; a page writes it
 * on an inline script as {@code nonce="#{requestScope.cspNonce}"}.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String NONCE_ATTRIBUTE = "cspNonce";

    // 128 bits, the minimum CSP Level 3 recommends for a nonce.
    private static final int NONCE_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    // Only the origin leaves the hub, never a path that names a partnership or a problem, and
    // nothing on a downgrade to http. Not no-referrer: that also blanks the Origin header of
    // same-origin form posts, which a CSRF check of the signed-in pages may want to compare.
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    // Powerful features the hub never uses, so a script injected despite the CSP cannot either;
    // interest-cohort and browsing-topics opt the pages out of browsers' ad-interest tracking.
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=(), browsing-topics=()";

    // One year, the least the browsers' HSTS preload list accepts; sent only over TLS,
    // as browsers ignore it over plain http anyway.
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private transient ContentSecurityPolicy policy;

    @Override
    public void init() {
        policy = ContentSecurityPolicy.from(ConfigProvider.getConfig());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        setHeaders(request, response, policy);
        chain.doFilter(request, response);
    }

    /** Also for an answer written after something reset the response's headers. */
    static void setHeaders(HttpServletRequest request, HttpServletResponse response, ContentSecurityPolicy policy) {
        // The error dispatch of the same request keeps the nonce a page may already have written.
        String nonce = (String) request.getAttribute(NONCE_ATTRIBUTE);
        if (nonce == null) {
            nonce = newNonce();
            request.setAttribute(NONCE_ATTRIBUTE, nonce);
        }
        response.setHeader(ContentSecurityPolicy.HEADER, policy.withScriptNonce(nonce));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        // Replaces Payara's SAMEORIGIN, which it adds only when a response has none; older browsers
        // ignore the CSP's frame-ancestors.
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    private static String newNonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
