package org.funnellab.ui.whatif.tools;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.whatif.NonTargetCostView;
import org.funnellab.ui.whatif.NonTargetCostViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The tools bar on the real non-target panel, in a real (headless) toolkit. */
@ExtendWith(ApplicationExtension.class)
class WhatIfToolsBarTest {
    private NonTargetCostViewModel vm;
    private final org.funnellab.ui.common.FxTaskExecutor executor = new org.funnellab.ui.common.FxTaskExecutor();

    @org.junit.jupiter.api.AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Start
    void start(Stage stage) {
        Locale en = Locale.forLanguageTag("en-US");
        vm = new NonTargetCostViewModel(NonTargetCostModel.Inputs.articleExample(), new Formats(en, "RUB"));
        NonTargetCostView view = new NonTargetCostView(vm, new I18n(en), ChartStyle.light());
        WhatIfToolsBar.install(view, vm, new I18n(en), executor, ChartStyle.light());
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String comboId, String item) {
        ComboBox<String> box = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(item));
    }

    @Test
    void goalSeekFromTheBarSetsTheShareThatGivesAHundredHours(FxRobot robot) {
        robot.clickOn("#goalSeekButton");
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "#goalSeekOutput", "wastedHoursMonth");
        robot.clickOn("#goalSeekTarget").write("100");
        choose(robot, "#goalSeekInput", "nonTargetShare");
        robot.clickOn("#goalSeekRun");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#goalSeekResult").queryAs(Label.class).getText())
                .isEqualTo("Set Non-target share to 40% to reach 100 h.");

        robot.clickOn("#goalSeekApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#wastedHoursMonthValue").queryAs(Label.class).getText()).isEqualTo("100 h");
        Button undo = robot.lookup("#undoButton").queryAs(Button.class);
        assertThat(undo.isDisabled()).isFalse();

        robot.clickOn(undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#wastedHoursMonthValue").queryAs(Label.class).getText()).isEqualTo("125 h");
        assertThat(undo.isDisabled()).isTrue();
        assertThat(robot.lookup("#redoButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void sensitivityDrawsOneBarPerInput(FxRobot robot) {
        robot.clickOn("#sensitivityButton");
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "#sensitivityOutput", "wastedHoursMonth");
        WaitForAsyncUtils.waitForFxEvents();
        org.jfree.chart.fx.ChartViewer viewer = robot.lookup("#tornadoChart").queryAs(org.jfree.chart.fx.ChartViewer.class);
        org.jfree.data.xy.XYDataset data = viewer.getChart().getXYPlot().getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(vm.inputs().size());
        assertThat(data.getItemCount(1)).isEqualTo(vm.inputs().size());
        assertThat(robot.lookup("#sensitivityBase").queryAs(Label.class).getText()).isEqualTo("Now: 125 h");
        org.jfree.chart.labels.XYToolTipGenerator tips = viewer.getChart().getXYPlot().getRenderer().getDefaultToolTipGenerator();
        int top = data.getItemCount(0) - 1;
        assertThat(tips.generateToolTip(data, 1, top)).as("the top bar, input raised 10 %%").matches(".* at .* → .* h");
    }

    @Test
    void uncertaintyRunsInTheBackgroundAndShowsPercentiles(FxRobot robot) throws java.util.concurrent.TimeoutException {
        robot.clickOn("#uncertaintyButton");
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "#uncertaintyOutput", "wastedHoursMonth");
        robot.clickOn("#uncertaintyRun");
        Label p50 = robot.lookup("#uncertaintyP50").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> p50.getText().endsWith(" h"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#uncertaintyP10").queryAs(Label.class).getText()).endsWith(" h");
        assertThat(robot.lookup("#uncertaintyP90").queryAs(Label.class).getText()).endsWith(" h");
        assertThat(robot.lookup("#uncertaintyStatus").queryAs(Label.class).getText()).isEqualTo("10,000 draws.");
        org.jfree.chart.fx.ChartViewer histogram =
                robot.lookup("#histogramChart").queryAs(org.jfree.chart.fx.ChartViewer.class);
        assertThat(histogram.getChart().getXYPlot().getDataset().getItemCount(0)).isEqualTo(40);
        assertThat(histogram.getChart().getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(3);
        assertThat(robot.lookup("#exportSamplesButton").queryAs(Button.class).isDisabled()).isFalse();

        javafx.scene.control.TextField low = robot.lookup("#leadsPerMonthLow").queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(low).eraseText(low.getText().length() + 2).write("lots");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(low.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        assertThat(robot.lookup("#uncertaintyRun").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void toolKeysOpenTheirWindows(FxRobot robot) {
        robot.clickOn("#wastedHoursMonthValue");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.G)
                .release(javafx.scene.input.KeyCode.G, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#goalSeekDialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#goalSeekButton").queryAs(Button.class).getTooltip().getText()).endsWith("(Ctrl+G)");
    }
}
