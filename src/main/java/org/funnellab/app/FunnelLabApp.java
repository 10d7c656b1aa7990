package org.funnellab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.funnellab.ui.export.ExportContext;
import org.funnellab.ui.export.ExportMenus;
import org.funnellab.service.WorkingState;
import org.funnellab.store.DefaultWorkspace;
import org.funnellab.ui.common.FxTaskExecutor;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.common.TrackingTaskExecutor;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The desktop application. The window shows at once; the workspace (the last one used, or the default one,
 * created with demo data on first start) opens in the background and the screens fill in when it is read.
 * System properties for scripted runs: {@code funnellab.workspace} (a file to open), {@code funnellab.lang},
 * {@code funnellab.dataDir} (instead of the user's data folder: preferences and the default workspace),
 * {@code funnellab.dark}, {@code funnellab.screen} (the screen to show first), {@code funnellab.measureStartup}
 * (print the time from process start to the first window and to the first data shown, then quit; with
 * {@code funnellab.measureScreens} it visits every screen first and reports the memory after that),
 * {@code funnellab.present} (start in presentation mode at {@code funnellab.screen}).
 * A workspace file given as the only argument is opened instead of the last one used.
 */
public final class FunnelLabApp extends Application {
    private Stage stage;
    private Path dataFolder;
    private MainWindow window;
    private UserPreferences preferences;
    private TrackingTaskExecutor executor;
    private TrackingTaskExecutor workspaceExecutor;
    private WorkspaceViewModel workspace;
    /** Presentation mode, the meeting pack and the export notes of the window on show. */
    private MeetingControls meeting;
    private ExportContext exportContext;
    private List<Screen> screens;
    /** The last bounds the window had while neither maximised nor full screen: what is remembered. */
    private WindowPlacement.Rect normalBounds;
    private WorkingState working;
    private WorkingStateAutosave autosave;
    private AppContext context;

    private Locale shownLocale;
    private boolean shownDark;
    private String shownCurrency;
    private boolean currencyChanged;
    private List<String> screenIds = List.of();

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        String dataDir = System.getProperty("funnellab.dataDir");
        dataFolder = dataDir != null ? Path.of(dataDir) : DefaultWorkspace.location().getParent();
        preferences = UserPreferences.load(UserPreferences.defaultFile(dataFolder));
        executor = new TrackingTaskExecutor(new FxTaskExecutor());
        workspaceExecutor = new TrackingTaskExecutor(new FxTaskExecutor(1, "funnellab-workspace"));
        workspace = new WorkspaceViewModel(workspaceExecutor, new FiltersViewModel());
        workspace.setOnOpened(file -> preferences.workspaceOpened(file));
        working = new WorkingState();
        autosave = new WorkingStateAutosave(working, workspace, workspaceExecutor);
        // The workspace opens on its own thread while this one builds the window: its figures arrive on this
        // thread once start() has returned.
        openFirstWorkspace();

        String lang = System.getProperty("funnellab.lang", preferences.language());
        Locale locale = lang != null ? Locale.forLanguageTag(lang) : I18n.defaultUiLocale(Locale.getDefault());
        boolean dark = System.getProperty("funnellab.dark") != null ? Boolean.getBoolean("funnellab.dark")
                : preferences.dark();
        WindowPlacement.Placement place = placement();
        normalBounds = place.bounds();
        show(locale, dark, System.getProperty("funnellab.screen", "dashboard"));
        // Money formats follow the workspace currency: another currency rebuilds the screens (after an import
        // in progress, once it is finished).
        workspace.currencyProperty().addListener((obs, o, n) -> {
            if (n != null && !n.equals(shownCurrency)) {
                if ("import".equals(window.currentScreen())) {
                    currencyChanged = true;
                } else {
                    show(shownLocale, shownDark, window.currentScreen());
                }
            }
        });
        for (int size : new int[] {16, 32, 64, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(Objects.requireNonNull(
                    FunnelLabApp.class.getResource("/org/funnellab/ui/icon/icon-" + size + ".png")).toExternalForm()));
        }
        Rectangle2D visible = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(1024, visible.getWidth()));
        stage.setMinHeight(Math.min(680, visible.getHeight()));
        stage.setX(place.bounds().x());
        stage.setY(place.bounds().y());
        stage.setWidth(place.bounds().width());
        stage.setHeight(place.bounds().height());
        stage.setMaximized(place.maximized());
        stage.setOnCloseRequest(e -> quit());
        stage.show();
        trackNormalBounds();
        // Tool windows (goal seek, sensitivity, uncertainty) get the same copy / export menu as the main window.
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    if (w instanceof Stage && w != stage && w.getScene() != null && exportContext != null) {
                        ExportMenus.install(w.getScene(), exportContext);
                    }
                }
            }
        });
        if (Boolean.getBoolean("funnellab.present")) {
            Platform.runLater(() -> meeting.present());
        }
        if (Boolean.getBoolean("funnellab.measureStartup")) {
            StartupTimer.report(workspace, stage.getScene(), screenIds, id -> window.show(id),
                    () -> window.currentScreen() != null);
        }
    }

    private WindowPlacement.Placement placement() {
        List<WindowPlacement.Rect> visible = new java.util.ArrayList<>();
        visible.add(rect(javafx.stage.Screen.getPrimary().getVisualBounds()));
        javafx.stage.Screen.getScreens().stream().filter(sc -> !sc.equals(javafx.stage.Screen.getPrimary()))
                .forEach(sc -> visible.add(rect(sc.getVisualBounds())));
        UserPreferences.WindowState w = preferences.window();
        return WindowPlacement.place(visible, w == null ? null : new WindowPlacement.Rect(w.x, w.y, w.width, w.height),
                w != null && w.maximized);
    }

    private static WindowPlacement.Rect rect(Rectangle2D r) {
        return new WindowPlacement.Rect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    private void trackNormalBounds() {
        javafx.beans.InvalidationListener l = obs -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()) {
                normalBounds = new WindowPlacement.Rect(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(l);
        stage.yProperty().addListener(l);
        stage.widthProperty().addListener(l);
        stage.heightProperty().addListener(l);
    }

    private void rememberWindow() {
        if (preferences != null && normalBounds != null && stage != null) {
            preferences.setWindow(normalBounds.x(), normalBounds.y(), normalBounds.width(), normalBounds.height(),
                    stage.isMaximized());
        }
    }

    private void openFirstWorkspace() {
        String explicit = System.getProperty("funnellab.workspace");
        if (explicit != null) {
            workspace.open(Path.of(explicit));
            return;
        }
        // A workspace file given on the command line: what a file manager passes when one is opened with FunnelLab.
        Optional<Path> given = LaunchArguments.parse(getParameters().getRaw().toArray(String[]::new)).workspace();
        if (given.isPresent()) {
            workspace.open(given.get());
            preferences.workspaceOpened(given.get());
            return;
        }
        List<Path> recent = preferences.recentWorkspaces();
        // only a file that is a database is reopened: a data file that once failed to open must not stall the start
        if (!recent.isEmpty() && Files.isRegularFile(recent.get(0)) && !AppMenu.isDataFile(recent.get(0))) {
            workspace.open(recent.get(0));
        } else {
            Path file = dataFolder.resolve(DefaultWorkspace.FILE_NAME);
            workspace.open(() -> DefaultWorkspace.openOrCreate(file, java.time.YearMonth.now()));
        }
    }

    private void show(Locale locale, boolean dark, String screenId) {
        shownLocale = locale;
        shownDark = dark;
        shownCurrency = workspace.currencyProperty().get();
        currencyChanged = false;
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        if (context != null) {
            // The screens being replaced stop listening to the workspace, the filters and the working state.
            context.close();
        }
        AppContext ctx = new AppContext(locale, dark, workspace, preferences, executor, workspaceExecutor, working);
        context = ctx;
        WhatIfScreens whatIf = ctx.whatIf();
        ScenarioScreens scenarioScreens = ctx.scenarios();
        screens = List.of(
                new Screen("dashboard", "nav.dashboard", ctx::dashboard),
                new Screen("import", "nav.import", ctx::importScreen),
                new Screen("nonTarget", "nav.nonTarget", whatIf::nonTargetCost),
                new Screen("cacClv", "nav.cacClv", whatIf::cacClv),
                new Screen("velocity", "nav.velocity", whatIf::pipelineVelocity),
                new Screen("planner", "nav.planner", whatIf::budgetPlanner),
                new Screen("scenarios", "nav.scenarios", scenarioScreens::screen));
        screenIds = screens.stream().map(Screen::id).toList();
        java.util.function.Consumer<Path> importFile = file -> {
            window.show("import");
            ctx.importWizard().startWith(file);
        };
        if (meeting != null) {
            meeting.leave();
        }
        MeetingControls controls = new MeetingControls(stage, ctx, workspace, screens, () -> window,
                () -> exportContext);
        meeting = controls;
        window = new MainWindow(ctx, screens, AppMenu.create(ctx, stage, this::quit, importFile, controls::present,
                controls::meetingPack),
                (l, d) -> {
            preferences.setLanguage(l.toLanguageTag());
            preferences.setDark(d);
            show(l, d, window.currentScreen());
        });
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(window.root(), normalBounds.width(), normalBounds.height());
            stage.setScene(scene);
        } else {
            scene.setRoot(window.root());
        }
        scene.getAccelerators().clear();
        window.installShortcuts(scene, controls::present);
        exportContext = new ExportContext(ctx.i18n(), executor, controls::exportNotes, dark,
                ctx.chartStyle().toLight());
        ExportMenus.install(scene, exportContext);
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.S,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> scenarioScreens.saveShortcut(stage));
        ctx.importWizard().setOnFinished(() -> {
            if (currencyChanged) {
                show(shownLocale, shownDark, "dashboard");
            } else {
                window.show("dashboard");
            }
        });
        // Dropping a CSV / XLSX export anywhere on the window opens the import wizard with it.
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                importFile.accept(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        scene.getStylesheets().setAll(Objects.requireNonNull(
                FunnelLabApp.class.getResource("/org/funnellab/ui/funnellab.css")).toExternalForm());
        window.root().getStyleClass().removeAll("theme-dark", "theme-light");
        window.root().getStyleClass().add(dark ? "theme-dark" : "theme-light");
        stage.setTitle(ctx.i18n().get("app.title"));
        String first = screens.stream().anyMatch(s -> s.id().equals(screenId)) ? screenId : screens.get(0).id();
        if (stage.isShowing() || Boolean.getBoolean("funnellab.present")) {
            window.show(first);
        } else {
            // At launch the window's frame (menu, navigation, filters) is painted first and the screen is built
            // right after it: the window is there sooner, and the screen's work overlaps the workspace opening.
            MainWindow building = window;
            Scene shell = scene;
            Runnable[] afterFirstFrame = new Runnable[1];
            afterFirstFrame[0] = () -> {
                shell.removePostLayoutPulseListener(afterFirstFrame[0]);
                Platform.runLater(() -> {
                    if (window == building && building.currentScreen() == null) {
                        building.show(first);
                    }
                });
            };
            shell.addPostLayoutPulseListener(afterFirstFrame[0]);
        }
    }

    /** The what-if panels' working state (for tests: it outlives every screen). */
    WorkingState working() {
        return working;
    }

    private void quit() {
        rememberWindow();
        Platform.exit();
    }

    /** How long quitting waits for the workspace thread to finish the statement it is in. */
    private static final java.time.Duration SHUTDOWN_WAIT = java.time.Duration.ofSeconds(10);

    /** See {@link Shutdown}: tasks cancelled, the workspace thread's work ended, the workspace closed there. */
    @Override
    public void stop() {
        rememberWindow();
        if (autosave != null) {
            autosave.flush();
        }
        if (executor != null) {
            Shutdown.run(executor, workspaceExecutor, workspace, SHUTDOWN_WAIT);
        }
        if (preferences != null) {
            preferences.close();
        }
    }
}
