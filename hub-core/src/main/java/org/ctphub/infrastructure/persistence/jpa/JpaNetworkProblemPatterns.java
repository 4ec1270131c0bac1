package org.ctphub.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ctphub.domain.partnership.PartnershipStatus;
import org.ctphub.domain.problem.NetworkProblemPatterns;
import org.ctphub.domain.problem.SearchText;
import org.ctphub.domain.shared.Visibility;
import org.eclipse.persistence.config.QueryHints;

/**
 * Counts across partnerships, the one place that reads the tenant-owned problem tables without
 * the tenant filter, on purpose: EclipseLink's multitenancy filters JPQL on {@code Problem} to one
 * partnership, so these aggregates are native SQL, allowed query by query with EclipseLink's
 * {@code allow-native-sql-query} hint (the unit refuses native SQL otherwise). Every query here
 * returns a count, and counts only problems visible to the network or the public.
 */
@ApplicationScoped
public class JpaNetworkProblemPatterns implements NetworkProblemPatterns {

    /** A problem is similar in words when it holds all of these many of the title's significant words. */
    static final int MAX_WORDS = 5;

    /** InnoDB's default full-text stop words: required in a boolean query, one would match nothing. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from", "how", "i", "in", "is",
            "it", "la", "of", "on", "or", "that", "the", "this", "to", "was", "what", "when", "where", "who", "will",
            "with", "und", "www");

    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{N}]{" + SearchText.MIN_INDEXED_WORD_LENGTH + ",}", Pattern.UNICODE_CHARACTER_CLASS);

    @Inject
    EntityManager entityManager;

    @Override
    public long partnershipsWithSimilarProblems(
            long excludedPartnershipId, Collection<String> themes, SearchText words) {
        String allWords = words == null ? "" : allOf(words);
        boolean byWords = !allWords.isEmpty();
        if (themes.isEmpty() && !byWords) {
            return 0;
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(DISTINCT p.partnership_id) FROM problem p"
                + " JOIN partnership o ON o.id = p.partnership_id"
                + " WHERE p.partnership_id <> ? AND p.visibility IN (?, ?) AND o.status <> ? AND (");
        parameters.add(excludedPartnershipId);
        parameters.add(Visibility.NETWORK.name());
        parameters.add(Visibility.PUBLIC.name());
        parameters.add(PartnershipStatus.ONBOARDING.name());
        if (!themes.isEmpty()) {
            sql.append("EXISTS (SELECT 1 FROM problem_theme t WHERE t.partnership_id = p.partnership_id"
                    + " AND t.problem_id = p.id AND t.theme_id IN (");
            sql.append(String.join(", ", themes.stream().map(t -> "?").toList()))
                    .append("))");
            parameters.addAll(themes);
        }
        if (byWords) {
            // The column list matches the FULLTEXT index of V3. The boolean query is built here from
            // words alone, so nothing typed acts as an operator.
            sql.append(themes.isEmpty() ? "" : " OR ")
                    .append("MATCH(p.title, p.summary, p.description) AGAINST (? IN BOOLEAN MODE)");
            parameters.add(allWords);
        }
        sql.append(")");
        // The persistence unit refuses native SQL because it has tenant-owned entities; this
        // aggregate asks for it by name, query by query.
        Query count = entityManager
                .createNativeQuery(sql.toString())
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE);
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
        }
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * A boolean full-text query that requires each of the first {@link #MAX_WORDS} significant
     * words of the text, e.g. {@code +lonely +evenings}: words of letters and digits only, so the
     * query holds no operator but the ones added here. Empty when the text has no such word.
     */
    static String allOf(SearchText text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher word = WORD.matcher(text.value().toLowerCase(Locale.ROOT));
        while (word.find() && words.size() < MAX_WORDS) {
            if (!STOP_WORDS.contains(word.group())) {
                words.add(word.group());
            }
        }
        return words.stream().map(w -> "+" + w).collect(Collectors.joining(" "));
    }
}
