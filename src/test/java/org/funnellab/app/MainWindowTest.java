package org.funnellab.app;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a temporary demo workspace: navigation, filters reaching a panel, language switch. */
class MainWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

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
        app = FxToolkit.setupApplication(FunnelLabApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#workspaceName").queryAs(Label.class).getText().contains("2025"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        // Application.stop: what quitting does (tasks cancelled, the workspace closed on its thread).
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
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

    /**
     * Each navigation button puts its own screen, built and laid out, in the content area, replacing the one before,
     * and nothing fails on the way: a screen whose view cannot be built leaves the previous one on show (and throws on
     * the FX thread), which fails here.
     */
    @Test
    void navigationShowsEachScreensContent() {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicReference<Thread.UncaughtExceptionHandler> before = new AtomicReference<>();
        robot.interact(() -> {
            before.set(Thread.currentThread().getUncaughtExceptionHandler());
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> failures.add(e));
        });
        try {
            assertShows("dashboardView");
            String[][] screens = {{"import", "importWizard"}, {"cacClv", "cacClvView"}, {"velocity", "velocityView"},
                    {"planner", "plannerView"}, {"nonTarget", "nonTargetView"}, {"dashboard", "dashboardView"}};
            for (String[] s : screens) {
                robot.clickOn("#nav-" + s[0]);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(robot.lookup("#nav-" + s[0]).queryAs(ToggleButton.class).isSelected()).isTrue();
                assertShows(s[1]);
            }
            assertThat(failures).as("exceptions on the FX thread").isEmpty();
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before.get()));
        }
    }

    /** The content area holds exactly the screen {@code viewId}, visible and laid out, with text on show. */
    private void assertShows(String viewId) {
        StackPane content = robot.lookup(".screen-content").queryAs(StackPane.class);
        assertThat(content.getChildren()).as("one screen on show").hasSize(1);
        Node screen = content.getChildren().get(0);
        Node view = screen.getId() != null && screen.getId().equals(viewId) ? screen
                : robot.from(screen).lookup("#" + viewId).tryQuery().orElse(null);
        assertThat(view).as(viewId + " is the screen on show").isNotNull();
        assertThat(view.isVisible()).isTrue();
        assertThat(view.getLayoutBounds().getWidth()).as(viewId + " width").isGreaterThan(100);
        assertThat(view.getLayoutBounds().getHeight()).as(viewId + " height").isGreaterThan(100);
        assertThat(robot.from(view).lookup(".label").queryAllAs(Label.class))
                .as(viewId + " shows text").anyMatch(l -> l.isVisible() && !l.getText().isBlank());
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
