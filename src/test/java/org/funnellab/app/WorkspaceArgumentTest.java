package org.funnellab.app;

import javafx.scene.control.Label;
import org.funnellab.store.DefaultWorkspace;
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

/**
 * Opening a workspace file with FunnelLab (the file manager passes its path) opens the window on that file; the About
 * box names the version the build stamped.
 */
class WorkspaceArgumentTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        System.clearProperty("funnellab.dataDir");
        System.clearProperty("funnellab.lang");
        System.clearProperty("funnellab.workspace");
    }

    @Test
    void theWorkspaceGivenAsArgumentIsOpenedAndRememberedAsRecent() throws Exception {
        Path ws = dir.resolve("given.funnellab.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2023, 5), 500, 3);
        }
        Path data = dir.resolve("data");
        System.setProperty("funnellab.dataDir", data.toString());
        System.setProperty("funnellab.lang", "en-US");
        FxToolkit.registerPrimaryStage();
        javafx.application.Application app = FxToolkit.setupApplication(FunnelLabApp.class, ws.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#workspaceName").queryAs(Label.class).getText().contains("2023"));

        assertThat(robot.lookup("#workspaceName").queryAs(Label.class).getText()).contains("2023");
        assertThat(data.resolve(DefaultWorkspace.FILE_NAME)).as("no default workspace is made").doesNotExist();
        FxToolkit.cleanupApplication(app); // stop(): the preferences are written
        try (UserPreferences p = UserPreferences.load(UserPreferences.defaultFile(data))) {
            assertThat(p.recentWorkspaces()).first().isEqualTo(ws.toAbsolutePath());
        }
    }

    @Test
    void theAboutBoxNamesTheVersion() throws Exception {
        Path ws = dir.resolve("about.funnellab.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2024, 2), 200, 5);
        }
        System.setProperty("funnellab.dataDir", dir.resolve("data").toString());
        System.setProperty("funnellab.workspace", ws.toString());
        System.setProperty("funnellab.lang", "en-US");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(FunnelLabApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#workspaceName").queryAs(Label.class).getText().contains("2024"));

        robot.clickOn("Help");
        robot.clickOn("About FunnelLab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane about = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(about.getHeaderText()).isEqualTo("FunnelLab " + System.getProperty("funnellab.expectedVersion"));
        assertThat(about.getContentText()).contains("Runtime: ").contains(Runtime.version().toString());
    }
}
