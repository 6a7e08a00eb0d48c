package org.diaban.domain.people;

/**
 * The three categories Resolution 77 counts: standing-committee members (BTV, including the
 * Bí thư and Phó Bí thư), other executive-committee members (BCH), and leaders/managers who are
 * not committee members (LĐQL). Declared from the highest rank down.
 */
public enum CadreCategory {
    BTV,
    BCH,
    LDQL;

    public boolean outranks(CadreCategory other) {
        return ordinal() < other.ordinal();
    }
}
