package org.funnellab.ui.dashboard;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.funnellab.store.Workspace;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.FxTaskExecutor;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An empty workspace in Russian: dashes with their reasons in the tooltips, and a hint instead of charts. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewEmptyTest {
    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @TempDir
    Path dir;
    private FxTaskExecutor executor;
    private WorkspaceViewModel workspace;
    private final I18n i18n = new I18n(RU);

    @Start
    void start(Stage stage) {
        Path empty = dir.resolve("empty.sqlite");
        Workspace.open(empty).close();
        executor = new FxTaskExecutor(1, "ws");
        workspace = new WorkspaceViewModel(executor, new FiltersViewModel());
        DashboardViewModel vm = new DashboardViewModel(workspace, executor, new Formats(RU, "RUB"));
        stage.setScene(new Scene(new DashboardView(vm, i18n, new ChartStyle(true, 1f)), 1280, 800));
        stage.show();
        workspace.open(empty);
    }

    @AfterEach
    void close() {
        workspace.close();
        executor.close();
    }

    @Test
    void undefinedKpisShowADashAndSayWhyInTheirTooltip(FxRobot robot) throws Exception {
        Label status = robot.lookup("#dashboardStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, 
                () -> i18n.get("dashboard.empty.workspace").equals(status.getText()));
        WaitForAsyncUtils.waitForFxEvents();

        Label winRate = robot.lookup("#kpiWinRate").queryAs(Label.class);
        assertThat(winRate.getText()).isEqualTo(Formats.UNDEFINED);
        assertThat(winRate.getTooltip().getText()).startsWith(i18n.get("reason.NO_CLOSED_OPPORTUNITIES"))
                .contains("ВЫИГРАНО 0");
        Label cac = robot.lookup("#kpiCac").queryAs(Label.class);
        assertThat(cac.getText()).isEqualTo(Formats.UNDEFINED);
        assertThat(cac.getTooltip().getText()).startsWith(i18n.get("reason.NO_WON_LEADS"))
                .contains(i18n.get("costCategory.SALES_SALARIES"), i18n.get("costCategory.OVERHEAD"))
                .contains(i18n.get("settings.sharedCosts.BY_LEAD_SHARE"));
        assertThat(robot.lookup("#kpiLeads").queryAs(Label.class).getText()).isEqualTo("0");
    }
}
