package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.ReorganisationKind;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.hierarchy.UnitType;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.hierarchy.HierarchyEditing;
import org.diaban.service.hierarchy.ReorganisationPlan;
import org.diaban.service.hierarchy.ReorganisationPlan.Created;
import org.diaban.service.hierarchy.ReorganisationPlan.SuccessorRef;
import org.diaban.service.hierarchy.UnitEdit;

/**
 * Recording a reorganisation: what kind, from which day, on which legal basis; the units that
 * end (chosen among those existing the day before); and what follows them. Builds the
 * {@link ReorganisationPlan} and a sentence that says it the way a resolution would.
 */
final class ReorganisationModel implements NeedsSnapshots {

    private static final int BASIS_MAX = 500;
    private static final int NOTE_MAX = 2000;

    /** For a merge: a unit created on the day, or one that exists already. */
    enum Target {
        NEW, EXISTING
    }

    /** A unit under the unit being split, and the new unit it goes to. */
    static final class Allocation {
        private final UnitState child;
        private final ObjectProperty<UnitFormModel> target = new SimpleObjectProperty<>();

        Allocation(UnitState child) {
            this.child = child;
        }

        UnitState child() {
            return child;
        }

        ObjectProperty<UnitFormModel> targetProperty() {
            return target;
        }
    }

    private final I18n i18n;
    private final UnitLabels labels;
    private final ReferenceData reference;
    private final Predicate<String> keyTaken;
    private final UnitState initial;
    private final int lowestTierRank;

    // Properties
    private final ObjectProperty<ReorganisationKind> kind = new SimpleObjectProperty<>(ReorganisationKind.MERGE);
    private final DateInput date;
    private final StringProperty legalBasis = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<UnitChoice> candidates = FXCollections.observableArrayList();
    private final Map<Long, BooleanProperty> chosenFlags = new HashMap<>();
    private final ObservableList<UnitState> predecessors = FXCollections.observableArrayList();
    private final ObjectProperty<Target> mergeTarget = new SimpleObjectProperty<>(Target.NEW);
    private final UnitFormModel successor;
    private final ObservableList<UnitChoice> parentChoices = FXCollections.observableArrayList();
    private final ObjectProperty<UnitChoice> successorParent = new SimpleObjectProperty<>();
    private final ObservableList<UnitChoice> existingChoices = FXCollections.observableArrayList();
    private final ObjectProperty<UnitChoice> existingSuccessor = new SimpleObjectProperty<>();
    private final ObservableList<UnitFormModel> splitUnits = FXCollections.observableArrayList();
    private final ObservableList<Allocation> allocations = FXCollections.observableArrayList();
    private final UnitFormModel renamed;
    private final ObservableList<UnitChoice> newParentChoices = FXCollections.observableArrayList();
    private final ObjectProperty<UnitChoice> newParent = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LocalDate> snapshotDay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    private HierarchySnapshot before;
    private HierarchySnapshot on;
    private List<UnitChoice> allCandidates = List.of();
    private Long renamedFor;
    private String preferredFor;
    private UnitEdit renamedBaseline;
    private boolean rebuilding;

    /**
     * @param initial the unit the user started from (pre-selected as the first predecessor), or null
     * @param day     the effective day suggested: the view date
     */
    ReorganisationModel(I18n i18n, UnitLabels labels, ReferenceData reference, Predicate<String> keyTaken,
                        UnitState initial, LocalDate day) {
        this.i18n = i18n;
        this.labels = labels;
        this.reference = reference;
        this.keyTaken = keyTaken;
        this.initial = initial;
        this.lowestTierRank = reference.tiers().stream().mapToInt(t -> t.rank()).max().orElse(4);
        this.date = new DateInput(day);
        this.successor = new UnitFormModel(reference, i18n, keyTaken, true);
        this.renamed = new UnitFormModel(reference, i18n, k -> false, false);
        if (initial != null) {
            flag(initial.unitId()).set(true);
        }
        addSplitUnit();
        addSplitUnit();

        date.textProperty().addListener((obs, old, t) -> dateChanged());
        kind.addListener((obs, old, k) -> rebuild());
        mergeTarget.addListener((obs, old, t) -> validate());
        filter.addListener((obs, old, f) -> applyFilter());
        successorParent.addListener((obs, old, p) -> {
            successor.parentProperty().set(p == null ? null : p.unit());
            validate();
        });
        existingSuccessor.addListener((obs, old, e) -> validate());
        newParent.addListener((obs, old, p) -> validate());
        watch(successor);
        watch(renamed);
        legalBasis.addListener((obs, old, b) -> validate());
        note.addListener((obs, old, n) -> validate());
        dateChanged();
    }

