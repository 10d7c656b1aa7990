package org.funnellab.ui.whatif;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.funnellab.ui.charts.CacClvChart;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The CAC / CLV panel in a real (headless) toolkit, driven through its control ids. */
@ExtendWith(ApplicationExtension.class)
class CacClvViewTest {
    private CacClvViewModel vm;

    @Start
    void start(Stage stage) {
        Locale en = Locale.forLanguageTag("en-US");
        vm = CacClvViewModel.demo(new Formats(en, "RUB"));
        stage.setScene(new Scene(new CacClvView(vm, new I18n(en), ChartStyle.light()), 1280, 800));
        stage.show();
    }

    private static XYDataset dataset(FxRobot robot) {
        return robot.lookup("#cacClvChart").queryAs(ChartViewer.class).getChart().getXYPlot().getDataset();
    }

    @Test
    void typingASmallerConversionRaisesCacMovesTheScenarioPointAndTurnsTheRatioRed(FxRobot robot) {
        Label cac = robot.lookup("#cacValue").queryAs(Label.class);
        assertThat(cac.getText()).isEqualTo("₽30,000");
        assertThat(dataset(robot).getXValue(CacClvChart.SCENARIO, 0)).isEqualTo(30_000);
        assertThat(dataset(robot).getItemCount(CacClvChart.CHANNELS)).isEqualTo(5);

        TextField conversion = robot.lookup("#leadToCustomerField").queryAs(TextField.class);
        robot.doubleClickOn(conversion).eraseText(conversion.getText().length() + 2).write("0.25")
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // 600,000 ÷ (1,000 × 0.25 %) = 240,000; LTV:CAC = 480,000 ÷ 240,000 = 2:1, below 3:1
        assertThat(cac.getText()).isEqualTo("₽240,000");
        assertThat(dataset(robot).getXValue(CacClvChart.SCENARIO, 0)).isEqualTo(240_000);
        assertThat(dataset(robot).getXValue(CacClvChart.BASELINE, 0)).as("baseline point stays").isEqualTo(30_000);
        Node ratioCard = robot.lookup("#ltvToCacValue").queryAs(Label.class).getParent();
        assertThat(ratioCard.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("unhealthy"))
                .doesNotContain(PseudoClass.getPseudoClass("healthy"));
    }

    @Test
    void aChannelWithoutCacIsListedBesideTheChart(FxRobot robot) {
        assertThat(robot.lookup("#unplottedChannels .unplotted-channel").queryAs(Label.class).getText())
                .isEqualTo("Выставки: CAC undefined");
    }

    @Test
    void anInputTheDataCouldNotMeasureSaysSoWithTheReasonAndTheHeaderNamesTheSettings(FxRobot robot) {
        Label badge = robot.lookup("#averagePurchaseNotMeasured").queryAs(Label.class);
        assertThat(badge.isVisible()).isFalse();
        robot.interact(() -> {
            vm.setUnmeasured(java.util.Map.of("averagePurchase",
                    org.funnellab.domain.UndefinedReason.NO_DEAL_VALUES));
            vm.setContext(true, org.funnellab.service.MetricSettings.DEFAULT.withCacCosts(
                    org.funnellab.service.CacCostCategories.MARKETING));
        });
        I18n i18n = new I18n(Locale.forLanguageTag("en-US"));
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getTooltip().getText()).contains(i18n.get("reason.NO_DEAL_VALUES"));
        assertThat(robot.lookup("#mediaSpendNotMeasured").queryAs(Label.class).isVisible()).isFalse();
        String context = robot.lookup("#panelContext").queryAs(Label.class).getText();
        assertThat(context).startsWith(i18n.get("whatif.example"))
                .contains(i18n.get("settings.cacCosts.MARKETING"), i18n.get("costCategory.PAID_MEDIA"))
                .contains(i18n.get("settings.sharedCosts.BY_LEAD_SHARE"))
                .contains("× 1 purchases a year × 3 years × 50% margin");
    }
}
