package org.ctphub.web.identity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The hub's one authentication mechanism. Jakarta Security 3 runs a single mechanism per
 * application, but the hub needs two, both made by the platform: Payara's MicroProfile JWT
 * mechanism (from {@code @LoginConfig}) for bearer tokens on {@code /api/}, and Soteria's OpenID
 * Connect mechanism (from {@link PageSignIn}) for pages. As a CDI alternative this bean is the one
 * the container resolves, and it hands each request to the right one. Start-up fails if either is
 * missing, rather than let a request through unauthenticated.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class HubAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String API = "/api/";

    @Inject
    BeanManager beanManager;

    private HttpAuthenticationMechanism bearerTokens;
    private HttpAuthenticationMechanism pageSignIn;

    void findMechanisms(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        for (Bean<?> bean : beanManager.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass() == HubAuthenticationMechanism.class) {
                continue;
            }
            HttpAuthenticationMechanism mechanism = create(bean);
            String type = mechanism.getClass().getName();
            if (type.contains("JWTAuthenticationMechanism")) {
                bearerTokens = mechanism;
            } else if (type.contains("OpenIdAuthenticationMechanism")) {
                pageSignIn = mechanism;
            }
        }
        if (bearerTokens == null || pageSignIn == null) {
            throw new IllegalStateException("The hub needs both the MP-JWT and the OpenID Connect mechanisms; found "
                    + (bearerTokens == null ? "no MP-JWT" : "MP-JWT") + " and "
                    + (pageSignIn == null ? "no OpenID Connect" : "OpenID Connect"));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private HttpAuthenticationMechanism create(Bean<?> bean) {
        return (HttpAuthenticationMechanism) ((Bean) bean).create(beanManager.createCreationalContext(bean));
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return forRequest(request).validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return forRequest(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        forRequest(request).cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism forRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API) ? bearerTokens : pageSignIn;
    }
}
