package org.funnellab.app;

import javafx.scene.control.Label;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Money on screen follows the open workspace's currency: the screens are rebuilt when it differs. */
class WorkspaceCurrencyTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        System.clearProperty("funnellab.dataDir");
        System.clearProperty("funnellab.workspace");
        System.clearProperty("funnellab.lang");
    }

    @Test
    void aWorkspaceInDollarsShowsDollars() throws Exception {
        Path ws = dir.resolve("usd.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2025, 12), 800, 4);
            w.settings().setCurrency("USD");
        }
        System.setProperty("funnellab.dataDir", dir.resolve("data").toString());
        System.setProperty("funnellab.workspace", ws.toString());
        System.setProperty("funnellab.lang", "en-US");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(FunnelLabApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            var found = robot.lookup("#kpiRevenue").tryQueryAs(Label.class);
            return found.isPresent() && found.get().getText().startsWith("$");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kpiAverageDeal").queryAs(Label.class).getText()).startsWith("$")
                .doesNotContain("₽");
    }
}
