package org.ctphub.domain.problem;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class WardCodeConverter implements AttributeConverter<WardCode, String> {

    @Override
    public String convertToDatabaseColumn(WardCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public WardCode convertToEntityAttribute(String text) {
        return text == null ? null : new WardCode(text);
    }
}
