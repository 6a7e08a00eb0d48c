package org.diaban.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.diaban.i18n.Formats;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads dates as ISO (2025-07-01) or the Vietnamese way (1/7/2025). */
public final class DateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
            return Formats.parseDate(value);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "': yyyy-MM-dd / dd/MM/yyyy");
        }
    }
}
