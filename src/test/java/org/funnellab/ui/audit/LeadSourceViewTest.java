package org.funnellab.ui.audit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.funnellab.importer.ImportService;
import org.funnellab.importer.ProgressListener;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FilePreview;
import org.funnellab.store.Workspace;
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

/** "Find a lead" in Russian on a real import: the file row a lead came from, cell by cell; an unknown id says so. */
@ExtendWith(ApplicationExtension.class)
class LeadSourceViewTest {
    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @TempDir
    Path dir;
    private FxTaskExecutor executor;
    private WorkspaceViewModel workspace;
    private LeadSourceViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Path.of(LeadSourceViewTest.class.getResource("/org/funnellab/importer/fixtures/amocrm_deals.csv")
                .toURI());
        Path ws = dir.resolve("w.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            FilePreview preview = FilePreview.of(file, Presets.knownHeaders(), 5);
            Mapping mapping = Presets.byName("amocrm").defaultMapping(preview.header());
            new ImportService().importLeads(w, file, preview.settings(), mapping, "amocrm", ProgressListener.NONE);
        }
        executor = new FxTaskExecutor(1, "ws");
        workspace = new WorkspaceViewModel(executor, new FiltersViewModel());
        vm = new LeadSourceViewModel(workspace);
        stage.setScene(new Scene(new LeadSourceView(vm, new I18n(RU)), 760, 560));
        stage.show();
        workspace.open(ws);
    }

    @AfterEach
    void close() {
        workspace.close();
        executor.close();
    }

    @Test
    void anIdShowsTheFileRowItCameFrom(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> workspace.workspaceProperty().get() != null);
        robot.clickOn("#leadSourceId").write("1003");
        robot.clickOn("#leadSourceFind");
        TableView<?> table = robot.lookup("#leadSourceTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(vm.cells()).contains(new LeadSourceViewModel.Cell("Название сделки", "Звонок\nс сайта"),
                new LeadSourceViewModel.Cell("Причина отказа", "Спам"));
        Label answer = robot.lookup("#leadSourceAnswer").queryAs(Label.class);
        assertThat(answer.getText()).isEqualTo("Лид 1003 (amocrm), файл amocrm_deals.csv, строка 4:");
        assertThat(vm.asText()).contains("Причина отказа\tСпам\n");

        robot.doubleClickOn("#leadSourceId").eraseText(4).write("9999");
        robot.clickOn("#leadSourceFind");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, table.getItems()::isEmpty);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.getText()).isEqualTo("В этой рабочей области нет лида с номером 9999.");
    }
}
