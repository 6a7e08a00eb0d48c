package org.diaban.domain.people;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Rules over a set of positions held at one time. */
public final class PositionRules {

    private PositionRules() {
    }

    /** The highest Resolution 77 category among the positions; BTV outranks BCH outranks LĐQL. */
    public static Optional<CadreCategory> categoryOf(Collection<PositionKind> kinds) {
        return kinds.stream().map(PositionKind::category).min(Comparator.naturalOrder());
    }
}