    private void watch(UnitFormModel form) {
        form.validProperty().addListener((obs, old, v) -> validate());
        form.typeProperty().addListener((obs, old, t) -> validate());
        for (UnitFormModel.Field f : UnitFormModel.Field.values()) {
            form.text(f).addListener((obs, old, v) -> validate());
        }
    }

    // Commands

    /** One more unit that the split creates. */
    UnitFormModel addSplitUnit() {
        UnitFormModel[] self = new UnitFormModel[1];
        UnitFormModel form = new UnitFormModel(reference, i18n, k -> keyTaken.test(k) || splitUnits.stream()
                .anyMatch(other -> other != self[0] && k.equals(other.text(UnitFormModel.Field.KEY).get())), true);
        self[0] = form;
        Optional<UnitState> parent = splitParent();
        form.parentProperty().set(parent.orElse(null));
        if (!predecessors.isEmpty()) {
            form.preferType(predecessors.get(0).typeCode());
        }
        watch(form);
        splitUnits.add(form);
        validate();
        return form;
    }

    /** Removes a new unit of the split (at least two stay); its villages must be allocated again. */
    void removeSplitUnit(UnitFormModel form) {
        if (splitUnits.size() <= 2) {
            return;
        }
        splitUnits.remove(form);
        allocations.stream().filter(a -> a.target.get() == form).forEach(a -> a.target.set(null));
        validate();
    }

    /** Whether the unit is among the predecessors; ticking it adds it, in the order ticked. */
    BooleanProperty chosenProperty(UnitChoice choice) {
        return flag(choice.unitId());
    }

    private BooleanProperty flag(Long unitId) {
        return chosenFlags.computeIfAbsent(unitId, id -> {
            BooleanProperty p = new SimpleBooleanProperty(false);
            p.addListener((obs, was, now) -> predecessorToggled(id, now));
            return p;
        });
    }

    private void predecessorToggled(Long unitId, boolean now) {
        if (now) {
            if (before != null && predecessors.stream().noneMatch(s -> s.unitId().equals(unitId))) {
                before.unit(unitId).ifPresent(predecessors::add);
            }
        } else {
            predecessors.removeIf(s -> s.unitId().equals(unitId));
        }
        if (!rebuilding) {
            rebuild();
        }
    }

    private void dateChanged() {
        String error = date.basicError(i18n);
        dateError.set(error);
        LocalDate day = error == null ? date.value() : null;
        snapshotDay.set(day);
        if (day == null || on == null || !day.equals(on.date())) {
            before = null;
            on = null;
            loaded.set(false);
            allCandidates = List.of();
            applyFilter();
        }
        validate();
    }

