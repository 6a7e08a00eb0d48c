package org.diaban.domain.assignment;

import java.util.Collection;
import java.util.Objects;
import org.diaban.domain.common.DomainException;

/**
 * Party documents are numbered per document type, issuing committee and committee term: the
 * next decision of the Huyện ủy in a term after "106-QĐ/HU" is "107-QĐ/HU", and a number may
 * not be given twice in the same term.
 */
public final class DecisionNumbering {

    private DecisionNumbering() {
    }

    /**
     * The number to propose: one more than the highest used in the term (gaps are not filled,
     * since a skipped number may belong to a paper document not entered yet).
     */
    public static DecisionSymbol next(String docType, String committeeCode, Collection<Integer> usedInTerm) {
        int max = usedInTerm.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
        return new DecisionSymbol(max + 1, docType, committeeCode);
    }

    /** Refuses a number already given in the term, naming it. */
    public static void checkUnused(DecisionSymbol symbol, Collection<Integer> usedInTerm, String termCode) {
        if (usedInTerm.contains(symbol.number())) {
            throw new DomainException("assignments.error.duplicateNumber", symbol.format(),
                    termCode == null ? "" : termCode);
        }
    }
}
