package org.funnellab.ui.dashboard;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.CurrentThreadTaskExecutor;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** While the workspace is still opening the dashboard says it is reading and shows no cards of zeros. */
@ExtendWith(ApplicationExtension.class)
class DashboardOpeningTest {
    @TempDir
    Path dir;
    private HeldExecutor executor;
    private WorkspaceViewModel workspace;
    private Path file;

    /** Runs tasks only when released: the workspace stays "opening" as long as the test wants. */
    private static final class HeldExecutor implements TaskExecutor {
        private final List<BackgroundTask<?>> held = new ArrayList<>();
        private final CurrentThreadTaskExecutor runner = new CurrentThreadTaskExecutor();
        private boolean released;

        @Override
        public Cancellable execute(BackgroundTask<?> task) {
            if (released) {
                return runner.execute(task);
            }
            held.add(task);
            return () -> { };
        }

        void release() {
            released = true;
            List<BackgroundTask<?>> tasks = new ArrayList<>(held);
            held.clear();
            tasks.forEach(runner::execute);
        }

        @Override
        public void close() {
        }
    }

    @Start
    void start(Stage stage) {
        file = dir.resolve("demo.sqlite");
        try (Workspace ws = Workspace.open(file)) {
            DemoData.fill(ws, YearMonth.of(2025, 6), 500, 3);
        }
        executor = new HeldExecutor();
        workspace = new WorkspaceViewModel(executor, new FiltersViewModel());
        DashboardViewModel vm = new DashboardViewModel(workspace, executor, new Formats(Locale.ENGLISH, "RUB"));
        stage.setScene(new Scene(new DashboardView(vm, new I18n(Locale.ENGLISH), new ChartStyle(false, 1f)), 1280,
                800));
        stage.show();
    }

    @Test
    void noCardsOfZerosWhileTheWorkspaceOpens(FxRobot robot) {
        robot.interact(() -> workspace.open(file));
        Node kpis = robot.lookup(".kpi-strip").query();
        Label status = robot.lookup("#dashboardStatus").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Reading the workspace…");
        assertThat(kpis.isVisible()).isFalse();

        robot.interact(executor::release);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kpis.isVisible()).isTrue();
        assertThat(robot.lookup("#kpiLeads").queryAs(Label.class).getText()).isEqualTo("500");
        assertThat(status.getText()).isEmpty();
        workspace.close();
    }
}