    @Override
    public void snapshotsLoaded(LocalDate day, HierarchySnapshot dayBefore, HierarchySnapshot onDay) {
        if (!day.equals(snapshotDay.get())) {
            return;
        }
        before = dayBefore;
        on = onDay;
        rebuilding = true;
        // predecessors as they stood the day before; ones that did not exist then drop out
        List<UnitState> kept = new ArrayList<>();
        for (Map.Entry<Long, BooleanProperty> e : chosenFlags.entrySet()) {
            if (e.getValue().get()) {
                Optional<UnitState> s = dayBefore.unit(e.getKey()).filter(ReorganisationModel::current);
                if (s.isPresent()) {
                    kept.add(s.get());
                } else {
                    e.getValue().set(false);
                }
            }
        }
        List<Long> order = predecessors.stream().map(UnitState::unitId).toList();
        kept.sort(Comparator.comparingInt(s -> order.contains(s.unitId()) ? order.indexOf(s.unitId())
                : Integer.MAX_VALUE));
        predecessors.setAll(kept);
        rebuilding = false;
        loaded.set(true);
        rebuild();
    }

    /** A unit can end on the day only if nothing about it changes later (its version and life are open). */
    private static boolean current(UnitState s) {
        return s.range().to() == null && s.lifetime().to() == null;
    }

    /** Everything that depends on the kind, the day and the predecessors. */
    private void rebuild() {
        rebuildCandidates();
        if (on != null) {
            rebuildSuccessorParent();
            rebuildExisting();
            rebuildSplit();
            rebuildRename();
            rebuildNewParent();
        }
        validate();
    }

    private void rebuildCandidates() {
        if (before == null) {
            allCandidates = List.of();
            applyFilter();
            return;
        }
        Integer rank = predecessors.isEmpty() ? null : predecessors.get(0).tierRank();
        Long nearParent = predecessors.isEmpty() ? (initial == null ? null : initial.parentId())
                : predecessors.get(0).parentId();
        Comparator<UnitChoice> order = Comparator
                .comparingInt((UnitChoice c) -> Objects.equals(c.unit().parentId(), nearParent) ? 0 : 1)
                .thenComparing(UnitChoice::label, VietnameseCollation.text());
        allCandidates = before.units().stream()
                .filter(ReorganisationModel::current)
                .filter(s -> rank == null || s.tierRank() == rank)
                .map(s -> UnitChoice.of(s, labels.withPath(s, before)))
                .sorted(order)
                .toList();
        applyFilter();
    }

    private void applyFilter() {
        candidates.setAll(allCandidates.stream().filter(c -> c.matches(filter.get())).toList());
    }

    /** Where the first predecessor sat, or the nearest of its ancestors that still exists on the day. */
    private Optional<UnitState> splitParent() {
        UnitState start = predecessors.isEmpty() ? initial : predecessors.get(0);
        if (start == null || on == null) {
            return Optional.empty();
        }
        HierarchySnapshot from = before == null ? on : before;
        List<UnitState> up = from.pathToRoot(start.unitId());
        for (int i = 1; i < up.size(); i++) {
            Optional<UnitState> there = on.unit(up.get(i).unitId());
            if (there.isPresent()) {
                return there;
            }
        }
        return Optional.empty();
    }

    private void rebuildSuccessorParent() {
        int below = kind.get() == ReorganisationKind.ESTABLISH || predecessors.isEmpty() ? lowestTierRank
                : predecessors.get(0).tierRank();
        parentChoices.setAll(choicesOn(s -> s.tierRank() < below));
        UnitChoice chosen = successorParent.get();
        if (chosen == null || parentChoices.stream().noneMatch(c -> c.unitId().equals(chosen.unitId()))) {
            Optional<UnitState> parent = splitParent();
            successorParent.set(parent.flatMap(p -> parentChoices.stream()
                    .filter(c -> c.unitId().equals(p.unitId())).findFirst()).orElse(null));
        }
        // the type follows the old units once per choice of them; after that it is the user's
        String basis = predecessors.isEmpty() ? "parent:" + unitIdOf(successor.parentProperty().get())
                : "type:" + predecessors.get(0).typeCode();
        if (!basis.equals(preferredFor)) {
            preferredFor = basis;
            if (!predecessors.isEmpty()) {
                successor.preferType(predecessors.get(0).typeCode());
                splitUnits.forEach(f -> f.preferType(predecessors.get(0).typeCode()));
            } else if (successor.parentProperty().get() != null) {
                successor.preferTypeOf(on.children(successor.parentProperty().get().unitId()));
            }
        }
    }

