package org.diaban.ui.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.importing.hierarchy.HierarchyImporter;
import org.diaban.importing.legacy.commit.LegacyImportService;
import org.diaban.service.Services;
import org.diaban.service.common.DataChanges;
import org.diaban.service.search.SearchHit;
import org.diaban.ui.activities.ActivitiesWorkspaces;
import org.diaban.ui.cadres.CadreEditing;
import org.diaban.ui.cadres.CadreRegistryPane;
import org.diaban.ui.cadres.CadreRegistryViewModel;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.common.TaskRunner;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.compliance.CompliancePane;
import org.diaban.ui.compliance.ComplianceViewModel;
import org.diaban.ui.concerns.ConcernsPane;
import org.diaban.ui.dashboard.DashboardPane;
import org.diaban.ui.dashboard.DashboardViewModel;
import org.diaban.ui.hierarchy.HierarchyPane;
import org.diaban.ui.hierarchy.HierarchyViewModel;
import org.diaban.ui.hierarchy.UnitEditing;
import org.diaban.ui.importing.LegacyImporting;
import org.diaban.ui.importing.LegacyImports;
import org.diaban.ui.report.ReportMaking;
import org.diaban.ui.report.ReportSession;
import org.diaban.ui.report.ReportWindows;
import org.diaban.ui.report.SaveChooser;
import org.diaban.ui.search.SearchBox;
import org.diaban.ui.search.SearchViewModel;

/**
 * The main window. It shows at once, with its menus working, and fills in its workspaces when
 * the database is ready ({@link #attach}). Switching the language rebuilds it in place.
 */
public final class MainWindow {

    private final Stage stage;
    private final Supplier<String> language;
    private final Consumer<String> saveLanguage;
    private final TaskRunner tasks = new TaskRunner();
    private final UndoManager undo = new UndoManager(tasks);
    private final ObjectProperty<LocalDate> viewDate = new SimpleObjectProperty<>(LocalDate.now());
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty reportsAvailable = new SimpleBooleanProperty(false);
    private Consumer<Path> fileOpener = file -> { };
    private SaveChooser saveChooser;
    private ReportSession reportSession;
    private ReportMaking reportMaking;
    private ReportWindows reports;

    private I18n i18n;
    private Services services;
    private BorderPane root;
    private TabPane tabs;
    private Tab hierarchyTab;
    private Tab cadresTab;
    /** Every tab's workspace, in tab order; menus and shortcuts act on the one showing. */
    private final Map<Tab, Workspace> workspaces = new LinkedHashMap<>();
    private StatusBar status;
    private MainToolbar toolbar;
    private HierarchyPane hierarchy;
    private CadreRegistryPane cadres;
    private SearchBox search;
    private Scene scene;

    public MainWindow(Stage stage, I18n i18n, Supplier<String> language, Consumer<String> saveLanguage) {
        this.stage = stage;
        this.i18n = i18n;
        this.language = language;
        this.saveLanguage = saveLanguage;
        build();
        scene = new Scene(root);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
    }

    private void build() {
        stage.setTitle(i18n.get("app.title"));
        root = new BorderPane();
        root.setId("main-window");
        toolbar = new MainToolbar(i18n, viewDate);
        MainMenu menu = new MainMenu(i18n, new MenuCommands(), undo, language.get(), reportsAvailable);
        root.setTop(new VBox(menu.view(), toolbar.view()));
        tabs = null;
        root.setCenter(loading());
        status = new StatusBar(i18n);
        root.setBottom(status.view());
        // a rebuild (language switch) swaps the root; the stage may hold another window's scene
        if (scene != null) {
            scene.setRoot(root);
        }
    }

