package org.funnellab.ui.whatif;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.domain.Filters;
import org.funnellab.service.MetricsService;
import org.funnellab.service.PanelBaselines;
import org.funnellab.service.PlannerService;
import org.funnellab.service.Selection;
import org.funnellab.store.Workspace;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The budget planner over a real workspace's fitted curves, optimised and applied, beside the response curves view
 * (or the optimiser's window), written to a PNG for looking at by eye.
 * Arguments: workspace file, "curves" or "optimise", language (en | ru), width, height, out.png, channel index.
 */
public final class PlannerScreenshotMain {
    private PlannerScreenshotMain() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> a = getParameters().getRaw();
            Locale locale = Locale.forLanguageTag("ru".equals(a.get(2)) ? "ru-RU" : "en-US");
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            I18n i18n = new I18n(locale);
            Formats formats = new Formats(locale, "RUB");
            List<BudgetPlanner.ChannelBaseline> channels = new ArrayList<>();
            List<PlannerService.ChannelCurve> curves;
            double clv;
            try (Workspace ws = Workspace.open(Path.of(a.get(0)))) {
                MetricsService service = new MetricsService(ws);
                Selection s = service.select(Filters.ALL);
                PanelBaselines.plannerChannels(s).forEach(b -> channels.add(b.inputs()));
                curves = new PlannerService(service).fit(s);
                clv = PanelBaselines.clvPerCustomer(s).orElse(0);
            }
            ResponseCurvesViewModel cvm = new ResponseCurvesViewModel(curves);
            BudgetPlannerViewModel vm = new BudgetPlannerViewModel(channels, cvm.plannedCurves(), 15, clv, formats);
            ResponseCurvesView curvesView = new ResponseCurvesView(cvm, i18n, formats, new ChartStyle(false, 1f));
            curvesView.follow(vm);
            OptimiseViewModel o = new OptimiseViewModel(vm);
            OptimiseView optimiseView = new OptimiseView(o, i18n, formats);
            o.optimise();
            cvm.selectedProperty().set(Integer.parseInt(a.get(6)));
            SplitPane root = "curves".equals(a.get(1))
                    ? new SplitPane(new BudgetPlannerView(vm, i18n, new ChartStyle(false, 1f)), curvesView)
                    : new SplitPane(new BudgetPlannerView(vm, i18n, new ChartStyle(false, 1f)), optimiseView);
            root.setDividerPositions(0.5);
            Scene scene = new Scene(root, Double.parseDouble(a.get(3)), Double.parseDouble(a.get(4)));
            scene.getStylesheets().add(App.class.getResource("/org/funnellab/ui/funnellab.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            if ("curves".equals(a.get(1))) {
                o.apply();
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
