package org.ctphub.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rows written straight into the shared hub's database, for black-box tests that need data of
 * their own. Every partnership gets a fresh slug, so tests never see each other's fixtures.
 */
public final class Fixtures {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Fixtures() {}

    public record TestPartnership(long id, String slug) {}

    public static String uniqueSlug(String stem) {
        StringBuilder slug = new StringBuilder(stem).append('-');
        for (int i = 0; i < 8; i++) {
            slug.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return slug.toString();
    }

    /** An active Welsh partnership whose references start with the given prefix. */
    public static TestPartnership partnership(String stem, String referencePrefix) throws SQLException {
        return partnership(stem, referencePrefix, "ACTIVE");
    }

    public static TestPartnership partnership(String stem, String referencePrefix, String status) throws SQLException {
        String slug = uniqueSlug(stem);
        try (Connection connection = TestHub.openConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO partnership (slug, name, nation, status, reference_prefix, profile_en, created_at) "
                                + "VALUES (?, ?, 'WALES', ?, ?, ?, UTC_TIMESTAMP(6))",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, slug);
            insert.setString(2, "Test partnership " + slug);
            insert.setString(3, status);
            insert.setString(4, referencePrefix);
            insert.setString(5, "Profile of " + slug);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new TestPartnership(keys.getLong(1), slug);
            }
        }
    }

    public static void problem(TestPartnership partnership, String reference, String title, String visibility)
            throws SQLException {
        try (Connection connection = TestHub.openConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO problem (partnership_id, reference, title, summary, status, visibility, created_at, updated_at) "
                                + "VALUES (?, ?, ?, ?, 'RAISED', ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            insert.setLong(1, partnership.id());
            insert.setString(2, reference);
            insert.setString(3, title);
            insert.setString(4, "Summary of " + title);
            insert.setString(5, visibility);
            insert.executeUpdate();
        }
    }
}
