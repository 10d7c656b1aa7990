package org.funnellab.ui.dashboard;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.FxTaskExecutor;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real dashboard over a demo workspace read in the background, driven through its ids. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {
    private static final Locale EN = Locale.forLanguageTag("en-US");

    @TempDir
    Path dir;
    private Path demo;
    private FxTaskExecutor executor;
    private FiltersViewModel filters;
    private WorkspaceViewModel workspace;

    @Start
    void start(Stage stage) {
        demo = dir.resolve("demo.sqlite");
        try (Workspace ws = Workspace.open(demo)) {
            DemoData.fill(ws, YearMonth.of(2025, 12), 1500, 3);
        }
        executor = new FxTaskExecutor(1, "ws");
        filters = new FiltersViewModel();
        workspace = new WorkspaceViewModel(executor, filters);
        DashboardViewModel vm = new DashboardViewModel(workspace, executor, new Formats(EN, "RUB"));
        stage.setScene(new Scene(new DashboardView(vm, new I18n(EN), ChartStyle.light()), 1280, 800));
        stage.show();
        workspace.open(demo);
    }

    @AfterEach
    void close() {
        workspace.close();
        executor.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static CategoryPlot funnelPlot(FxRobot robot) {
        return robot.lookup("#funnelChart").queryAs(ChartViewer.class).getChart().getCategoryPlot();
    }

    private static String funnelLabel(FxRobot robot, int stage) {
        CategoryPlot plot = funnelPlot(robot);
        return plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, stage);
    }

    @Test
    void aChannelFilterChangesTheFunnelAndTheLeadCount(FxRobot robot) throws Exception {
        waitUntil(() -> "1,500".equals(text(robot, "#kpiLeads")));
        CategoryDataset funnel = funnelPlot(robot).getDataset();
        assertThat(funnel.getValue(0, 0).intValue()).isEqualTo(1500);
        assertThat(text(robot, "#kpiWinRate")).endsWith("%");

        String channel = filters.channels().get(0);
        long expected;
        try (Workspace ws = Workspace.open(demo)) {
            FunnelFacts f = ws.queries().facts(Filters.ALL.withChannels(Set.of(channel)),
                    WorkspaceViewModel.WIN_RATE_STAGE);
            expected = f.leads();
        }
        robot.interact(() -> filters.selectedChannels().add(channel));
        String expectedText = new Formats(EN, "RUB").format(expected, org.funnellab.calc.Unit.COUNT);
        waitUntil(() -> expectedText.equals(text(robot, "#kpiLeads")));

        assertThat(expected).isLessThan(1500);
        assertThat(funnelPlot(robot).getDataset().getValue(0, 0).longValue()).isEqualTo(expected);
        CategoryDataset target = robot.lookup("#targetChart").queryAs(ChartViewer.class).getChart()
                .getCategoryPlot().getDataset();
        assertThat(target.getColumnKeys()).containsExactly(channel);
    }

    @Test
    void theConversionToggleSwitchesTheBarLabels(FxRobot robot) throws Exception {
        waitUntil(() -> "1,500".equals(text(robot, "#kpiLeads")));
        assertThat(robot.lookup("#kpiWinRate").queryAs(Label.class).getTooltip().getText()).startsWith("WON ");
        String ofPrevious = funnelLabel(robot, 2);
        ToggleButton toggle = robot.lookup("#conversionToggle").queryAs(ToggleButton.class);
        String toggleText = toggle.getText();

        robot.clickOn("#conversionToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(toggle.isSelected()).isTrue();
        assertThat(toggle.getText()).isNotEqualTo(toggleText);
        assertThat(funnelLabel(robot, 2)).isNotEqualTo(ofPrevious).startsWith(ofPrevious.split(" · ")[0] + " · ");
        assertThat(funnelLabel(robot, 0)).endsWith("100%");
    }

    @Test
    void everyChartHasDataAndTooltips(FxRobot robot) throws Exception {
        waitUntil(() -> "1,500".equals(text(robot, "#kpiLeads")));
        for (String id : new String[] {"#funnelChart", "#monthlyChart", "#targetChart", "#lossReasonChart",
                "#cycleChart"}) {
            CategoryPlot plot = robot.lookup(id).queryAs(ChartViewer.class).getChart().getCategoryPlot();
            assertThat(plot.getDataset().getColumnCount()).as(id).isPositive();
            assertThat(plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 0, 0))
                    .as(id).isNotBlank();
        }
        var cacClv = robot.lookup("#cacClvChart").queryAs(ChartViewer.class).getChart().getXYPlot();
        assertThat(cacClv.getDataset().getItemCount(0)).isPositive();
        assertThat(cacClv.getDataset().getItemCount(1)).as("the 3:1 line").isEqualTo(2);
    }

    @Test
    void oneChoiceSwitchesCacToMarketingCostsAndTheWorkspaceKeepsIt(FxRobot robot) throws Exception {
        waitUntil(() -> "1,500".equals(text(robot, "#kpiLeads")));
        Formats en = new Formats(EN, "RUB");
        FunnelFacts all;
        try (Workspace ws = Workspace.open(demo)) {
            all = ws.queries().facts(Filters.ALL, WorkspaceViewModel.WIN_RATE_STAGE);
        }
        // Fully loaded by default: every cost ÷ won; marketing only leaves sales salaries and overhead out.
        String fullyLoaded = en.money(all.totalCosts().doubleValue() / all.won());
        String marketing = en.money(all.costs(org.funnellab.calc.CostInclusion.MARKETING).doubleValue() / all.won());
        assertThat(marketing).isNotEqualTo(fullyLoaded);
        assertThat(text(robot, "#kpiCac")).isEqualTo(fullyLoaded);
        var choice = robot.lookup("#dashboardCacCosts")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(choice.getValue()).isEqualTo(org.funnellab.service.CacCostCategories.Choice.ALL);

        robot.interact(() -> choice.setValue(org.funnellab.service.CacCostCategories.Choice.MARKETING));
        waitUntil(() -> marketing.equals(text(robot, "#kpiCac")));
        I18n i18n = new I18n(EN);
        assertThat(robot.lookup("#kpiCac").queryAs(Label.class).getTooltip().getText())
                .contains(i18n.get("costCategory.PAID_MEDIA")).doesNotContain(i18n.get("costCategory.OVERHEAD"));
        var cacClvChart = robot.lookup("#cacClvChart").queryAs(ChartViewer.class).getChart();
        java.util.List<String> subtitles = new java.util.ArrayList<>();
        for (int i = 0; i < cacClvChart.getSubtitleCount(); i++) {
            if (cacClvChart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                subtitles.add(t.getText());
            }
        }
        assertThat(subtitles).anySatisfy(t -> assertThat(t).contains(i18n.get("settings.cacCosts.MARKETING")));

        executor.close();
        workspace.close();
        try (Workspace ws = Workspace.open(demo)) {
            assertThat(org.funnellab.service.MetricSettings.read(ws.settings()).cacCosts())
                    .isEqualTo(org.funnellab.service.CacCostCategories.MARKETING);
        }
        executor = new FxTaskExecutor(1, "ws");
        workspace = new WorkspaceViewModel(executor, filters);
    }
}
