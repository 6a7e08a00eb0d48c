package org.diaban.ui.cadres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's list, filter and selection across reloads, on a real database without a toolkit. */
class CadreRegistryViewModelTest {

    @TempDir
    Path dir;

    private Services services;
    private CadreRegistryViewModel model;
    private Long yen;
    private Long binh;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        SampleHierarchy places = SampleHierarchy.create(services);
        yen = services.cadres().create(CadreProfile.named("Lê Thị Yến"), new PositionSpec(PositionKind.SECRETARY,
                places.communes.get(0), 3L, null, DateRange.startingOn(LocalDate.of(2025, 7, 1))));
        binh = services.cadres().create(CadreProfile.named("Trần Văn Bình"), null);
        model = new CadreRegistryViewModel(services.cadres(), new SyncBackground(),
                new ErrorMessages(new I18n(I18n.VIETNAMESE)), new SimpleObjectProperty<>(TestServices.TODAY));
        model.setKindNames(k -> k == PositionKind.SECRETARY ? "Bí thư" : k.name());
        model.reload();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void filtersWithoutDiacriticsAndNamesUntitledPositions() {
        assertEquals(List.of("Trần Văn Bình", "Lê Thị Yến"), names());
        model.filterProperty().set("bi thu");
        assertEquals(List.of("Lê Thị Yến"), names());
        assertEquals("Bí thư", model.titles(model.shownRows().get(0)));
    }

    @Test
    void aCadreAddedElsewhereIsSelectedOnceTheListHasIt() {
        model.select(yen);
        Long an = services.cadres().create(CadreProfile.named("Nguyễn Văn An"), null);
        model.select(an);
        assertEquals(yen, model.selectedProperty().get().id(), "not there yet");
        model.reload();
        assertEquals(an, model.selectedProperty().get().id());
        assertEquals("Nguyễn Văn An", model.detail().detailProperty().get().profile().fullName());
        // the request is settled: the next reload keeps what the user selected since
        model.select(binh);
        model.reload();
        assertEquals(binh, model.selectedProperty().get().id());
    }

    @Test
    void aRetiredCadreLeavesTheListAndTheSelection() {
        model.select(yen);
        assertEquals(1, model.detail().positions().size());
        services.cadres().retire(yen, TestServices.TODAY, null);
        model.reload();
        assertEquals(List.of("Trần Văn Bình"), names());
        // the panel shows someone else rather than staying empty
        assertEquals("Trần Văn Bình", model.selectedProperty().get().fullName());
        assertFalse(model.includeRetiredProperty().get());

        // asked for by name (a search hit, an undo), it is shown with the retired ones
        model.select(yen);
        assertTrue(model.includeRetiredProperty().get());
        CadreSummary row = model.selectedProperty().get();
        assertTrue(row.retired());
        assertEquals(TestServices.TODAY.minusDays(1),
                model.detail().positions().get(0).range().to());
    }

    private List<String> names() {
        return model.shownRows().stream().map(CadreSummary::fullName).toList();
    }
}
