package org.ctphub.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void formsMayPostToTheIdentityProvidersOriginOnly() {
        String origin = ContentSecurityPolicy.originOf("HTTPS://Id.Example.org:8443/realms/ctp-hub?x=1;script-src=*");
        assertEquals("https://id.example.org:8443", origin);
        String policy =
                ContentSecurityPolicy.allowingFormsTo(Optional.of(origin)).withScriptNonce("abc=");
        assertTrue(policy.endsWith("; form-action 'self' https://id.example.org:8443"), policy);
    }

    @Test
    void withoutAnIdentityProviderFormsPostToTheHubOnly() {
        String policy = ContentSecurityPolicy.allowingFormsTo(Optional.empty()).withScriptNonce("abc=");
        assertTrue(policy.endsWith("; form-action 'self'"), policy);
        assertTrue(policy.contains("script-src 'self' 'nonce-abc='; "), policy);
    }

    @Test
    void onlyAnHttpUrlNamesAnIdentityProvider() {
        assertThrows(IllegalArgumentException.class, () -> ContentSecurityPolicy.originOf("javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> ContentSecurityPolicy.originOf("/realms/ctp-hub"));
        assertThrows(
                IllegalArgumentException.class,
                () -> ContentSecurityPolicy.originOf("https://id.example.org/; script-src *"));
    }

    @Test
    void aNonceThatIsNotBase64NeverReachesTheHeader() {
        ContentSecurityPolicy policy = ContentSecurityPolicy.allowingFormsTo(Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> policy.withScriptNonce("x'; script-src *"));
        assertThrows(IllegalArgumentException.class, () -> policy.withScriptNonce(""));
    }
}
