package org.funnellab.app;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.funnellab.importer.ImportService;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FilePreview;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace with a CRM export and no cost sheet: the budget planner says what to import instead of planning a
 * table of zeros (no channel has a cost per lead), in the window's language.
 */
class PlannerWithoutCostsTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        AppLauncher.close();
    }

    @Test
    void leadsWithoutCostsAskForACostSheet() throws Exception {
        Path csv = dir.resolve("leads.csv");
        DemoData.writeLeadsCsv(csv, 400, 7);
        Path ws = dir.resolve("leads-only.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            List<String> header = FilePreview.of(csv, Presets.knownHeaders(), 0).header();
            Mapping mapping = Presets.byName("generic").defaultMapping(header);
            new ImportService().importLeads(w, csv, null, mapping, "generic", p -> true);
            assertThat(w.queries().channels()).as("leads with channels").isNotEmpty();
        }
        Stage stage = AppLauncher.launch(dir.resolve("data"), ws, "ru-RU", "planner");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#plannerEmpty").tryQuery().isPresent());
        Label note = robot.lookup("#plannerEmpty").queryAs(Label.class);
        assertThat(note.getText()).startsWith("В выборке нет затрат").contains("таблицу затрат");
        assertThat(robot.lookup("#planTable").tryQuery()).as("no table of zeros").isEmpty();
        assertThat(stage.isShowing()).isTrue();
    }
}
