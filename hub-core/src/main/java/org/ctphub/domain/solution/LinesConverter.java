package org.ctphub.domain.solution;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a short list of codes (theme ids, language codes) in one column, one per line: the
 * values are checked codes that never hold a line break. An empty list is stored as {@code NULL}.
 */
@Converter
public class LinesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("\n", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty()
                ? new ArrayList<>()
                : new ArrayList<>(column.lines().toList());
    }
}
