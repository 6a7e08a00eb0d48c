package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.service.hierarchy.HierarchyQueries;
import org.diaban.ui.common.TaskRunner;

/** Loads, in the background, the trees a form needs whenever its day changes. */
final class SnapshotFeed {

    private record Pair(HierarchySnapshot before, HierarchySnapshot on) {
    }

    private SnapshotFeed() {
    }

    static void attach(NeedsSnapshots model, HierarchyQueries queries, TaskRunner tasks, Consumer<Throwable> onError) {
        model.snapshotDayProperty().addListener((obs, old, day) -> load(model, day, queries, tasks, onError));
        load(model, model.snapshotDayProperty().get(), queries, tasks, onError);
    }

    private static void load(NeedsSnapshots model, LocalDate day, HierarchyQueries queries, TaskRunner tasks,
                             Consumer<Throwable> onError) {
        if (day == null) {
            return;
        }
        tasks.run(() -> new Pair(queries.snapshotOn(day.minusDays(1)), queries.snapshotOn(day)),
                pair -> model.snapshotsLoaded(day, pair.before(), pair.on()), onError);
    }
}
