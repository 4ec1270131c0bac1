package org.ctphub.domain.problem;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a reference as its text form, which is also what people search for. */
@Converter
public class ProblemReferenceConverter implements AttributeConverter<ProblemReference, String> {

    @Override
    public String convertToDatabaseColumn(ProblemReference reference) {
        return reference == null ? null : reference.toString();
    }

    @Override
    public ProblemReference convertToEntityAttribute(String text) {
        return text == null ? null : ProblemReference.parse(text);
    }
}
