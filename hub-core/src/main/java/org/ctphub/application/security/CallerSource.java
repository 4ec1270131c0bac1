package org.ctphub.application.security;

/**
 * The port through which the edge says who is calling: it reads the principal the container has
 * already verified (a bearer token for the API, an OpenID Connect sign-in for pages).
 */
public interface CallerSource {

    /** The verified caller of this request, or {@link Caller#anonymous()}. */
    Caller identify();
}
