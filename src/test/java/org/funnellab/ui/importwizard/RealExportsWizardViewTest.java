package org.funnellab.ui.importwizard;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.ui.common.BackgroundTask;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first-time user imports real CRM exports through the wizard by clicks (the file is dropped onto the window),
 * reads the win rate on the stages step before importing, and gets it in the workspace. Every click is counted.
 */
@ExtendWith(ApplicationExtension.class)
class RealExportsWizardViewTest {
    @TempDir
    static Path tmp;
    private FxTaskExecutor executor;
    private WorkspaceViewModel workspace;
    private ImportWizardViewModel vm;
    private int clicks;

    @Start
    void start(Stage stage) throws Exception {
        Locale en = Locale.forLanguageTag("en-US");
        executor = new FxTaskExecutor(1, "test-workspace");
        // one workspace per test (the @Start runs before each), inside the class's @TempDir
        Path folder = Files.createDirectories(tmp.resolve("ws-" + System.nanoTime()));
        workspace = WizardFixtures.openWorkspace(folder.resolve("w.sqlite"), executor);
        vm = new ImportWizardViewModel(workspace, executor, new Formats(en, "RUB"));
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

    private void click(FxRobot robot, Node node) throws Exception {
        waitUntil(() -> node.isVisible() && !node.isDisabled());
        robot.clickOn(node);
        clicks++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickButton(FxRobot robot, String id) throws Exception {
        Button b = robot.lookup(id).queryButton();
        waitUntil(() -> b.isVisible() && !b.isDisabled() && !vm.busyProperty().get());
        click(robot, b);
    }

    private String previewWinRate(FxRobot robot) throws Exception {
        waitUntil(() -> vm.values().figuresProperty().get() != null && !vm.values().computingProperty().get());
        return robot.lookup("#previewWinRate").queryAs(Label.class).getText();
    }

    private FunnelFacts facts() throws Exception {
        AtomicReference<FunnelFacts> facts = new AtomicReference<>();
        BackgroundTask<FunnelFacts> read = BackgroundTask.of(ctx -> workspace.workspaceProperty().get().queries()
                .facts(Filters.ALL, WorkspaceViewModel.WIN_RATE_STAGE));
        read.onSuccess(facts::set);
        executor.execute(read);
        waitUntil(() -> facts.get() != null);
        return facts.get();
    }

    private void drop(FxRobot robot, Path file) throws Exception {
        waitUntil(() -> workspace.workspaceProperty().get() != null);
        robot.interact(() -> vm.startWith(file));
        waitUntil(() -> vm.file().previewProperty().get() != null && !vm.file().busyProperty().get());
    }

    @Test
    void aSalesforceApiExportInFiveClicksWithTheRightWinRateFirstTime(FxRobot robot) throws Exception {
        drop(robot, ImportWizardChoicesTest.real("salesforce-opportunities-sfdc-data-cloud-workshop.csv"));
        clickButton(robot, "#nextButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.MAPPING);
        clickButton(robot, "#nextButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.VALUES);
        // 12 Closed Won, 3 Closed Lost: 12 / 15
        assertThat(previewWinRate(robot)).isEqualTo("80%");
        clickButton(robot, "#nextButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.CHECK && !vm.check().checkingProperty().get());
        clickButton(robot, "#importButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.RESULT);
        clickButton(robot, "#doneButton");
        assertThat(clicks).isEqualTo(5).isLessThanOrEqualTo(8);
        FunnelFacts f = facts();
        assertThat(f.closedAtOpportunityWon()).isEqualTo(12);
        assertThat(f.closedAtOpportunityLost()).isEqualTo(3);
    }

    @Test
    void anEightColumnOpportunityExportInSevenClicksWithTheRightWinRateFirstTime(FxRobot robot) throws Exception {
        drop(robot, ImportWizardChoicesTest.real("generic-crm-sales-pipeline-maven-replica.csv"));
        assertThat(vm.file().previewProperty().get().header()).hasSize(8);
        clickButton(robot, "#nextButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.MAPPING);
        assertThat(robot.lookup("#missingRoles").queryAs(Label.class).getText()).contains("Created date");
        // engage_date is the only start date: one click opens its roles, one picks "Created date"
        ComboBox<?> role = robot.lookup("#role-5").queryComboBox();
        click(robot, role);
        waitUntil(role::isShowing);
        Node created = robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.isVisible()
                && "Created date".equals(c.getText())).query();
        click(robot, created);
        waitUntil(() -> robot.lookup("#missingRoles").queryAs(Label.class).getText().isEmpty());
        clickButton(robot, "#nextButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.VALUES);
        // Won 699, Lost 432 (lost while sales worked them): 699 / 1,131 = 61.80 %
        assertThat(previewWinRate(robot)).isEqualTo("61.8%");
        assertThat(robot.lookup("#previewRejected").queryAs(Label.class).getText()).isEqualTo("Rows rejected: 73");
        clickButton(robot, "#nextButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.CHECK && !vm.check().checkingProperty().get());
        assertThat(robot.lookup("#checkSummary").queryAs(Label.class).getText())
                .contains("Rows checked: 1,500", "would be rejected: 73");
        clickButton(robot, "#importButton");
        waitUntil(() -> vm.stepProperty().get() == WizardStep.RESULT);
        clickButton(robot, "#doneButton");
        assertThat(clicks).isEqualTo(7).isLessThanOrEqualTo(15);
        FunnelFacts f = facts();
        assertThat(f.closedAtOpportunityWon()).isEqualTo(699);
        assertThat(f.closedAtOpportunityLost()).isEqualTo(432);
    }
}
