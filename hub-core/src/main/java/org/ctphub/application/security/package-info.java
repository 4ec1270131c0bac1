/**
 * Who is asking: the caller of a request (anonymous, or a signed-in person with roles and
 * partnership memberships from their token) and the rules on what each may read and do.
 */
package org.ctphub.application.security;
