package org.funnellab.app;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a temporary demo workspace: navigation, filters reaching a panel, language switch. */
class MainWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void launch() throws Exception {
        Path ws = dir.resolve("demo.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2025, 12), 2000, 4);
        }
        System.setProperty("funnellab.dataDir", dir.resolve("data").toString());
        System.setProperty("funnellab.workspace", ws.toString());
        System.setProperty("funnellab.lang", "en-US");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(FunnelLabApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#workspaceName").queryAs(Label.class).getText().contains("2025"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        System.clearProperty("funnellab.dataDir");
        System.clearProperty("funnellab.workspace");
        System.clearProperty("funnellab.lang");
    }

    @Test
    void theWorkspaceIsNamedWithItsMonthsAndMarkedAsDemo() {
        String title = robot.lookup("#workspaceName").queryAs(Label.class).getText();
        assertThat(title).contains("Demo workspace").contains("2025");
        assertThat(robot.lookup(".demo-badge").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void navigationShowsEachPanel() {
        assertThat(robot.lookup("#dashboardView").tryQuery()).as("the dashboard is the first screen").isPresent();
        for (String id : new String[] {"import", "cacClv", "velocity", "planner", "nonTarget", "dashboard"}) {
            robot.clickOn("#nav-" + id);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#nav-" + id).queryAs(ToggleButton.class).isSelected()).isTrue();
        }
        assertThat(robot.lookup("#dashboardView").tryQuery()).isPresent();
        robot.clickOn("#nav-import");
        assertThat(robot.lookup("#importWizard").tryQuery()).isPresent();
    }

    @Test
    void aNarrowerPeriodChangesThePanelsMeasuredBaseline() throws Exception {
        robot.clickOn("#nav-nonTarget");
        TextField leads = robot.lookup("#leadsPerMonthField").queryAs(TextField.class);
        String before = leads.getText();
        @SuppressWarnings("unchecked")
        ComboBox<YearMonth> from = robot.lookup("#filterFrom").queryAs(ComboBox.class);
        robot.interact(() -> from.getSelectionModel().select(from.getItems().size() - 2));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !leads.getText().equals(before));
        assertThat(leads.getText()).isNotEqualTo(before);
    }

    @Test
    void switchingToRussianRelabelsTheWindowAndKeepsTheInputs() throws Exception {
        robot.clickOn("#nav-nonTarget");
        TextField minutes = robot.lookup("#minutesPerCallField").queryAs(TextField.class);
        robot.interact(() -> {
            minutes.setText("25");
            minutes.getOnAction().handle(null);
        });
        robot.clickOn("#langRu");
        WaitForAsyncUtils.waitForFxEvents();
        Node nav = robot.lookup("#nav-nonTarget").query();
        assertThat(((ToggleButton) nav).getText()).isEqualTo("Нецелевые лиды");
        assertThat(robot.lookup("#minutesPerCallField").queryAs(TextField.class).getText()).isEqualTo("25");
    }
}