    private void rebuildExisting() {
        Set<Long> ending = predecessors.stream().map(UnitState::unitId).collect(Collectors.toSet());
        boolean dissolve = kind.get() == ReorganisationKind.DISSOLVE;
        Integer rank = predecessors.isEmpty() ? null : predecessors.get(0).tierRank();
        existingChoices.setAll(choicesOn(s -> (rank == null || s.tierRank() == rank)
                && !(dissolve && ending.contains(s.unitId()))));
        UnitChoice chosen = existingSuccessor.get();
        existingSuccessor.set(chosen == null ? null : existingChoices.stream()
                .filter(c -> c.unitId().equals(chosen.unitId())).findFirst().orElse(null));
    }

    private void rebuildSplit() {
        Optional<UnitState> parent = splitParent();
        for (UnitFormModel form : splitUnits) {
            if (!Objects.equals(unitIdOf(form.parentProperty().get()), parent.map(UnitState::unitId).orElse(null))) {
                form.parentProperty().set(parent.orElse(null));
            }
        }
        Map<Long, UnitFormModel> previous = new HashMap<>();
        allocations.forEach(a -> previous.put(a.child.unitId(), a.target.get()));
        List<Allocation> next = new ArrayList<>();
        if (kind.get() == ReorganisationKind.SPLIT && predecessors.size() == 1) {
            for (UnitState child : before.children(predecessors.get(0).unitId())) {
                if (on.contains(child.unitId())) {
                    Allocation a = new Allocation(child);
                    a.target.set(previous.get(child.unitId()));
                    a.target.addListener((obs, old, t) -> validate());
                    next.add(a);
                }
            }
        }
        allocations.setAll(next);
    }

    private static Long unitIdOf(UnitState s) {
        return s == null ? null : s.unitId();
    }

    private void rebuildRename() {
        if (kind.get() != ReorganisationKind.RENAME || predecessors.size() != 1) {
            return;
        }
        UnitState unit = predecessors.get(0);
        if (unit.unitId().equals(renamedFor)) {
            return;
        }
        renamedFor = unit.unitId();
        UnitState parent = unit.parentId() == null ? null : before.unit(unit.parentId()).orElse(null);
        renamed.loadFrom(unit, parent, before.children(unit.unitId()));
        renamedBaseline = renamed.facts();
    }

    private void rebuildNewParent() {
        if (predecessors.size() != 1) {
            newParentChoices.clear();
            newParent.set(null);
            return;
        }
        UnitState unit = predecessors.get(0);
        Set<Long> under = on.subtree(unit.unitId()).stream().map(UnitState::unitId).collect(Collectors.toSet());
        newParentChoices.setAll(choicesOn(s -> s.tierRank() < unit.tierRank() && !under.contains(s.unitId())
                && !s.unitId().equals(unit.parentId())));
        UnitChoice chosen = newParent.get();
        newParent.set(chosen == null ? null : newParentChoices.stream()
                .filter(c -> c.unitId().equals(chosen.unitId())).findFirst().orElse(null));
    }

    private List<UnitChoice> choicesOn(Predicate<UnitState> which) {
        return on.units().stream().filter(which)
                .map(s -> UnitChoice.of(s, labels.withPath(s, on)))
                .sorted(Comparator.comparing(UnitChoice::label, VietnameseCollation.text()))
                .toList();
    }

    // Validation and the sentence

