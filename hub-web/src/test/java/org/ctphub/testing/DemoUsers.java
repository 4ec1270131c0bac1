package org.ctphub.testing;

/**
 * The demo users of the test Keycloak (hub-web/src/test/resources/keycloak/ctp-hub-users-0.json),
 * for {@link Tokens}. Demo partnerships: hulme-moss-side, torbay, merthyr-tydfil, govan.
 */
public final class DemoUsers {

    /** Every demo user's password. Dev and tests only. */
    public static final String PASSWORD = "demo-password-1";

    /** Central team; member of no partnership, reads all of them. */
    public static final String CENTRAL = "central";

    /** Tech advisor of hulme-moss-side. */
    public static final String ADVISOR_HMS = "advisor-hms";

    /** Tech advisor of torbay. */
    public static final String ADVISOR_TORBAY = "advisor-torbay";

    /** Tech advisor of merthyr-tydfil. */
    public static final String ADVISOR_MERTHYR = "advisor-merthyr";

    /**
     * Tech advisor of govan. {@code RateLimitIT} uses up this user's searches on purpose: search as
     * someone else, or a test run together with it may be refused with 429.
     */
    public static final String ADVISOR_GOVAN = "advisor-govan";

    /** Tech advisor of two partnerships: hulme-moss-side and govan. */
    public static final String ADVISOR_NORTH = "advisor-north";

    /** Organiser of hulme-moss-side. */
    public static final String ORGANISER_HMS = "organiser-hms";

    /**
     * Organiser of torbay. {@code RateLimitIT} uses up this user's searches and forks on purpose:
     * search or fork as someone else, or a test run together with it may be refused with 429.
     */
    public static final String ORGANISER_TORBAY = "organiser-torbay";

    private DemoUsers() {}
}