    /**
     * Builds what the first frame can do without: the tabs and the calendar. The start-up calls
     * it once the window is on screen, {@link #attach} at the latest.
     */
    public void completeLayout() {
        if (tabs != null) {
            return;
        }
        toolbar.completeControls();
        // our style sheet waits for the second frame: parsing text CSS loads a parser the default
        // (binary) theme does not need, and the first frame only has menus and labels
        String css = MainWindow.class.getResource("/org/diaban/ui/diaban.css").toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        hierarchyTab = new Tab(i18n.get("tab.hierarchy"), loading());
        cadresTab = new Tab(i18n.get("tab.cadres"), loading());
        hierarchyTab.setClosable(false);
        cadresTab.setClosable(false);
        hierarchyTab.setId("tab-hierarchy");
        cadresTab.setId("tab-cadres");
        tabs = new TabPane(hierarchyTab, cadresTab);
        workspaces.clear();
        root.setCenter(tabs);
    }

    /** A plain text while the data opens: a spinner here would delay the first frame noticeably. */
    private StackPane loading() {
        Label text = new Label(i18n.get("app.loading"));
        text.getStyleClass().add("placeholder-text");
        return new StackPane(text);
    }

    /** Builds the workspaces on the opened services, without file import; called on the FX thread. */
    public void attach(Services ready) {
        attach(ready, null, null);
    }

    /**
     * Builds the workspaces on the opened services; called on the FX thread. The importers may be
     * null: their menu items then do nothing.
     */
    public void attach(Services ready, HierarchyImporter hierarchyImporter, LegacyImportService legacyImporter) {
        attach(ready, hierarchyImporter, legacyImporter, null);
    }

    /**
     * As above, with the report service behind the report dialog and the dashboard; without it
     * (null) the report menu item is disabled and there is no dashboard.
     */
    public void attach(Services ready, HierarchyImporter hierarchyImporter, LegacyImportService legacyImporter,
                       ReportMaking reportMaking) {
        completeLayout();
        this.reportMaking = reportMaking;
        this.services = ready;
        this.importer = hierarchyImporter;
        this.legacyImporter = legacyImporter;
        this.dataLoading = new DataLoading(stage, i18n, ready.demo(), hierarchyImporter, tasks, undo);
        this.legacyImporting = legacyImporter == null ? null : new LegacyImporting(stage, i18n,
                LegacyImports.of(legacyImporter, ready.hierarchyQueries()), tasks, undo::clear);
        ErrorMessages errors = new ErrorMessages(i18n);
        Dialogs dialogs = new Dialogs(i18n);

        HierarchyViewModel hierarchyModel = new HierarchyViewModel(ready.hierarchyQueries(), ready.unitDetails(),
                tasks, errors, viewDate);
        hierarchy = new HierarchyPane(i18n, hierarchyModel);
        hierarchy.setActions(new UnitEditing(stage, i18n, ready.hierarchyEditing(), ready.reorganisations(),
                ready.hierarchyQueries(), ready.reference(), tasks, undo, hierarchyModel));
        hierarchyTab.setContent(hierarchy.view());
        hierarchyModel.loadedOnceProperty().addListener((obs, was, loaded) -> {
            if (loaded) {
                this.ready.set(true);
            }
        });

        CadreRegistryViewModel cadreModel = new CadreRegistryViewModel(ready.cadres(), tasks, errors, viewDate);
        cadres = new CadreRegistryPane(i18n, cadreModel);
        cadres.setActions(new CadreEditing(ready, cadreModel, tasks, undo, i18n, stage));
        cadresTab.setContent(cadres.view());
        org.diaban.ui.assignments.Assigning assigning = new org.diaban.ui.assignments.Assigning(stage, i18n, ready,
                tasks, undo, viewDate);
        assigning.install(hierarchy);
        cadres.addToBar(assigning.cadreButtons(cadreModel.selectedProperty()));
        workspaces.put(hierarchyTab, hierarchy);
        workspaces.put(cadresTab, cadres);
        var activities = ActivitiesWorkspaces.add(i18n, ready, tasks, undo, stage, tabs, this::addWorkspace,
                hierarchy, cadres);
        int thisYear = ready.clock().today().getYear();
        addWorkspace("tab-compliance", i18n.get("compliance.tab"), new CompliancePane(i18n, new ComplianceViewModel(
                ready.compliance(), Background.on(tasks), errors, thisYear, undo::done,
                p -> i18n.get("compliance.policy.edit")), thisYear));
        ConcernsPane concernsPane = ConcernsPane.create(i18n, stage, ready.concerns(), tasks, undo);
        Tab concernsTab = addWorkspace("tab-concerns", i18n.get("concerns.tab"), concernsPane);
        attachReports(reportMaking, ready.clock().today());
        activities.setOnRaiseConcern(concernsPane::raiseAt);
        status.showNotice(concernsPane.noticeText(), () -> {
            tabs.getSelectionModel().select(concernsTab);
            concernsPane.showOverdue();
        });
        hierarchyModel.loadedOnceProperty().addListener((obs, was, loaded) -> concernsPane.refresh());

        SearchViewModel searchModel = new SearchViewModel(ready.search(), tasks);
        search = new SearchBox(i18n, searchModel);
        search.setOnOpen(this::open);
        toolbar.setSearch(search.view());

        status.showFolder(ready.dataFolder());
        status.bindBusy(hierarchyModel.loadingProperty().or(cadreModel.loadingProperty()));
        if (changeListener != null) {
            ready.changes().unsubscribe(changeListener);
        }
        changeListener = topic -> javafx.application.Platform.runLater(
                () -> workspaces.values().forEach(Workspace::refresh));
        ready.changes().subscribe(changeListener);
        // the tree first: the registry and the search index wait for it rather than compete with it
        hierarchyModel.loadedOnceProperty().addListener((obs, was, loaded) -> {
            if (loaded && !secondaryLoaded) {
                secondaryLoaded = true;
                cadreModel.reload();
                searchModel.warmUp();
            }
        });
        secondaryLoaded = false;
        hierarchyModel.reload();
        WindowShortcuts.install(stage.getScene(), tabs);
        // once the tab shows the tree; before that the focus would fall on the first field of the tool bar
        javafx.application.Platform.runLater(hierarchy::focusMain);
        this.dialogs = dialogs;
    }

