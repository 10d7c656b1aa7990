package org.funnellab.app;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.funnellab.service.ScenarioComparison;
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

/**
 * The whole application on a demo workspace: the what-if working state survives language and theme switches and a
 * restart, old screens stop reacting after a switch, the filter bar says what the data shows, and two saved
 * scenarios compare with their deltas in the table.
 */
class ScenariosAppTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Path ws;
    private Application app;

    @BeforeEach
    void launch() throws Exception {
        ws = dir.resolve("demo.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2025, 12), 2000, 4);
        }
        System.setProperty("funnellab.dataDir", dir.resolve("data").toString());
        System.setProperty("funnellab.workspace", ws.toString());
        System.setProperty("funnellab.lang", "en-US");
        System.setProperty("funnellab.dark", "false");
        start();
    }

    private void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(FunnelLabApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#workspaceName").queryAs(Label.class).getText().contains("2025"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        for (String p : new String[] {"funnellab.dataDir", "funnellab.workspace", "funnellab.lang", "funnellab.dark"}) {
            System.clearProperty(p);
        }
    }

    private TextField field(String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private void type(String id, String text) {
        TextField f = field(id);
        robot.interact(() -> {
            f.setText(text);
            f.getOnAction().handle(null);
        });
    }

    private boolean undoEnabled() {
        return !robot.lookup("#undoButton").queryAs(Button.class).isDisabled();
    }

    @Test
    void aMovedSliderAndItsUndoHistorySurviveALanguageAndAThemeSwitch() {
        robot.clickOn("#nav-nonTarget");
        Slider slider = robot.lookup("#minutesPerCallSlider").queryAs(Slider.class);
        robot.interact(() -> {
            slider.setValueChanging(true);
            slider.setValue(30);
            slider.setValueChanging(false);
        });
        type("minutesPerCallField", "25");
        assertThat(field("minutesPerCallField").getText()).isEqualTo("25");

        robot.clickOn("#langRu");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#nav-nonTarget").queryAs(javafx.scene.control.ToggleButton.class).getText())
                .isEqualTo("Нецелевые лиды");
        assertThat(robot.lookup("#minutesPerCallSlider").queryAs(Slider.class).getValue()).isEqualTo(25);
        assertThat(undoEnabled()).as("the undo history came along").isTrue();
        robot.clickOn("#undoButton");
        assertThat(field("minutesPerCallField").getText()).isEqualTo("30");
        robot.clickOn("#undoButton");
        assertThat(field("minutesPerCallField").getText()).isEqualTo("15");
        assertThat(undoEnabled()).isFalse();
        robot.clickOn("#redoButton");
        assertThat(field("minutesPerCallField").getText()).isEqualTo("30");
    }

    @Test
    void afterManySwitchesOnlyTheShownScreensReactToAFilterChange() throws Exception {
        robot.clickOn("#nav-planner");
        WaitForAsyncUtils.waitForFxEvents();
        for (String b : new String[] {"#langRu", "#langEn", "#themeToggle", "#themeToggle", "#langRu"}) {
            robot.clickOn(b);
            WaitForAsyncUtils.waitForFxEvents();
        }
        var planner = ((FunnelLabApp) app).working().panel("planner");
        long before = planner.attachments();
        @SuppressWarnings("unchecked")
        ComboBox<YearMonth> from = robot.lookup("#filterFrom").queryAs(ComboBox.class);
        robot.interact(() -> from.getSelectionModel().select(from.getItems().size() - 3));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> planner.attachments() > before);
        WaitForAsyncUtils.waitForFxEvents();
        // Each planner reacting to new data builds one view model: six sets of screens would build six.
        assertThat(planner.attachments() - before).isEqualTo(1);
    }

    @Test
    void theFilterBarSaysWhatTheDataShowsAfterClearAndAfterAThemeSwitch() {
        @SuppressWarnings("unchecked")
        CheckComboBox<String> channels = robot.lookup("#filterChannels").queryAs(CheckComboBox.class);
        String first = channels.getItems().get(0);
        robot.interact(() -> channels.getCheckModel().check(first));
        assertThat(channels.getTitle()).endsWith(first);
        robot.clickOn("#filterClear");
        assertThat(robot.lookup("#filterChannels").queryAs(CheckComboBox.class).getTitle()).endsWith("all");

        robot.interact(() -> channels.getCheckModel().check(first));
        robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        CheckComboBox<String> rebuilt = robot.lookup("#filterChannels").queryAs(CheckComboBox.class);
        assertThat(rebuilt).isNotSameAs(channels);
        assertThat(rebuilt.getTitle()).endsWith(first);
        assertThat(rebuilt.getCheckModel().getCheckedItems()).containsExactly(first);
    }

    @Test
    void theWorkingStateComesBackAfterARestart() throws Exception {
        robot.clickOn("#nav-velocity");
        type("winRateField", "40");
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        start();
        robot.clickOn("#nav-velocity");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> field("winRateField").getText().equals("40"));
        assertThat(undoEnabled()).isTrue();
    }

    private void saveAs(String name) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#scenarioNameField").tryQuery().isPresent());
        TextField nameField = robot.lookup("#scenarioNameField").queryAs(TextField.class);
        robot.interact(() -> nameField.setText(name));
        Button save = robot.lookup((Node n) -> n instanceof Button b && "Save".equals(b.getText())).queryButton();
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void twoSavedScenariosCompareWithTheirDeltasInTheTable() throws Exception {
        robot.clickOn("#nav-nonTarget");
        type("minutesPerCallField", "25");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        saveAs("Slow calls");
        type("minutesPerCallField", "10");
        robot.clickOn("#nav-scenarios");
        robot.clickOn("#scenarioSaveAs");
        saveAs("Fast calls");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#scenarioList").queryAs(TableView.class).getItems().size() == 2);
        TableView<?> list = robot.lookup("#scenarioList").queryAs(TableView.class);
        for (int i = 0; i < 2; i++) {
            int row = i;
            robot.interact(() -> list.scrollTo(row));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#compare-" + row).tryQuery().isPresent());
            CheckBox tick = robot.lookup("#compare-" + row).queryAs(CheckBox.class);
            robot.interact(tick::fire);
        }
        Button compare = robot.lookup("#scenarioCompare").queryButton();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !compare.isDisabled());
        robot.clickOn(compare);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#comparisonTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<ScenarioComparison.Row> table = robot.lookup("#comparisonTable").queryAs(TableView.class);
        ScenarioComparison.Row minutes = table.getItems().stream()
                .filter(r -> r.panel().equals("nonTarget") && r.id().equals("minutesPerCall")).findFirst().orElseThrow();
        // Columns of scenario k: value-k, delta-k, percent-k (scenarios in list order: "Fast calls", "Slow calls").
        assertThat(cell(table, "value-0", minutes)).isEqualTo("10 min");
        assertThat(cell(table, "delta-0", minutes)).isEqualTo("−5 min");
        assertThat(cell(table, "delta-1", minutes)).isEqualTo("+10 min");
        assertThat(cell(table, "percent-1", minutes)).isEqualTo("+66.67%");
    }

    @SuppressWarnings("unchecked")
    private static String cell(TableView<ScenarioComparison.Row> table, String columnId, ScenarioComparison.Row row) {
        for (TableColumn<ScenarioComparison.Row, ?> group : table.getColumns()) {
            for (TableColumn<ScenarioComparison.Row, ?> c : group.getColumns()) {
                if (columnId.equals(c.getId())) {
                    return String.valueOf(c.getCellData(row));
                }
            }
        }
        throw new AssertionError("no column " + columnId);
    }
}
