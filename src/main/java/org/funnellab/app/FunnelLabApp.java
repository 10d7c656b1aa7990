package org.funnellab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
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
import java.util.Optional;

/**
 * The desktop application. The window shows at once; the workspace (the last one used, or the default one,
 * created with demo data on first start) opens in the background and the screens fill in when it is read.
 * System properties for scripted runs: {@code funnellab.workspace} (a file to open), {@code funnellab.lang},
 * {@code funnellab.dataDir} (instead of the user's data folder: preferences and the default workspace),
 * {@code funnellab.dark}, {@code funnellab.screen} (the screen to show first), {@code funnellab.measureStartup}
 * (print the time from process start to the first window and to the first data shown, then quit; with
 * {@code funnellab.measureScreens} it visits every screen first and reports the memory after that).
 * A workspace file given as the only argument is opened instead of the last one used.
 */
public final class FunnelLabApp extends Application {
    private Stage stage;
    private Path dataFolder;
    private MainWindow window;
    private UserPreferences preferences;
    private FxTaskExecutor executor;
    private FxTaskExecutor workspaceExecutor;
    private WorkspaceViewModel workspace;
    private List<String> screenIds = List.of();

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        String dataDir = System.getProperty("funnellab.dataDir");
        dataFolder = dataDir != null ? Path.of(dataDir) : DefaultWorkspace.location().getParent();
        preferences = UserPreferences.load(UserPreferences.defaultFile(dataFolder));
        executor = new FxTaskExecutor();
        workspaceExecutor = new FxTaskExecutor(1, "funnellab-workspace");
        workspace = new WorkspaceViewModel(workspaceExecutor, new FiltersViewModel());

        String lang = System.getProperty("funnellab.lang", preferences.language());
        Locale locale = lang != null ? Locale.forLanguageTag(lang) : I18n.defaultUiLocale(Locale.getDefault());
        boolean dark = System.getProperty("funnellab.dark") != null ? Boolean.getBoolean("funnellab.dark")
                : preferences.dark();
        show(locale, dark, System.getProperty("funnellab.screen", "dashboard"));
        for (int size : new int[] {16, 32, 64, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(Objects.requireNonNull(
                    FunnelLabApp.class.getResource("/org/funnellab/ui/icon/icon-" + size + ".png")).toExternalForm()));
        }
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
        stage.setOnCloseRequest(e -> quit());
        stage.show();
        if (Boolean.getBoolean("funnellab.measureStartup")) {
            StartupTimer.report(workspace, stage.getScene(), screenIds, id -> window.show(id));
        }
        openFirstWorkspace();
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
        if (!recent.isEmpty() && Files.isRegularFile(recent.get(0))) {
            workspace.open(recent.get(0));
        } else {
            Path file = dataFolder.resolve(DefaultWorkspace.FILE_NAME);
            workspace.open(() -> DefaultWorkspace.openOrCreate(file, java.time.YearMonth.now()));
            preferences.workspaceOpened(file);
        }
    }

    private void show(Locale locale, boolean dark, String screenId) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        AppContext ctx = new AppContext(locale, dark, workspace, preferences, executor, workspaceExecutor);
        WhatIfScreens whatIf = ctx.whatIf();
        List<Screen> screens = List.of(
                new Screen("dashboard", "nav.dashboard", ctx::dashboard),
                new Screen("import", "nav.import", ctx::importScreen),
                new Screen("nonTarget", "nav.nonTarget", whatIf::nonTargetCost),
                new Screen("cacClv", "nav.cacClv", whatIf::cacClv),
                new Screen("velocity", "nav.velocity", whatIf::pipelineVelocity),
                new Screen("planner", "nav.planner", whatIf::budgetPlanner));
        screenIds = screens.stream().map(Screen::id).toList();
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
        ctx.importWizard().setOnFinished(() -> window.show("dashboard"));
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

    private void quit() {
        Platform.exit();
    }

    @Override
    public void stop() {
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
