package org.funnellab.ui.importwizard;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.funnellab.store.ImportKind;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.FxTaskExecutor;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Shows the wizard on one step for a look: args {@code <en|ru> <light|dark> <STEP> <fixture> [COSTS|FUNNEL]}.
 * Not a test; run it under Xvfb and take a screenshot.
 */
public final class ScreenshotMain {
    private ScreenshotMain() {
    }

    public static void main(String[] args) {
        Application.launch(Shot.class, args);
    }

    /** The window; a separate class so the launcher itself does not extend Application. */
    public static final class Shot extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        Locale locale = Locale.forLanguageTag(args.get(0).equals("ru") ? "ru-RU" : "en-US");
        boolean dark = args.get(1).equals("dark");
        WizardStep target = WizardStep.valueOf(args.get(2));
        // a scratch folder in the build output, replaced on every run
        Path scratch = Files.createDirectories(Path.of("target", "screenshot-work", "wizard"));
        Files.deleteIfExists(scratch.resolve("w.sqlite"));
        Path file;
        if (args.get(3).startsWith("demo:")) {
            file = scratch.resolve("demo_leads.csv");
            org.funnellab.store.DemoData.writeLeadsCsv(file, Integer.parseInt(args.get(3).substring(5)), 7);
        } else if (args.get(3).startsWith("real:")) {
            file = Path.of(Objects.requireNonNull(ScreenshotMain.class.getResource(
                    "/org/funnellab/importer/real/" + args.get(3).substring(5))).toURI());
        } else {
            file = WizardFixtures.fixture(args.get(3));
        }
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        FxTaskExecutor executor = new FxTaskExecutor(1, "screenshot-workspace");
        WorkspaceViewModel ws = WizardFixtures.openWorkspace(scratch.resolve("w.sqlite"),
                executor);
        ImportWizardViewModel vm = new ImportWizardViewModel(ws, executor, new Formats(locale, "RUB"));
        ImportWizardView view = new ImportWizardView(vm, new I18n(locale), new Formats(locale, "RUB"));
        view.getStyleClass().add(dark ? "theme-dark" : "theme-light");
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                ScreenshotMain.class.getResource("/org/funnellab/ui/funnellab.css")).toExternalForm());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        if (args.size() > 4) {
            vm.file().kindProperty().set(ImportKind.valueOf(args.get(4)));
        }
        vm.startWith(file);
        Timeline walk = new Timeline(new KeyFrame(Duration.millis(600), e -> {
            if (vm.stepProperty().get() == WizardStep.MAPPING && vm.mapping().column(
                    org.funnellab.importer.mapping.ColumnRole.CREATED_AT) == null) {
                // as a user would: the first date column no name calls "created" becomes the created date
                vm.mapping().columns().stream().filter(c -> c.header().toLowerCase(Locale.ROOT).contains("date"))
                        .findFirst().ifPresent(c -> c.roleProperty().set(org.funnellab.importer.mapping.ColumnRole.CREATED_AT));
            }
            if (vm.busyProperty().get() || vm.file().busyProperty().get() || vm.stepProperty().get() == target) {
                return;
            }
            if (vm.stepProperty().get() == WizardStep.CHECK) {
                vm.startImport();
            } else if (vm.stepProperty().get().ordinal() < target.ordinal()) {
                vm.next();
            }
        }));
        walk.setCycleCount(Timeline.INDEFINITE);
        walk.play();
    }

    }
}
