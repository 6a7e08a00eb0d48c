package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Choice;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.people.CommitteeTerm;

/** The lists the cadre forms pick from. Called off the FX thread. */
public interface Lookups {

    /** Units a cadre can live or work in on a day, named so that namesakes can be told apart. */
    List<Choice> units(LocalDate day);

    /** Committees a position can be on that day. */
    List<Choice> committees(LocalDate day);

    List<CommitteeTerm> terms();
}