    private void validate() {
        if (rebuilding) {
            return;
        }
        String issue = null;
        if (dateError.get() == null && on != null) {
            issue = textTooLong();
            if (issue == null) {
                issue = switch (kind.get()) {
                    case MERGE -> checkMerge();
                    case SPLIT -> checkSplit();
                    case RENAME -> checkRename();
                    case CHANGE_PARENT -> checkChangeParent();
                    case ESTABLISH -> checkNewUnit(successor);
                    case DISSOLVE -> checkDissolve();
                };
            }
        }
        problem.set(issue);
        preview.set(dateError.get() == null && on != null ? sentence() : "");
        valid.set(dateError.get() == null && on != null && issue == null);
    }

    private String textTooLong() {
        if (legalBasis.get() != null && legalBasis.get().strip().length() > BASIS_MAX) {
            return i18n.format("hierarchy.reorg.error.basisTooLong", BASIS_MAX);
        }
        if (note.get() != null && note.get().strip().length() > NOTE_MAX) {
            return i18n.format("hierarchy.reorg.error.noteTooLong", NOTE_MAX);
        }
        return null;
    }

    private String checkMerge() {
        if (mergeTarget.get() == Target.NEW) {
            if (predecessors.size() < 2) {
                return i18n.get("reorganisation.error.mergeNeedsTwo");
            }
            return checkNewUnit(successor);
        }
        UnitChoice target = existingSuccessor.get();
        if (predecessors.isEmpty()) {
            return i18n.get("reorganisation.error.mergeNeedsTwo");
        }
        if (target == null) {
            return i18n.get("hierarchy.reorg.chooseExisting");
        }
        if (predecessors.size() == 1 && predecessors.get(0).unitId().equals(target.unitId())) {
            return i18n.get("reorganisation.error.mergeNeedsTwo");
        }
        return null;
    }

    private String checkNewUnit(UnitFormModel form) {
        if (!form.isValid()) {
            return i18n.get("hierarchy.reorg.completeNewUnit");
        }
        UnitType type = form.typeProperty().get();
        if (form.parentProperty().get() == null && reference.tierOf(type).rank() > 1) {
            return i18n.get("hierarchy.reorg.chooseParent");
        }
        return null;
    }

    private String checkSplit() {
        if (predecessors.size() != 1) {
            return i18n.get("reorganisation.error.splitNeedsOnePredecessor");
        }
        for (UnitFormModel form : splitUnits) {
            String issue = checkNewUnit(form);
            if (issue != null) {
                return issue;
            }
        }
        Set<String> keys = new HashSet<>();
        for (UnitFormModel form : splitUnits) {
            String key = form.text(UnitFormModel.Field.KEY).get().strip();
            if (!keys.add(key)) {
                return i18n.format("hierarchy.reorg.duplicateKey", key);
            }
        }
        for (Allocation a : allocations) {
            if (a.target.get() == null || !splitUnits.contains(a.target.get())) {
                return i18n.format("reorganisation.error.childNotAllocated", a.child.fullName());
            }
        }
        return null;
    }

    private String checkRename() {
        if (predecessors.size() != 1) {
            return i18n.get("reorganisation.error.needsOneUnit");
        }
        if (!renamed.isValid()) {
            return i18n.get("hierarchy.reorg.completeNewUnit");
        }
        return Objects.equals(renamedBaseline, renamed.facts()) ? i18n.get("hierarchy.edit.nothingChanged") : null;
    }

    private String checkChangeParent() {
        if (predecessors.size() != 1) {
            return i18n.get("reorganisation.error.needsOneUnit");
        }
        return newParent.get() == null ? i18n.get("hierarchy.move.choose") : null;
    }

    private String checkDissolve() {
        if (predecessors.isEmpty()) {
            return i18n.get("reorganisation.error.dissolveNeedsUnit");
        }
        if (existingSuccessor.get() == null) {
            for (UnitState p : predecessors) {
                long members = before.children(p.unitId()).stream().filter(c -> on.contains(c.unitId())).count();
                if (members > 0) {
                    return i18n.format("hierarchy.reorg.dissolveHasMembers", p.fullName(), members);
                }
            }
        }
        return null;
    }

