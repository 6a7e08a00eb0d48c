package org.diaban.ui.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.service.Services;
import org.diaban.service.hierarchy.HierarchyEditing;
import org.diaban.service.hierarchy.NewUnit;
import org.diaban.service.hierarchy.ReorganisationPlan;
import org.diaban.service.hierarchy.UnitEdit;
import org.diaban.testing.HierarchyDump;
import org.diaban.testing.SampleHierarchy;
import org.diaban.testing.TestServices;
import org.diaban.ui.common.UndoableEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each edit's undo restores the database, its redo the changed state, and again and again. */
class UndoableEditsTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    @TempDir
    Path dir;

    private Services services;
    private SampleHierarchy sample;
    private HierarchyEditing editing;
    private UnitIds ids;

    @BeforeEach
    void open() {
        services = TestServices.open(dir);
        sample = SampleHierarchy.create(services);
        editing = services.hierarchyEditing();
        ids = new UnitIds(services.hierarchyQueries());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private UnitState on(LocalDate day, Long id) {
        return services.hierarchyQueries().snapshotOn(day).unit(id).orElseThrow();
    }

    /** Undo gives {@code before}, redo gives {@code after}, twice over. */
    private void cycles(UndoableEdit edit, List<String> before) {
        List<String> after = HierarchyDump.of(services);
        assertNotEquals(before, after);
        for (int i = 0; i < 2; i++) {
            edit.undo();
            assertEquals(before, HierarchyDump.of(services));
            edit.redo();
            assertEquals(after, HierarchyDump.of(services));
        }
    }

    @Test
    void creation() {
        List<String> before = HierarchyDump.of(services);
        NewUnit spec = new NewUnit("huu-lung.ho-son.khuon-bo", new UnitEdit("thon", "Khuôn Bò", "Thôn Khuôn Bò", null,
                null, null, null, sample.communes.get(0)), JULY, null);
        editing.create(spec);
        cycles(new CreateUnitEdit(editing, ids, spec, "huu-lung.ho-son", "thêm"), before);
    }

    @Test
    void correction() {
        List<String> before = HierarchyDump.of(services);
        UnitState hoSon = on(JULY, sample.communes.get(0));
        UnitEdit fixed = HierarchyEditing.editOf(hoSon).withName("Hồ Sơn", "Xã Hồ Sơn (đã sửa)");
        UnitEdit old = editing.correct(hoSon.unitId(), hoSon.versionId(), fixed);
        cycles(new CorrectUnitEdit(editing, ids, hoSon.externalKey(), hoSon.range().from(), old, "huu-lung", fixed,
                "huu-lung", "sửa"), before);
    }

    @Test
    void changeFromADayAndMove() {
        List<String> before = HierarchyDump.of(services);
        UnitState village = on(JULY, sample.villages.get(0));
        UnitEdit moved = HierarchyEditing.editOf(village).withParent(sample.communes.get(1));
        editing.changeFrom(village.unitId(), JULY, moved);
        cycles(new ChangeUnitEdit(editing, ids, village.externalKey(), JULY, moved, "huu-lung.hoa-son", "chuyển"),
                before);
    }

    @Test
    void dissolution() {
        List<String> before = HierarchyDump.of(services);
        UnitState village = on(JULY, sample.villages.get(0));
        LocalDate previous = editing.retire(village.unitId(), JULY.minusDays(1));
        cycles(new RetireUnitEdit(editing, ids, village.externalKey(), JULY.minusDays(1), previous, "giải thể"), before);
    }

    @Test
    void mergeIntoANewCommune() {
        List<String> before = HierarchyDump.of(services);
        ReorganisationPlan plan = ReorganisationPlan.mergeInto(new NewUnit("huu-lung.huu-lung", new UnitEdit("xa",
                "Hữu Lũng", "Xã Hữu Lũng", null, "Đảng bộ xã Hữu Lũng", "Đảng ủy xã Hữu Lũng", "ĐU", sample.district),
                JULY, null), sample.communes, JULY, "Nghị quyết 1672/NQ-UBTVQH15");
        UndoableEdit edit = ReorganisationEdit.record(services.reorganisations(), ids, plan, "hợp nhất");
        cycles(edit, before);
    }

    @Test
    void aRedoneCreationKeepsLaterEditsWorking() {
        List<String> before = HierarchyDump.of(services);
        NewUnit spec = new NewUnit("huu-lung.ho-son.khuon-bo", new UnitEdit("thon", "Khuôn Bò", "Thôn Khuôn Bò", null,
                null, null, null, sample.communes.get(0)), SampleHierarchy.SINCE, null);
        editing.create(spec);
        UndoableEdit create = new CreateUnitEdit(editing, ids, spec, "huu-lung.ho-son", "thêm");
        Long first = ids.id(spec.externalKey());
        UnitEdit renamed = spec.facts().withName("Khuôn Bò Mới", "Thôn Khuôn Bò Mới");
        editing.changeFrom(first, JULY, renamed);
        UndoableEdit rename = new ChangeUnitEdit(editing, ids, spec.externalKey(), JULY, renamed, "huu-lung.ho-son",
                "đổi tên");
        List<String> after = HierarchyDump.of(services);

        rename.undo();
        create.undo();
        assertEquals(before, HierarchyDump.of(services));
        create.redo();
        rename.redo();
        assertEquals(after, HierarchyDump.of(services));
        assertNotEquals(first, ids.id(spec.externalKey()));
    }
}
