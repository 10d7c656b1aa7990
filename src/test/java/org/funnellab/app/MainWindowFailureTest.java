package org.funnellab.app;

import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The window started on a file that is not a workspace: a sentence in the interface language, nothing remembered. */
class MainWindowFailureTest {
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
    void aCsvGivenAsTheWorkspaceIsRefusedInRussianWithoutCodesAndIsNotRemembered() throws Exception {
        Path csv = Files.writeString(dir.resolve("сделки.csv"), "ID;Название\n1;Ромашка\n".repeat(100));
        Path data = dir.resolve("data");
        System.setProperty("funnellab.dataDir", data.toString());
        System.setProperty("funnellab.workspace", csv.toString());
        System.setProperty("funnellab.lang", "ru");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(FunnelLabApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#workspaceError").queryAs(Label.class).getText().isEmpty());
        String shown = robot.lookup("#workspaceError").queryAs(Label.class).getText();
        assertThat(shown).isEqualTo("сделки.csv — не рабочее пространство FunnelLab; файл не изменён.");
        Path prefs = data.resolve("preferences.json");
        if (Files.exists(prefs)) {
            assertThat(Files.readString(prefs)).doesNotContain("сделки.csv");
        }
    }
}
