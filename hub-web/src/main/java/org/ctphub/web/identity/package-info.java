/**
 * Sign-in and who is signed in: the one authentication mechanism (bearer tokens on the API,
 * OpenID Connect on pages), the gates in front of workspace and central-team pages, sign-in and
 * sign-out, and the edge that turns a verified principal into the hub's {@code Caller}.
 */
package org.ctphub.web.identity;
