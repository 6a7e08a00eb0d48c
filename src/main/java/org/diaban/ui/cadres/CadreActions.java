package org.diaban.ui.cadres;

import org.diaban.service.cadres.CadreDetail;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.service.cadres.PositionView;

/** What the user can do in the registry: add, edit, retire, and keep the positions over time. */
public interface CadreActions {

    void add();

    void edit(CadreSummary cadre);

    void retire(CadreSummary cadre);

    void addPosition(CadreDetail cadre);

    void editPosition(CadreDetail cadre, PositionView position);

    void removePosition(CadreDetail cadre, PositionView position);
}
