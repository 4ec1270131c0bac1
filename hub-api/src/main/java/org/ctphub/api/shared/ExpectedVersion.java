package org.ctphub.api.shared;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctphub.api.error.ProblemDetails;
import org.ctphub.api.error.RequestRefusedException;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/**
 * The version a client started an edit from, so that an edit never overwrites a change it did not
 * see. It is sent as {@code version} in the body or as {@code If-Match} with the ETag the client
 * read; the ETag of a versioned resource is its version in quotes, e.g. {@code "3"}.
 */
public final class ExpectedVersion {

    public static final String IF_MATCH = "If-Match";

    private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private ExpectedVersion() {}

    /**
     * @throws RequestRefusedException 428 when neither names a version
     * @throws InvalidInputException when If-Match is not one of our ETags, or the two disagree
     */
    public static long of(Long bodyVersion, String ifMatch) {
        Long headerVersion = null;
        if (ifMatch != null && !ifMatch.isBlank()) {
            Matcher matcher = STRONG_TAG.matcher(ifMatch.strip());
            if (!matcher.matches()) {
                throw new InvalidInputException(IF_MATCH, Refusal.of("request.if-match.format"));
            }
            headerVersion = Long.parseLong(matcher.group(1));
        }
        if (bodyVersion != null && headerVersion != null && !bodyVersion.equals(headerVersion)) {
            throw new InvalidInputException("version", Refusal.of("request.version.mismatch"));
        }
        Long expected = bodyVersion != null ? bodyVersion : headerVersion;
        if (expected == null) {
            throw new RequestRefusedException(ProblemDetails.of(
                    428,
                    "Precondition Required",
                    "Say which version you started from: send version in the body, or the ETag you read as If-Match."));
        }
        return expected;
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
