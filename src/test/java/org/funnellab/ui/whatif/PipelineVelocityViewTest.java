package org.funnellab.ui.whatif;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The velocity panel in a real (headless) toolkit. */
@ExtendWith(ApplicationExtension.class)
class PipelineVelocityViewTest {
    private PipelineVelocityViewModel vm;

    @Start
    void start(Stage stage) {
        Locale en = Locale.forLanguageTag("en-US");
        vm = PipelineVelocityViewModel.demo(new Formats(en, "RUB"));
        stage.setScene(new Scene(new PipelineVelocityView(vm, new I18n(en), ChartStyle.light()), 1280, 800));
        stage.show();
    }

    private static CategoryDataset leverData(FxRobot robot) {
        return robot.lookup("#leverChart").queryAs(ChartViewer.class).getChart().getCategoryPlot().getDataset();
    }

    @Test
    void draggingTheWinRateUpdatesRevenueAndTheLeverBars(FxRobot robot) {
        Label perDay = robot.lookup("#revenueDayValue").queryAs(Label.class);
        assertThat(perDay.getText()).isEqualTo("₽41,667");
        double baselineBar = leverData(robot).getValue(1, 0).doubleValue();

        Slider winRate = robot.lookup("#winRateSlider").queryAs(Slider.class);
        robot.drag(winRate.lookup(".thumb")).moveBy(60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(winRate.getValue()).isGreaterThan(0.25);
        assertThat(perDay.getText()).isNotEqualTo("₽41,667").isEqualTo(vm.outputText("revenueDay"));
        double ratio = winRate.getValue() / 0.25;
        assertThat(leverData(robot).getValue(1, 0).doubleValue()).isCloseTo(baselineBar * ratio, within(1e-6));
        assertThat(leverData(robot).getValue(0, 0).doubleValue()).as("baseline bar stays")
                .isCloseTo(baselineBar, within(1e-9));
    }

    @Test
    void aLargerStepGrowsEveryBarAndRenamesTheChart(FxRobot robot) {
        double before = leverData(robot).getValue(1, 2).doubleValue();
        Spinner<?> step = robot.lookup("#improvementSpinner").queryAs(Spinner.class);
        Node up = step.lookup(".increment-arrow-button");
        for (int i = 0; i < 10; i++) {
            robot.clickOn(up);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.improvementProperty().get()).isCloseTo(0.2, within(1e-12));
        assertThat(leverData(robot).getValue(1, 2).doubleValue()).isCloseTo(2 * before, within(1e-6));
        assertThat(robot.lookup("#leverChart").queryAs(ChartViewer.class).getChart().getTitle().getText())
                .endsWith("+20 %");
    }

    @Test
    void dealsClosedBeforeCreatedAreNamedInTheHeader(FxRobot robot) {
        Label context = robot.lookup("#panelContext").queryAs(Label.class);
        assertThat(context.isVisible()).isFalse();
        robot.interact(() -> vm.setNegativeCycles(3));
        assertThat(context.isVisible()).isTrue();
        assertThat(context.getText()).startsWith("Warning: 3 won deal(s) closed before they were created");
    }
}
