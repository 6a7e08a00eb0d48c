package org.diaban.domain.assignment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diaban.domain.common.DomainException;

/**
 * The number and symbol of a party document: "107-QĐ/HU" is decision (QĐ) number 107 of a
 * district committee (HU). Numbers run per document type and committee term.
 */
public record DecisionSymbol(int number, String docType, String committeeCode) {

    private static final Pattern FORM = Pattern.compile(
            "(?:Số\\s*:?\\s*)?0*(\\d{1,5})\\s*-\\s*([\\p{L}]{1,6})\\s*/\\s*([\\p{L}\\p{N}]{1,12})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public DecisionSymbol {
        if (number <= 0) {
            throw new DomainException("decision.error.numberPositive", number);
        }
        if (docType == null || docType.isBlank() || committeeCode == null || committeeCode.isBlank()) {
            throw new DomainException("decision.error.symbolParts");
        }
    }

    /** Reads "107-QĐ/HU", "Số 107-QĐ/HU" or "107 - QĐ / HU"; empty when the text is no symbol. */
    public static Optional<DecisionSymbol> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DecisionSymbol(Integer.parseInt(m.group(1)), m.group(2).toUpperCase(),
                m.group(3).toUpperCase()));
    }

    /** The party form: number, hyphen, type, slash, committee code; no colon, no leading zeros. */
    public String format() {
        return number + "-" + docType + "/" + committeeCode;
    }

    @Override
    public String toString() {
        return format();
    }
}
