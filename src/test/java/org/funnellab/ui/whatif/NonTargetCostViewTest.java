package org.funnellab.ui.whatif;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.funnellab.calc.NonTargetCostModel;
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

/** The real panel in a real (headless) JavaFX toolkit, driven through its control ids. */
@ExtendWith(ApplicationExtension.class)
class NonTargetCostViewTest {
    private NonTargetCostViewModel vm;

    @Start
    void start(Stage stage) {
        Locale en = Locale.forLanguageTag("en-US");
        vm = new NonTargetCostViewModel(NonTargetCostModel.Inputs.articleExample(), new Formats(en, "RUB"));
        stage.setScene(new Scene(new NonTargetCostView(vm, new I18n(en), ChartStyle.light()), 1280, 800));
        stage.show();
    }

    private static double salaryBar(ChartViewer viewer, int series) {
        CategoryDataset d = viewer.getChart().getCategoryPlot().getDataset();
        return d.getValue(series, 0).doubleValue();
    }

    @Test
    void draggingASliderUpdatesTheOutputAndTheChart(FxRobot robot) {
        Label hours = robot.lookup("#wastedHoursMonthValue").queryAs(Label.class);
        ChartViewer chart = robot.lookup("#nonTargetChart").queryAs(ChartViewer.class);
        assertThat(hours.getText()).isEqualTo("125 h");
        assertThat(salaryBar(chart, 1)).isEqualTo(78_125.0);

        Slider share = robot.lookup("#nonTargetShareSlider").queryAs(Slider.class);
        Node thumb = share.lookup(".thumb");
        robot.drag(thumb).moveBy(-60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(share.getValue()).isLessThan(0.5);
        double expectedHours = 1000 * share.getValue() * 15 / 60;
        assertThat(hours.getText()).isNotEqualTo("125 h").isEqualTo(vm.outputText("wastedHoursMonth"));
        assertThat(vm.output("wastedHoursMonth").value()).isCloseTo(expectedHours, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(salaryBar(chart, 1)).isCloseTo(expectedHours * 625, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(salaryBar(chart, 0)).as("baseline bar stays").isEqualTo(78_125.0);
        assertThat(robot.lookup("#nonTargetShareReset").queryAs(Node.class).isVisible()).isTrue();
    }

    @Test
    void typingAValueAndResettingRestoresTheBaseline(FxRobot robot) {
        TextField minutes = robot.lookup("#minutesPerCallField").queryAs(TextField.class);
        robot.doubleClickOn(minutes).eraseText(minutes.getText().length() + 2).write("30").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#wastedHoursMonthValue").queryAs(Label.class).getText()).isEqualTo("250 h");

        robot.clickOn("#resetAllButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#wastedHoursMonthValue").queryAs(Label.class).getText()).isEqualTo("125 h");
        assertThat(minutes.getText()).isEqualTo("15");
    }

    @Test
    void aShareOutputsChangeReadsInPercentagePointsAndARefusedValueSaysWhy(FxRobot robot) {
        robot.interact(() -> vm.input("nonTargetShare").setValue(0.3));
        WaitForAsyncUtils.waitForFxEvents();
        Label capacityBaseline = (Label) robot.lookup("#capacityLostValue").queryAs(Label.class).getParent()
                .lookup(".output-baseline");
        // capacity lost goes from 0.390625 to 0.234375: 15.625 points less (shown to two decimals, half-even),
        // not "15.62%"
        assertThat(capacityBaseline.getText()).endsWith("−15.62 p.p.");

        TextField minutes = robot.lookup("#minutesPerCallField").queryAs(TextField.class);
        robot.doubleClickOn(minutes).eraseText(minutes.getText().length() + 2).write("lots")
                .type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minutes.getTooltip().getText()).startsWith("Not applied: this is not a number");
        assertThat(vm.input("minutesPerCall").value()).isEqualTo(15);
        robot.doubleClickOn(minutes).eraseText(minutes.getText().length() + 2).write("20")
                .type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minutes.getTooltip().getText()).doesNotStartWith("Not applied");
    }
}
