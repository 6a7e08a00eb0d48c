package org.diaban.ui.concerns;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.i18n.ErrorMessages;
import org.diaban.service.concerns.ConcernCounts;
import org.diaban.service.concerns.ConcernDetail;
import org.diaban.service.concerns.ConcernFilter;
import org.diaban.service.concerns.ConcernPlace;
import org.diaban.service.concerns.ConcernService;
import org.diaban.service.concerns.ConcernSummary;
import org.diaban.service.concerns.TopicInfo;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.ChoiceModel;

/**
 * The concerns workspace: the filter bar (status, topic, place, period raised, overdue only, words), the list it
 * selects, the selected concern's history, and how many concerns are overdue today (the notice).
 * Every change of a filter reads the list again in the background; stale answers are dropped.
 */
public final class ConcernsViewModel {

    private final ConcernService concerns;
    private final Background background;
    private final ErrorMessages errors;

    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObjectProperty<TopicInfo> topic = new SimpleObjectProperty<>();
    private final ChoiceModel place = new ChoiceModel();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> raisedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> raisedTo = new SimpleObjectProperty<>();

    private final ObservableList<ConcernSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<TopicInfo> topics = FXCollections.observableArrayList();
    private final ObjectProperty<ConcernSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ConcernDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConcernCounts> counts = new ReadOnlyObjectWrapper<>(
            ConcernService.counts(List.of()));
    private final ReadOnlyLongWrapper overdueToday = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loadedOnce = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private long generation;
    private long detailGeneration;
    private Long pendingSelection;
    private long pendingSince;
    private boolean placesLoaded;
    private boolean quiet;

    public ConcernsViewModel(ConcernService concerns, Background background, ErrorMessages errors) {
        this.concerns = concerns;
        this.background = background;
        this.errors = errors;
        status.addListener((obs, old, now) -> filtersChanged());
        topic.addListener((obs, old, now) -> filtersChanged());
        place.selectedProperty().addListener((obs, old, now) -> filtersChanged());
        place.textProperty().addListener((obs, old, now) -> {
            if (now == null || now.isBlank()) {
                filtersChanged();
            }
        });
        overdueOnly.addListener((obs, old, now) -> filtersChanged());
        search.addListener((obs, old, now) -> filtersChanged());
        raisedFrom.addListener((obs, old, now) -> filtersChanged());
        raisedTo.addListener((obs, old, now) -> filtersChanged());
        selected.addListener((obs, old, row) -> loadDetail(row == null ? null : row.id()));
    }

    private void filtersChanged() {
        if (!quiet) {
            reload();
        }
    }

    /** The filter the bar describes now. */
    public ConcernFilter filter() {
        Choice unit = place.selectedProperty().get();
        TopicInfo t = topic.get();
        StatusFilter s = status.get() == null ? StatusFilter.ALL : status.get();
        return new ConcernFilter(s.statuses(), t == null ? null : t.id(), unit == null ? null : unit.id(),
                raisedFrom.get(), raisedTo.get(), overdueOnly.get() ? concerns.today() : null, search.get(), false);
    }

    /** Reads the list, the overdue count and the topics again. */
    public void reload() {
        long mine = ++generation;
        ConcernFilter filter = filter();
        boolean wantPlaces = !placesLoaded;
        loading.set(true);
        background.run(() -> new Loaded(concerns.list(filter), concerns.overdueCount(), concerns.topics(),
                wantPlaces ? concerns.places() : null), loaded -> {
                    if (mine != generation) {
                        return;
                    }
                    apply(loaded, mine);
                }, e -> {
                    if (mine == generation) {
                        loading.set(false);
                        error.set(errors.describe(e));
                    }
                });
    }

    private record Loaded(List<ConcernSummary> rows, long overdue, List<TopicInfo> topics, List<ConcernPlace> places) {
    }

    private void apply(Loaded loaded, long mine) {
        Long keep = pendingSelection != null ? pendingSelection : selected.get() == null ? null : selected.get().id();
        quiet = true;
        try {
            TopicInfo chosen = topic.get();
            topics.setAll(loaded.topics());
            topic.set(chosen == null ? null : loaded.topics().stream().filter(t -> t.id().equals(chosen.id()))
                    .findFirst().orElse(null));
            if (loaded.places() != null) {
                place.setChoices(loaded.places().stream().map(u -> new Choice(u.unitId(), u.label())).toList());
                placesLoaded = true;
            }
        } finally {
            quiet = false;
        }
        rows.setAll(loaded.rows());
        counts.set(ConcernService.counts(loaded.rows()));
        overdueToday.set(loaded.overdue());
        ConcernSummary again = keep == null ? null : rows.stream().filter(r -> r.id().equals(keep)).findFirst()
                .orElse(null);
        // a load begun after the request has seen the change: the request is settled either way
        if (again != null || mine > pendingSince) {
            pendingSelection = null;
        }
        selected.set(again != null ? again : rows.isEmpty() ? null : rows.get(0));
        // the same row object may come back equal: show its fresh history all the same
        loadDetail(selected.get() == null ? null : selected.get().id());
        loading.set(false);
        loadedOnce.set(true);
        error.set(null);
    }

    private void loadDetail(Long id) {
        long mine = ++detailGeneration;
        if (id == null) {
            detail.set(null);
            return;
        }
        background.run(() -> concerns.detail(id), d -> {
            if (mine == detailGeneration) {
                detail.set(d);
            }
        }, e -> {
            if (mine == detailGeneration) {
                detail.set(null);
                error.set(errors.describe(e));
            }
        });
    }

    /** Clears every filter but "overdue only": what the notice opens. */
    public void showOverdue() {
        quiet = true;
        try {
            status.set(StatusFilter.ALL);
            topic.set(null);
            place.pick(null);
            search.set("");
            raisedFrom.set(null);
            raisedTo.set(null);
            overdueOnly.set(true);
        } finally {
            quiet = false;
        }
        reload();
    }

    /** Raised on or after this day; null for no lower bound. */
    public ObjectProperty<LocalDate> raisedFromProperty() {
        return raisedFrom;
    }

    /** Raised on or before this day; null for no upper bound. */
    public ObjectProperty<LocalDate> raisedToProperty() {
        return raisedTo;
    }

    /** Selects a concern after the next reload (just raised or changed), or now if it is listed. */
    public void select(Long id) {
        ConcernSummary row = rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (row != null) {
            selected.set(row);
        } else {
            pendingSelection = id;
            pendingSince = generation;
        }
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<TopicInfo> topicProperty() {
        return topic;
    }

    public ChoiceModel place() {
        return place;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<ConcernSummary> rows() {
        return rows;
    }

    public ObservableList<TopicInfo> topics() {
        return topics;
    }

    public ObjectProperty<ConcernSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ConcernDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConcernCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Open concerns past their deadline today, whatever the filters. */
    public ReadOnlyLongProperty overdueTodayProperty() {
        return overdueToday.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedOnceProperty() {
        return loadedOnce.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ConcernService service() {
        return concerns;
    }
}
