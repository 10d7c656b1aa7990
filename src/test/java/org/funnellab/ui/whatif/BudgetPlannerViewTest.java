package org.funnellab.ui.whatif;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/** The budget planner in a real (headless) toolkit. */
@ExtendWith(ApplicationExtension.class)
class BudgetPlannerViewTest {
    private BudgetPlannerViewModel vm;

    @Start
    void start(Stage stage) {
        Locale en = Locale.forLanguageTag("en-US");
        vm = BudgetPlannerViewModel.demo(new Formats(en, "RUB"));
        stage.setScene(new Scene(new BudgetPlannerView(vm, new I18n(en), ChartStyle.light()), 1280, 800));
        stage.show();
    }

    private static CategoryDataset data(FxRobot robot, String chart) {
        return robot.lookup(chart).queryAs(ChartViewer.class).getChart().getCategoryPlot().getDataset();
    }

    /** Visible on screen: the node and every ancestor visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void type(FxRobot robot, String field, String text) {
        TextField f = robot.lookup(field).queryAs(TextField.class);
        robot.doubleClickOn(f).eraseText(f.getText().length() + 2).write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingAChannelsSpendUpdatesTheCardsTheTableAndTheCharts(FxRobot robot) {
        Label total = robot.lookup("#spendValue").queryAs(Label.class);
        assertThat(total.getText()).isEqualTo("₽1,310,000");
        assertThat(data(robot, "#spendChart").getValue(1, 0).doubleValue()).isEqualTo(450_000);

        type(robot, "#spend0Field", "900000");

        assertThat(total.getText()).isEqualTo("₽1,760,000");
        assertThat(data(robot, "#spendChart").getValue(1, 0).doubleValue()).isEqualTo(900_000);
        assertThat(data(robot, "#spendChart").getValue(0, 0).doubleValue()).as("baseline bar stays")
                .isEqualTo(450_000);
        assertThat(data(robot, "#customersChart").getValue(1, 0).doubleValue()).isCloseTo(9, within(1e-9));
        TableView<?> table = robot.lookup("#planTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(7);
        assertThat(table.getItems().get(6)).isSameAs(vm.planProperty().get().total());
    }

    @Test
    void inBudgetModeTheTotalRescalesEveryChannel(FxRobot robot) {
        Node totalSlider = robot.lookup("#totalBudgetSlider").query();
        assertThat(shown(totalSlider)).isFalse();
        robot.clickOn("#budgetModeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.budgetModeProperty().get()).isTrue();
        assertThat(shown(totalSlider)).isTrue();

        type(robot, "#totalBudgetField", "2620000");

        assertThat(robot.lookup("#spendValue").queryAs(Label.class).getText()).isEqualTo("₽2,620,000");
        assertThat(data(robot, "#spendChart").getValue(1, 0).doubleValue()).isCloseTo(900_000, within(1e-6));
        assertThat(robot.lookup("#spend4Field").queryAs(TextField.class).getText()).isEqualTo("80,000");
    }

    @Test
    void moveAShareDialogMovesMoneyBetweenTwoChannelsAsOneUndoStep(FxRobot robot) {
        robot.clickOn("#moveShareButton");
        WaitForAsyncUtils.waitForFxEvents();
        TextField share = robot.lookup("#moveShare").queryAs(TextField.class);
        robot.doubleClickOn(share).eraseText(share.getText().length() + 2).write("=20+10");
        robot.clickOn("Move");
        WaitForAsyncUtils.waitForFxEvents();
        // 30 % of 450,000 = 135,000 from the first channel to the second (250,000)
        assertThat(vm.spend(0).value()).isEqualTo(315_000);
        assertThat(vm.spend(1).value()).isEqualTo(385_000);
        assertThat(robot.lookup("#spendValue").queryAs(Label.class).getText()).isEqualTo("₽1,310,000");
        robot.interact(() -> vm.history().undo());
        assertThat(vm.spend(0).value()).isEqualTo(450_000);
        assertThat(vm.spend(1).value()).isEqualTo(250_000);

        type(robot, "#spend0Field", "=450000*2");
        assertThat(vm.spend(0).value()).as("arithmetic in a spend field").isEqualTo(900_000);
    }
}
