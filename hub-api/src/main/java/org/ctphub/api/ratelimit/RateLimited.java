package org.ctphub.api.ratelimit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ctphub.application.ratelimit.RateLimit;

/**
 * Counts each request to this resource method (or every method of this resource) against a rate
 * limit of its caller; over the limit it answers 429 with {@code Retry-After}. A method
 * annotation wins over its class's.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {

    /** The limit the request counts against. */
    RateLimit value();

    /**
     * Counts only requests with some text in this query parameter, e.g. {@code q} on a list that
     * is cheap to read but costly to search. Empty: every request counts.
     */
    String whenQueryParameter() default "";
}
