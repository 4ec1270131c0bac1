package org.ctphub.domain.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctphub.domain.shared.InvalidInputException;
import org.ctphub.domain.shared.Refusal;

/** A problem's reference, unique within its partnership and never reused, e.g. {@code HMS-0042}. */
public record ProblemReference(String prefix, int number) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2,6})-(\\d{4,9})");

    public ProblemReference {
        if (prefix == null || !prefix.matches("[A-Z]{2,6}")) {
            throw new InvalidInputException("reference", Refusal.of("problem.reference.prefix"));
        }
        if (number < 1) {
            throw new InvalidInputException("reference", Refusal.of("problem.reference.number"));
        }
    }

    public static ProblemReference parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInputException("reference", Refusal.of("problem.reference.format"));
        }
        return new ProblemReference(matcher.group(1), Integer.parseInt(matcher.group(2)));
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return String.format("%s-%04d", prefix, number);
    }
}
