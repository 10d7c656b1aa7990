package org.funnellab.ui.dashboard;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.FxTaskExecutor;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.shell.FiltersBar;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;

/** Shows the dashboard over a demo workspace for a look under Xvfb: args {@code <lang> <dark> <width> <height> [bottom|empty]}. */
public final class ScreenshotMain {
    private ScreenshotMain() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window; a separate class so the JavaFX launcher check passes on the classpath. */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        Locale locale = Locale.forLanguageTag(args.isEmpty() ? "en-US" : args.get(0));
        boolean dark = args.size() > 1 && Boolean.parseBoolean(args.get(1));
        int w = args.size() > 2 ? Integer.parseInt(args.get(2)) : 1440;
        int h = args.size() > 3 ? Integer.parseInt(args.get(3)) : 900;
        // a scratch folder in the build output, replaced on every run
        Path file = Files.createDirectories(Path.of("target", "screenshot-work", "dashboard")).resolve("demo.sqlite");
        Files.deleteIfExists(file);
        try (Workspace ws = Workspace.open(file)) {
            if (!(args.size() > 4 && "empty".equals(args.get(4)))) {
                DemoData.fill(ws, YearMonth.of(2025, 12));
            }
        }
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        FxTaskExecutor executor = new FxTaskExecutor(1, "ws");
        FiltersViewModel filters = new FiltersViewModel();
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, filters);
        I18n i18n = new I18n(locale);
        DashboardViewModel vm = new DashboardViewModel(workspace, executor, new Formats(locale, "RUB"));
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(
                new DashboardView(vm, i18n, new ChartStyle(dark, 1f)));
        root.setTop(new FiltersBar(filters, i18n));
        javafx.scene.layout.Region nav = new javafx.scene.layout.Region();
        nav.setPrefWidth(200);
        nav.getStyleClass().add("nav");
        root.setLeft(nav);
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(ScreenshotMain.class.getResource("/org/funnellab/ui/funnellab.css").toExternalForm());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        workspace.open(file);
        if (args.size() > 4 && "bottom".equals(args.get(4))) {
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(5));
            later.setOnFinished(e -> ((javafx.scene.control.ScrollPane) scene.lookup("#dashboardScroll")).setVvalue(1));
            later.play();
        }
    }

    }
}
