package org.funnellab.ui.whatif.tools;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.whatif.NonTargetCostView;
import org.funnellab.ui.whatif.NonTargetCostViewModel;

import java.util.Locale;
import java.util.Objects;

/**
 * Shows the non-target panel with one tool open, for looking at it under a virtual display:
 * args {@code <en|ru> <light|dark> <goal|sensitivity|uncertainty>}.
 */
public final class ScreenshotMain extends Application {
    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        Locale locale = Locale.forLanguageTag(args.get(0).equals("ru") ? "ru-RU" : "en-US");
        boolean dark = args.get(1).equals("dark");
        String tool = args.get(2);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        I18n i18n = new I18n(locale);
        NonTargetCostViewModel vm = new NonTargetCostViewModel(
                new NonTargetCostModel.Inputs(1000, 0.5, 15, 2, 100_000, 160, 1.2, 0.1, 300, 2_000_000),
                new Formats(locale, "RUB"));
        NonTargetCostView view = new NonTargetCostView(vm, i18n, new ChartStyle(dark, 1f));
        WhatIfToolsBar.install(view, vm, i18n, new org.funnellab.ui.common.FxTaskExecutor(), new ChartStyle(dark, 1f));
        view.getStyleClass().add(dark ? "theme-dark" : "theme-light");
        Scene scene = new Scene(view, 1440, 900);
        scene.getStylesheets().add(Objects.requireNonNull(
                ScreenshotMain.class.getResource("/org/funnellab/ui/funnellab.css")).toExternalForm());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        Platform.runLater(() -> {
            WhatIfToolsBar bar = (WhatIfToolsBar) scene.lookup("#whatIfToolsBar");
            switch (tool) {
                case "goal" -> {
                    bar.openGoalSeek();
                    select(scene, "#goalSeekOutput", "wastedSalaryMonth");
                    select(scene, "#goalSeekInput", "nonTargetShare");
                    TextField t = (TextField) lookup(scene, "#goalSeekTarget");
                    t.setText(args.size() > 3 ? args.get(3) : "50000");
                    ((Button) lookup(scene, "#goalSeekRun")).fire();
                }
                case "sensitivity" -> {
                    if (args.size() > 4) {
                        vm.input("managers").setValue(0);
                    }
                    bar.openSensitivity();
                    select(scene, "#sensitivityOutput", args.size() > 3 ? args.get(3) : "wastedSalaryMonth");
                }
                default -> {
                    bar.openUncertainty();
                    select(scene, "#uncertaintyOutput", "wastedSalaryMonth");
                    ((Button) lookup(scene, "#uncertaintyRun")).fire();
                }
            }
        });
    }

    private static javafx.scene.Node lookup(Scene owner, String id) {
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            javafx.scene.Node n = w.getScene().lookup(id);
            if (n != null) {
                return n;
            }
        }
        throw new IllegalStateException(id);
    }

    @SuppressWarnings("unchecked")
    private static void select(Scene owner, String id, String item) {
        ((ComboBox<String>) lookup(owner, id)).getSelectionModel().select(item);
    }

    /** Starts through a class that is not an Application, as the app's Launcher does, so JavaFX may sit on the classpath. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(ScreenshotMain.class, args);
        }
    }
}