    private String sentence() {
        String day = Formats.date(date.value());
        List<UnitLabels.Named> old = predecessors.stream().map(UnitLabels.Named::of).toList();
        String text = switch (kind.get()) {
            case MERGE -> mergeSentence(old, day);
            case SPLIT -> i18n.format("hierarchy.reorg.preview.split", labels.list(old, true),
                    labels.list(splitUnits.stream().map(this::named).toList(), false), day);
            case RENAME -> i18n.format("hierarchy.reorg.preview.rename", labels.list(old, true),
                    labels.inSentence(named(renamed), false), day);
            case CHANGE_PARENT -> i18n.format("hierarchy.reorg.preview.changeParent", labels.list(old, true),
                    newParent.get() == null ? "…" : labels.inSentence(UnitLabels.Named.of(newParent.get().unit()), false),
                    day);
            case ESTABLISH -> successorParent.get() == null
                    ? i18n.format("hierarchy.reorg.preview.establish", labels.inSentence(named(successor), false), day)
                    : i18n.format("hierarchy.reorg.preview.establishUnder", labels.inSentence(named(successor), false),
                    labels.inSentence(UnitLabels.Named.of(successorParent.get().unit()), false), day);
            case DISSOLVE -> existingSuccessor.get() == null
                    ? i18n.format("hierarchy.reorg.preview.dissolve", labels.list(old, false), day)
                    : i18n.format("hierarchy.reorg.preview.dissolveInto", labels.list(old, false), day,
                    labels.inSentence(UnitLabels.Named.of(existingSuccessor.get().unit()), false));
        };
        String basis = legalBasis.get() == null ? "" : legalBasis.get().strip();
        return basis.isEmpty() ? text : i18n.format("hierarchy.reorg.preview.basis", text, basis);
    }

    private String mergeSentence(List<UnitLabels.Named> old, String day) {
        if (mergeTarget.get() == Target.NEW) {
            return i18n.format("hierarchy.reorg.preview.merge", labels.list(old, true),
                    labels.inSentence(named(successor), false), day);
        }
        UnitChoice target = existingSuccessor.get();
        if (target == null) {
            return i18n.format("hierarchy.reorg.preview.absorb", labels.list(old, true), "…", day);
        }
        List<UnitLabels.Named> others = predecessors.stream().filter(p -> !p.unitId().equals(target.unitId()))
                .map(UnitLabels.Named::of).toList();
        return i18n.format("hierarchy.reorg.preview.absorb", labels.list(others, true),
                labels.inSentence(UnitLabels.Named.of(target.unit()), false), day);
    }

    private UnitLabels.Named named(UnitFormModel form) {
        UnitType type = form.typeProperty().get();
        return new UnitLabels.Named(form.displayName(), type == null ? null : type.nameVi());
    }

    // Result

    /** The plan to record; call only while {@link #validProperty()} is true. */
    ReorganisationPlan plan() {
        LocalDate day = date.value();
        List<Long> ids = predecessors.stream().map(UnitState::unitId).toList();
        String basis = blankToNull(legalBasis.get());
        String text = blankToNull(note.get());
        return switch (kind.get()) {
            case MERGE -> mergeTarget.get() == Target.NEW
                    ? new ReorganisationPlan(ReorganisationKind.MERGE, day, basis, text, ids, List.of(),
                    List.of(successor.newUnit(day)), Map.of(), null)
                    : new ReorganisationPlan(ReorganisationKind.MERGE, day, basis, text, ids,
                    List.of(existingSuccessor.get().unitId()), List.of(), Map.of(), null);
            case SPLIT -> {
                Map<Long, SuccessorRef> targets = new LinkedHashMap<>();
                allocations.forEach(a -> targets.put(a.child.unitId(), new Created(splitUnits.indexOf(a.target.get()))));
                yield new ReorganisationPlan(ReorganisationKind.SPLIT, day, basis, text, ids, List.of(),
                        splitUnits.stream().map(f -> f.newUnit(day)).toList(), targets, null);
            }
            case RENAME -> new ReorganisationPlan(ReorganisationKind.RENAME, day, basis, text, ids, List.of(),
                    List.of(), Map.of(), renamed.facts());
            case CHANGE_PARENT -> new ReorganisationPlan(ReorganisationKind.CHANGE_PARENT, day, basis, text, ids,
                    List.of(), List.of(), Map.of(),
                    HierarchyEditing.editOf(predecessors.get(0)).withParent(newParent.get().unitId()));
            case ESTABLISH -> new ReorganisationPlan(ReorganisationKind.ESTABLISH, day, basis, text, List.of(),
                    List.of(), List.of(successor.newUnit(day)), Map.of(), null);
            case DISSOLVE -> new ReorganisationPlan(ReorganisationKind.DISSOLVE, day, basis, text, ids,
                    existingSuccessor.get() == null ? List.of() : List.of(existingSuccessor.get().unitId()),
                    List.of(), Map.of(), null);
        };
    }

