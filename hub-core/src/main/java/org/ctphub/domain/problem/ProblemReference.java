package org.ctphub.domain.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctphub.domain.shared.InvalidInputException;

/** A problem's reference, unique within its partnership and never reused, e.g. {@code HMS-0042}. */
public record ProblemReference(String prefix, int number) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2,6})-(\\d{4,9})");

    public ProblemReference {
        if (prefix == null || !prefix.matches("[A-Z]{2,6}")) {
            throw new InvalidInputException("reference", "reference prefix must be 2 to 6 capital letters");
        }
        if (number < 1) {
            throw new InvalidInputException("reference", "reference number must be 1 or more");
        }
    }

    public static ProblemReference parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInputException("reference", "a problem reference looks like HMS-0042");
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
