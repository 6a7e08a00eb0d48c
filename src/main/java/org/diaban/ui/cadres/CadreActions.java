package org.diaban.ui.cadres;

import org.diaban.service.cadres.CadreSummary;

/** What the user can do in the registry: add, edit (with positions), retire. */
public interface CadreActions {

    void add();

    void edit(CadreSummary cadre);

    void retire(CadreSummary cadre);
}