    /** The unit to show once the plan is recorded: what follows the old units, or the changed unit. */
    Optional<String> resultKey() {
        return switch (kind.get()) {
            case MERGE -> mergeTarget.get() == Target.NEW
                    ? Optional.ofNullable(blankToNull(successor.text(UnitFormModel.Field.KEY).get()))
                    : Optional.ofNullable(existingSuccessor.get()).map(c -> c.unit().externalKey());
            case SPLIT -> Optional.ofNullable(blankToNull(splitUnits.get(0).text(UnitFormModel.Field.KEY).get()));
            case ESTABLISH -> Optional.ofNullable(blankToNull(successor.text(UnitFormModel.Field.KEY).get()));
            case DISSOLVE -> Optional.ofNullable(existingSuccessor.get()).map(c -> c.unit().externalKey())
                    .or(() -> predecessors.isEmpty() || predecessors.get(0).parentId() == null ? Optional.empty()
                            : on.unit(predecessors.get(0).parentId()).map(UnitState::externalKey));
            case RENAME, CHANGE_PARENT -> predecessors.isEmpty() ? Optional.empty()
                    : Optional.of(predecessors.get(0).externalKey());
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // Properties

    ObjectProperty<ReorganisationKind> kindProperty() {
        return kind;
    }

    DateInput date() {
        return date;
    }

    LocalDate day() {
        return date.value();
    }

    StringProperty legalBasisProperty() {
        return legalBasis;
    }

    StringProperty noteProperty() {
        return note;
    }

    StringProperty filterProperty() {
        return filter;
    }

    ObservableList<UnitChoice> candidates() {
        return candidates;
    }

    ObservableList<UnitState> predecessors() {
        return predecessors;
    }

    ObjectProperty<Target> mergeTargetProperty() {
        return mergeTarget;
    }

    UnitFormModel successor() {
        return successor;
    }

    ObservableList<UnitChoice> parentChoices() {
        return parentChoices;
    }

    ObjectProperty<UnitChoice> successorParentProperty() {
        return successorParent;
    }

    ObservableList<UnitChoice> existingChoices() {
        return existingChoices;
    }

    ObjectProperty<UnitChoice> existingSuccessorProperty() {
        return existingSuccessor;
    }

    ObservableList<UnitFormModel> splitUnits() {
        return splitUnits;
    }

    ObservableList<Allocation> allocations() {
        return allocations;
    }

    UnitFormModel renamed() {
        return renamed;
    }

    ObservableList<UnitChoice> newParentChoices() {
        return newParentChoices;
    }

    ObjectProperty<UnitChoice> newParentProperty() {
        return newParent;
    }

    @Override
    public ReadOnlyObjectProperty<LocalDate> snapshotDayProperty() {
        return snapshotDay.getReadOnlyProperty();
    }

    ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** True once the trees for the chosen day are in. */
    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
