package org.ctphub.web.security;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The hub's Content-Security-Policy, the one place to change it. Scripts run only from the hub
 * itself or, inline, when they carry the request's nonce; nothing else may load from elsewhere,
 * and no page may be framed, embed plugins or rebase its links.
 *
 * <p>Forms may post to the hub and to its identity provider. A browser applies {@code
 * form-action} to every redirect that follows a form post too, and signing out (a form post the
 * hub answers with a redirect to Keycloak's logout) would otherwise be blocked.
 *
 * <p>PrimeFaces' CSP mode, when signed-in pages need it, writes a second {@code
 * Content-Security-Policy} header with a nonce of its own, and a browser enforces both headers.
 * Its nonce must therefore become the one passed to {@link #withScriptNonce(String)} for those
 * pages (replacing, not adding, the header), or its inline scripts are blocked.
 */
public final class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";

    /** The OpenID provider of page sign-in (the Keycloak realm's URL). */
    static final String IDENTITY_PROVIDER_KEY = "ctphub.oidc.provider-uri";

    /** The issuer of API tokens: the same realm, and always configured. */
    static final String TOKEN_ISSUER_KEY = "mp.jwt.verify.issuer";

    private static final String NONCE = "{nonce}";

    private final String template;

    private ContentSecurityPolicy(Optional<String> identityProviderOrigin) {
        this.template = String.join(
                "; ",
                List.of(
                        "default-src 'self'",
                        "script-src 'self' 'nonce-" + NONCE + "'",
                        "style-src 'self'",
                        "img-src 'self' data:",
                        "font-src 'self'",
                        "connect-src 'self'",
                        "object-src 'none'",
                        "base-uri 'none'",
                        "frame-ancestors 'none'",
                        "form-action 'self'"
                                + identityProviderOrigin
                                        .map(origin -> " " + origin)
                                        .orElse("")));
    }

    /** The policy for this deployment, with its identity provider read from configuration. */
    public static ContentSecurityPolicy from(Config config) {
        Optional<String> provider = config.getOptionalValue(IDENTITY_PROVIDER_KEY, String.class)
                .or(() -> config.getOptionalValue(TOKEN_ISSUER_KEY, String.class));
        return allowingFormsTo(provider.map(ContentSecurityPolicy::originOf));
    }

    /** The policy with forms allowed to post to the hub and, if given, to one other origin. */
    static ContentSecurityPolicy allowingFormsTo(Optional<String> origin) {
        return new ContentSecurityPolicy(origin);
    }

    /** The header value for one response; {@code nonce} must be fresh, random base64. */
    public String withScriptNonce(String nonce) {
        if (nonce == null || !nonce.matches("[A-Za-z0-9+/_-]+={0,2}")) {
            // A nonce is written into the header verbatim: anything but base64 could break out of it.
            throw new IllegalArgumentException("A CSP nonce must be base64");
        }
        return template.replace(NONCE, nonce);
    }

    /**
     * Only the scheme, host and port: a path is not a valid CSP source here, and rebuilding the
     * origin from its parsed parts keeps a stray {@code ;} in configuration out of the header.
     */
    static String originOf(String url) {
        URI uri = URI.create(url.trim());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("Not an http(s) URL: " + url);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
