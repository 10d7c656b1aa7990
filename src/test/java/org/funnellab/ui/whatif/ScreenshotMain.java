package org.funnellab.ui.whatif;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;

import javax.imageio.ImageIO;
import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * Shows one what-if panel with demo data and writes a PNG of it, for looking at layouts by eye.
 * Arguments: panel (cacClv | velocity | planner), language (en | ru), theme (light | dark), width, height, file,
 * optionally the index of an input to move, and "budget" for the planner's total-budget mode.
 */
public final class ScreenshotMain {
    private ScreenshotMain() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application; {@code main} lives outside it so the classpath launch needs no module flags. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> a = getParameters().getRaw();
            String panel = a.get(0);
            Locale locale = Locale.forLanguageTag("ru".equals(a.get(1)) ? "ru-RU" : "en-US");
            boolean dark = "dark".equals(a.get(2));
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            I18n i18n = new I18n(locale);
            Formats formats = new Formats(locale, "RUB");
            ChartStyle style = new ChartStyle(dark, 1f);
            WhatIfViewModel vm;
            Parent view;
            switch (panel) {
                case "cacClv" -> {
                    CacClvViewModel m = CacClvViewModel.demo(formats);
                    vm = m;
                    view = new CacClvView(m, i18n, style);
                }
                case "velocity" -> {
                    PipelineVelocityViewModel m = PipelineVelocityViewModel.demo(formats);
                    vm = m;
                    view = new PipelineVelocityView(m, i18n, style);
                }
                default -> {
                    BudgetPlannerViewModel m = BudgetPlannerViewModel.demo(formats);
                    vm = m;
                    view = new BudgetPlannerView(m, i18n, style);
                }
            }
            Scene scene = new Scene(view, Double.parseDouble(a.get(3)), Double.parseDouble(a.get(4)));
            scene.getStylesheets().add(App.class.getResource("/org/funnellab/ui/funnellab.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            if (a.size() > 7 && vm instanceof BudgetPlannerViewModel planner) {
                planner.budgetModeProperty().set(true);
            }
            if (a.size() > 6) {
                // Optional: move one input so the scenario differs from the baseline.
                InputViewModel in = vm.inputs().get(Integer.parseInt(a.get(6)));
                in.setValue(in.value() * 1.5 + 1);
            }
            Platform.runLater(() -> Platform.runLater(() -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(a.get(5)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                Platform.exit();
            }));
        }
    }
}