    /** The report dialog behind the menu item and the dashboard tab, when there is a report service. */
    private void attachReports(ReportMaking making, LocalDate today) {
        reportsAvailable.set(making != null);
        if (making == null) {
            reports = null;
            return;
        }
        if (reportSession == null) {
            // kept across language switches: the folder last saved to lasts the whole session
            reportSession = new ReportSession(saveChooser != null ? saveChooser
                    : (owner, folder, name) -> SaveChooser.system(i18n).choose(owner, folder, name),
                    file -> fileOpener.accept(file));
        }
        reports = new ReportWindows(stage, i18n, making, tasks, reportSession, today);
        DashboardViewModel dashboard = new DashboardViewModel(making, Background.on(tasks),
                javafx.application.Platform::runLater, i18n, today);
        addWorkspace("tab-dashboard", i18n.get("dashboard.tab"), new DashboardPane(i18n, dashboard, reports::open));
    }

    /** How a written report is opened in the system's program (the app's platform code; nothing by default). */
    public void setFileOpener(Consumer<Path> opener) {
        this.fileOpener = opener == null ? file -> { } : opener;
    }

    /** Replaces the system's save dialog for reports (tests save to a folder of theirs); before {@link #attach}. */
    public void setSaveChooser(SaveChooser chooser) {
        this.saveChooser = chooser;
    }

    private Dialogs dialogs;
    private boolean secondaryLoaded;
    private HierarchyImporter importer;
    private LegacyImportService legacyImporter;
    private LegacyImporting legacyImporting;
    private DataLoading dataLoading;
    private Consumer<DataChanges.Topic> changeListener;

    /** On first start: offers the demo province when the database is empty. */
    public void offerDemoIfEmpty() {
        if (dataLoading != null) {
            dataLoading.offerDemoIfEmpty();
        }
    }

