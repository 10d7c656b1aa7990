package org.funnellab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.funnellab.service.WorkingState;
import org.funnellab.store.DefaultWorkspace;
import org.funnellab.ui.common.FxTaskExecutor;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The desktop application. The window shows at once; the workspace (the last one used, or the default one,
 * created with demo data on first start) opens in the background and the screens fill in when it is read.
 * System properties for scripted runs: {@code funnellab.workspace} (a file to open), {@code funnellab.lang},
 * {@code funnellab.dataDir} (instead of the user's data folder: preferences and the default workspace),
 * {@code funnellab.dark}, {@code funnellab.screen} (the screen to show first), {@code funnellab.measureStartup}
 * (print the time from process start to the first window and to the first data shown, then quit).
 */
public final class FunnelLabApp extends Application {
    private Stage stage;
    private Path dataFolder;
    private MainWindow window;
    private UserPreferences preferences;
    private FxTaskExecutor executor;
    private FxTaskExecutor workspaceExecutor;
    private WorkspaceViewModel workspace;
    private WorkingState working;
    private WorkingStateAutosave autosave;
    private AppContext context;

    private Locale shownLocale;
    private boolean shownDark;
    private String shownCurrency;
    private boolean currencyChanged;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        String dataDir = System.getProperty("funnellab.dataDir");
        dataFolder = dataDir != null ? Path.of(dataDir) : DefaultWorkspace.location().getParent();
        preferences = UserPreferences.load(UserPreferences.defaultFile(dataFolder));
        executor = new FxTaskExecutor();
        workspaceExecutor = new FxTaskExecutor(1, "funnellab-workspace");
        workspace = new WorkspaceViewModel(workspaceExecutor, new FiltersViewModel());
        working = new WorkingState();
        autosave = new WorkingStateAutosave(working, workspace, workspaceExecutor);

        String lang = System.getProperty("funnellab.lang", preferences.language());
        Locale locale = lang != null ? Locale.forLanguageTag(lang) : I18n.defaultUiLocale(Locale.getDefault());
        boolean dark = System.getProperty("funnellab.dark") != null ? Boolean.getBoolean("funnellab.dark")
                : preferences.dark();
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
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
        stage.setOnCloseRequest(e -> quit());
        stage.show();
        if (Boolean.getBoolean("funnellab.measureStartup")) {
            StartupTimer.report(workspace, stage.getScene());
        }
        openFirstWorkspace();
    }

    private void openFirstWorkspace() {
        String explicit = System.getProperty("funnellab.workspace");
        if (explicit != null) {
            workspace.open(Path.of(explicit));
            return;
        }
        List<Path> recent = preferences.recentWorkspaces();
        if (!recent.isEmpty() && Files.isRegularFile(recent.get(0))) {
            workspace.open(recent.get(0));
        } else {
            Path file = dataFolder.resolve(DefaultWorkspace.FILE_NAME);
            workspace.open(() -> DefaultWorkspace.openOrCreate(file, java.time.YearMonth.now()));
            preferences.workspaceOpened(file);
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
        List<Screen> screens = List.of(
                new Screen("dashboard", "nav.dashboard", ctx::dashboard),
                new Screen("import", "nav.import", ctx::importScreen),
                new Screen("nonTarget", "nav.nonTarget", whatIf::nonTargetCost),
                new Screen("cacClv", "nav.cacClv", whatIf::cacClv),
                new Screen("velocity", "nav.velocity", whatIf::pipelineVelocity),
                new Screen("planner", "nav.planner", whatIf::budgetPlanner),
                new Screen("scenarios", "nav.scenarios", scenarioScreens::screen));
        java.util.function.Consumer<Path> importFile = file -> {
            window.show("import");
            ctx.importWizard().startWith(file);
        };
        window = new MainWindow(ctx, screens, AppMenu.create(ctx, stage, this::quit, importFile), (l, d) -> {
            preferences.setLanguage(l.toLanguageTag());
            preferences.setDark(d);
            show(l, d, window.currentScreen());
        });
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(window.root(), 1360, 860);
            stage.setScene(scene);
        } else {
            scene.setRoot(window.root());
        }
        scene.getAccelerators().clear();
        window.installShortcuts(scene);
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
        window.show(screens.stream().anyMatch(s -> s.id().equals(screenId)) ? screenId : screens.get(0).id());
    }

    /** The what-if panels' working state (for tests: it outlives every screen). */
    WorkingState working() {
        return working;
    }

    private void quit() {
        Platform.exit();
    }

    @Override
    public void stop() {
        if (autosave != null) {
            autosave.flush();
        }
        if (workspace != null) {
            workspace.close();
        }
        if (preferences != null) {
            preferences.close();
        }
        if (executor != null) {
            executor.close();
            workspaceExecutor.close();
        }
    }
}
