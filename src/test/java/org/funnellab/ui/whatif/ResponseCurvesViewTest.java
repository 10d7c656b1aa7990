package org.funnellab.ui.whatif;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.funnellab.calc.BudgetOptimizer;
import org.funnellab.calc.BudgetPlanner.ChannelBaseline;
import org.funnellab.calc.ResponseCurve;
import org.funnellab.service.PlannerService;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The response curves view and the optimiser over a planner on fitted curves, in a real (headless) toolkit. */
@ExtendWith(ApplicationExtension.class)
class ResponseCurvesViewTest {
    private BudgetPlannerViewModel planner;
    private ResponseCurvesViewModel curves;
    private ResponseCurvesView view;

    /** Two channels with 12 months on exact curves (power b = 0.5; saturating) and one with two months (prior). */
    static List<PlannerService.ChannelCurve> curves(List<ChannelBaseline> channels) {
        Map<String, List<PlannerService.MonthPoint>> history = new LinkedHashMap<>();
        List<PlannerService.MonthPoint> a = new ArrayList<>();
        List<PlannerService.MonthPoint> b = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            double s = 200_000 + 40_000 * m;
            a.add(new PlannerService.MonthPoint(YearMonth.of(2025, 1).plusMonths(m), s,
                    Math.round(0.25 * Math.sqrt(s)), 0));
            double s2 = 50_000 + 60_000 * m;
            b.add(new PlannerService.MonthPoint(YearMonth.of(2025, 1).plusMonths(m), s2,
                    Math.round(400 * s2 / (150_000 + s2)), 0));
        }
        history.put("Search", a);
        history.put("Social", b);
        history.put("Events", List.of(new PlannerService.MonthPoint(YearMonth.of(2025, 1), 300_000, 20, 5),
                new PlannerService.MonthPoint(YearMonth.of(2025, 2), 280_000, 22, 4)));
        return PlannerService.fit(channels, history);
    }

    static List<ChannelBaseline> channels() {
        return List.of(new ChannelBaseline("Search", 400_000, 2_500, 0.4, 0.03, 180_000),
                new ChannelBaseline("Social", 300_000, 1_200, 0.7, 0.01, 120_000),
                new ChannelBaseline("Events", 300_000, 14_000, 0.3, 0.08, 500_000));
    }

    @Start
    void start(Stage stage) {
        Locale en = Locale.forLanguageTag("en-US");
        Formats formats = new Formats(en, "RUB");
        List<ChannelBaseline> channels = channels();
        curves = new ResponseCurvesViewModel(curves(channels));
        planner = new BudgetPlannerViewModel(channels, curves.plannedCurves(), 15, 400_000, formats);
        view = new ResponseCurvesView(curves, new I18n(en), formats, ChartStyle.light());
        view.follow(planner);
        stage.setScene(new Scene(new HBox(new BudgetPlannerView(planner, new I18n(en), ChartStyle.light()), view),
                1800, 900));
        stage.show();
    }

    @Test
    void theTableShowsEachChannelsFitAndTheChartItsMonthsAndCurve(FxRobot robot) {
        TableView<?> table = robot.lookup("#curvesTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(curves.planned(0).kind()).isEqualTo(ResponseCurve.Kind.POWER);
        assertThat(curves.planned(0).b()).isCloseTo(0.5, within(0.02));
        assertThat(curves.planned(1).kind()).isEqualTo(ResponseCurve.Kind.SATURATING);
        assertThat(curves.planned(2).source()).isEqualTo(ResponseCurve.Source.PRIOR);
        assertThat(view.chart().itemCount(0)).isEqualTo(12);
        assertThat(view.chart().itemCount(1)).isGreaterThan(2);
        assertThat(view.chart().itemCount(2)).as("extrapolation drawn apart").isGreaterThan(0);
        assertThat(view.chart().itemCount(3)).isEqualTo(1);
        assertThat(view.chart().itemCount(4)).as("no optimum yet").isZero();
        // The planner's baseline is the measured month: leads = spend ÷ CPL, whatever the curve's shape.
        assertThat(planner.planProperty().get().channels().get(0).leads().value()).isCloseTo(160, within(1e-9));
        assertThat(robot.lookup("#optimiseButton").tryQuery()).isPresent();
        assertThat(robot.lookup("#exponentField").tryQuery()).as("the one exponent is gone").isEmpty();
    }

    @Test
    void anElasticityTypedByTheUserReplacesTheFit(FxRobot robot) {
        int before = curves.versionProperty().get();
        robot.interact(() -> curves.selectedProperty().set(1));
        TextField field = robot.lookup("#elasticityOverrideField").queryAs(TextField.class);
        robot.interact(() -> field.setText("0.3"));
        robot.clickOn("#elasticityOverrideButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(curves.versionProperty().get()).isEqualTo(before + 1);
        assertThat(curves.planned(1).source()).isEqualTo(ResponseCurve.Source.OVERRIDE);
        assertThat(curves.planned(1).elasticity(1)).isEqualTo(0.3);
        robot.interact(() -> field.setText("1.5"));
        robot.clickOn("#elasticityOverrideButton");
        assertThat(curves.planned(1).elasticity(1)).as("refused, unchanged").isEqualTo(0.3);
        robot.clickOn("#elasticityClearButton");
        assertThat(curves.planned(1).source()).isEqualTo(ResponseCurve.Source.FITTED);
    }

    @Test
    void optimiseThenApplyMovesTheSlidersAndEachMoveUndoes(FxRobot robot) {
        OptimiseViewModel o = new OptimiseViewModel(planner);
        robot.interact(o::optimise);
        BudgetOptimizer.Result r = o.outcomeProperty().get().result();
        assertThat(r.spent()).isCloseTo(1_000_000, within(1e-3));
        assertThat(r.value()).isGreaterThanOrEqualTo(r.currentValue());
        for (BudgetOptimizer.ChannelResult c : r.channels()) {
            assertThat(c.optimal()).isBetween(c.current() * 0.7 - 1e-6, c.current() * 1.3 + 1e-6);
        }
        // The typed ±30 % is the bound: some channel reaches it (the curves differ enough).
        assertThat(r.channels()).anyMatch(c -> Math.abs(Math.abs(c.optimal() - c.current()) - 0.3 * c.current())
                < 1e-6 * c.current());
        assertThat(o.outcomeProperty().get().after().total().customers().value())
                .isGreaterThanOrEqualTo(o.outcomeProperty().get().before().total().customers().value() - 1e-9);
        robot.interact(o::apply);
        for (int i = 0; i < 3; i++) {
            assertThat(planner.spend(i).value()).isEqualTo(Math.rint(r.channels().get(i).optimal()));
        }
        assertThat(view.chart().itemCount(4)).as("optimum marked on the curve").isEqualTo(1);
        robot.interact(() -> planner.history().undo());
        assertThat(planner.spend(2).value()).as("last channel back").isEqualTo(300_000);
        assertThat(planner.spend(0).value()).isEqualTo(Math.rint(r.channels().get(0).optimal()));
        robot.interact(() -> o.budgetProperty().set("lots"));
        robot.interact(o::optimise);
        assertThat(o.errorProperty().get()).isEqualTo("optimise.error.budget");
    }

    @Test
    void theOptimiseWindowStatesTheTeamsHoursShowsTheUnboundedPreviewAndSavesAScenario(FxRobot robot) {
        List<org.funnellab.ui.whatif.tools.ScenarioSink.Generated> saved = new ArrayList<>();
        Locale en = Locale.forLanguageTag("en-US");
        OptimiseViewModel o = new OptimiseViewModel(planner,
                org.funnellab.service.ScenarioEvaluator.DEFAULT_ASSUMPTIONS, saved::addAll);
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = new Stage();
            window[0].setScene(new Scene(new OptimiseView(o, new I18n(en), planner.formats()), 900, 700));
            window[0].show();
        });
        javafx.scene.control.Label team = robot.lookup("#optimiseCapacitySource").queryAs(
                javafx.scene.control.Label.class);
        assertThat(team.getText()).contains("2 managers").contains("320");
        assertThat(robot.lookup("#optimiseCapacityField").queryAs(TextField.class).getText()).isEqualTo("320");
        robot.clickOn("#optimiseRunButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#optimiseUnbounded").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("Without the per-channel bounds");
        TextField name = robot.lookup("#optimiseScenarioName").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Optimal split");
        robot.clickOn("#optimiseScenarioButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).name()).isEqualTo("Optimal split");
        assertThat(saved.get(0).panel()).isEqualTo(org.funnellab.calc.BudgetPlannerModel.ID);
        assertThat(saved.get(0).values().get("spend.Search"))
                .isEqualTo(Math.rint(o.outcomeProperty().get().result().channels().get(0).optimal()));
        assertThat(robot.lookup("#optimiseScenarioSaved").queryAs(javafx.scene.control.Label.class).getText())
                .contains("Optimal split");
        robot.interact(window[0]::close);
    }
}