    /** Shows a search hit in its workspace. */
    private void open(SearchHit hit) {
        switch (hit.kind()) {
            case UNIT, HOUSEHOLD -> {
                tabs.getSelectionModel().select(hierarchyTab);
                hierarchy.model().reveal(hit.placeId());
                hierarchy.focusMain();
            }
            case CADRE -> {
                tabs.getSelectionModel().select(cadresTab);
                cadres.model().select(hit.id());
                cadres.focusMain();
            }
            default -> throw new IllegalStateException(hit.kind().name());
        }
    }

    /** The database could not be opened: says why, in the window. */
    public void showFatal(Throwable error) {
        String message = new ErrorMessages(i18n).describe(error);
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("fatal-text");
        StackPane box = new StackPane(text);
        box.setPadding(new javafx.geometry.Insets(40));
        root.setCenter(box);
        status.showFailed();
        new Dialogs(i18n).error(stage, message);
    }

    private Workspace current() {
        if (tabs == null) {
            return hierarchy;
        }
        return workspaces.getOrDefault(tabs.getSelectionModel().getSelectedItem(), hierarchy);
    }

    /** Adds a workspace as a tab after the others; called from {@link #attach}. */
    private Tab addWorkspace(String id, String title, Workspace workspace) {
        Tab tab = new Tab(title, workspace.view());
        tab.setClosable(false);
        tab.setId(id);
        tabs.getTabs().add(tab);
        workspaces.put(tab, workspace);
        return tab;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> viewDateProperty() {
        return viewDate;
    }

    public Stage stage() {
        return stage;
    }

    public UndoManager undoManager() {
        return undo;
    }

    public void shutdown() {
        tasks.close();
    }

    /** What the menus and shortcuts do; they act on the workspace showing. */
    private final class MenuCommands implements MainMenu.Commands {
        @Override
        public void exit() {
            stage.hide();
        }

        @Override
        public void loadDemo() {
            if (dataLoading != null) {
                dataLoading.loadDemoFromMenu();
            }
        }

        @Override
        public void importHierarchy() {
            if (dataLoading != null && importer != null) {
                dataLoading.importHierarchy();
            }
        }

        @Override
        public void importLegacy() {
            if (legacyImporting != null) {
                legacyImporting.openWizard();
            }
        }

        @Override
        public void importHistory() {
            if (legacyImporting != null) {
                legacyImporting.openHistory();
            }
        }

        @Override
        public void makeReport() {
            if (reports != null) {
                reports.open();
            }
        }

        @Override
        public void undo() {
            undo.undo(() -> { }, e -> dialogs.error(stage, new ErrorMessages(i18n).describe(e)));
        }

        @Override
        public void redo() {
            undo.redo(() -> { }, e -> dialogs.error(stage, new ErrorMessages(i18n).describe(e)));
        }

        @Override
        public void addNew() {
            if (services != null) {
                current().addNew();
            }
        }

        @Override
        public void edit() {
            if (services != null) {
                current().editSelected();
            }
        }

        @Override
        public void delete() {
            if (services != null) {
                current().deleteSelected();
            }
        }

        @Override
        public void reorganise() {
            if (services != null) {
                tabs.getSelectionModel().select(hierarchyTab);
                hierarchy.reorganiseSelected();
            }
        }

        @Override
        public void refresh() {
            if (services != null) {
                workspaces.values().forEach(Workspace::refresh);
            }
        }

        @Override
        public void find() {
            if (search != null) {
                search.focus();
            }
        }

        @Override
        public void today() {
            viewDate.set(LocalDate.now());
        }

        @Override
        public void switchLanguage(String code) {
            if (code.equals(language.get())) {
                return;
            }
            saveLanguage.accept(code);
            i18n = new I18n(I18n.localeFor(code));
            build();
            completeLayout();
            if (services != null) {
                attach(services, importer, legacyImporter, reportMaking);
            }
        }

        @Override
        public void about() {
            new Dialogs(i18n).info(stage, i18n.get("about.title"), i18n.get("about.text"));
        }
    }
}
