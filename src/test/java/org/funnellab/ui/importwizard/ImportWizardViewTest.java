package org.funnellab.ui.importwizard;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.funnellab.domain.Filters;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.FxTaskExecutor;
import org.funnellab.ui.common.I18n;
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

/** The whole wizard in a real (headless) toolkit, its work on a real background thread, driven by control ids. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardViewTest {
    /** Every file the test writes, the 300,000-row CSV included, is removed with this folder. */
    @TempDir
    Path dir;
    private FxTaskExecutor executor;
    private WorkspaceViewModel workspace;
    private ImportWizardViewModel vm;
    private boolean finished;

    @Start
    void start(Stage stage) throws Exception {
        Locale en = Locale.forLanguageTag("en-US");
        executor = new FxTaskExecutor(1, "test-workspace");
        workspace = WizardFixtures.openWorkspace(dir.resolve("w.sqlite"),
                executor);
        vm = new ImportWizardViewModel(workspace, executor, new Formats(en, "RUB"));
        vm.setOnFinished(() -> finished = true);
        stage.setScene(new Scene(new ImportWizardView(vm, new I18n(en), new Formats(en, "RUB")), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        workspace.close();
        executor.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickWhenEnabled(FxRobot robot, String id) throws Exception {
        Button b = robot.lookup(id).queryButton();
        waitUntil(() -> b.isVisible() && !b.isDisabled());
        robot.clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSmallExportGoesThroughEveryStepIntoTheWorkspace(FxRobot robot) throws Exception {
        waitUntil(() -> workspace.workspaceProperty().get() != null);
        Path file = WizardFixtures.fixture("bad_stage.csv");
        robot.interact(() -> vm.startWith(file));
        waitUntil(() -> vm.file().previewProperty().get() != null);
        assertThat(robot.lookup("#detectionReasons").queryAs(Label.class).getText()).contains("UTF-8", "comma", "line 1");
        assertThat(robot.lookup("#filePreviewTable").queryTableView().getItems()).hasSize(5);

        clickWhenEnabled(robot, "#nextButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.MAPPING);
        assertThat(robot.lookup("#mappingTable").queryTableView().getItems()).hasSize(6);

        clickWhenEnabled(robot, "#nextButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.VALUES);
        TableView<?> stages = robot.lookup("#stageValuesTable").queryTableView();
        assertThat(stages.getItems()).hasSize(4);
        assertThat(robot.lookup(".unmapped-row").queryAll()).hasSize(2);

        clickWhenEnabled(robot, "#nextButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.CHECK);
        assertThat(robot.lookup("#checkSummary").queryAs(Label.class).getText())
                .contains("Will be imported: 2", "would be rejected: 3");

        clickWhenEnabled(robot, "#importButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.RESULT);
        assertThat(robot.lookup("#insertedCount").queryAs(Label.class).getText()).isEqualTo("2");
        assertThat(robot.lookup("#rejectedCount").queryAs(Label.class).getText()).isEqualTo("3");
        assertThat(robot.lookup("#rejectedTable").queryTableView().getItems()).hasSize(3);
        assertThat(robot.lookup("#exportRejected").queryButton().isDisabled()).isFalse();

        clickWhenEnabled(robot, "#doneButton");
        assertThat(finished).isTrue();
        waitUntil(() -> workspace.snapshotProperty().get() != null
                && workspace.snapshotProperty().get().total().leads() == 2);
        var facts = new java.util.concurrent.atomic.AtomicLong();
        var read = org.funnellab.ui.common.BackgroundTask.of(ctx -> workspace.workspaceProperty().get().queries()
                .facts(Filters.ALL, WorkspaceViewModel.WIN_RATE_STAGE).leads());
        read.onSuccess(facts::set);
        executor.execute(read);
        waitUntil(() -> facts.get() == 2);
    }

    @Test
    void cancellingARunningImportOnItsOwnThreadLeavesTheWorkspaceEmpty(FxRobot robot) throws Exception {
        waitUntil(() -> workspace.workspaceProperty().get() != null);
        Path big = dir.resolve("leads.csv");
        org.funnellab.store.DemoData.writeLeadsCsv(big, 300_000, 5);
        robot.interact(() -> vm.startWith(big));
        waitUntil(() -> vm.file().previewProperty().get() != null);
        clickWhenEnabled(robot, "#nextButton");
        clickWhenEnabled(robot, "#nextButton");
        clickWhenEnabled(robot, "#nextButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.CHECK && !vm.check().checkingProperty().get());
        clickWhenEnabled(robot, "#importButton");
        waitUntil(() -> vm.progress().rowsProperty().get() > 0);
        robot.clickOn("#cancelImport");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.CHECK);
        assertThat(robot.lookup("#wizardNotice").queryAs(Label.class).getText())
                .isEqualTo("Import cancelled: nothing was written.");
        var leads = new java.util.concurrent.atomic.AtomicLong(-1);
        var read = org.funnellab.ui.common.BackgroundTask.of(ctx -> workspace.workspaceProperty().get().queries()
                .facts(Filters.ALL, WorkspaceViewModel.WIN_RATE_STAGE).leads());
        read.onSuccess(leads::set);
        executor.execute(read);
        waitUntil(() -> leads.get() >= 0);
        assertThat(leads.get()).isZero();
    }
}
