package org.funnellab.ui.importwizard;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.importer.ImportProgress;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.StageMapping;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.CurrentThreadTaskExecutor;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The wizard's defaults, live figures, whole-file check and options, on real files into a real workspace, every
 * task on the test thread (no toolkit). Expected figures are worked out by hand from the files.
 */
class ImportWizardChoicesTest {
    @TempDir
    Path dir;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private WorkspaceViewModel workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private ImportWizardViewModel wizard() {
        if (workspace == null) {
            workspace = WizardFixtures.openWorkspace(dir.resolve("w.sqlite"), executor);
        }
        return new ImportWizardViewModel(workspace, executor, new Formats(Locale.forLanguageTag("en-US"), "RUB"));
    }

    private FunnelFacts facts() {
        return workspace.workspaceProperty().get().queries().facts(Filters.ALL, Stage.SQL);
    }

    static Path real(String name) {
        try {
            return Path.of(ImportWizardChoicesTest.class.getResource("/org/funnellab/importer/real/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theStagesStepShowsTheWinRateTheImportWillGiveAndFollowsAChange() {
        // 1,500 deals: Won 699, Lost 432, Engaging 296, Prospecting 73 (no engage date: rejected unless kept)
        ImportWizardViewModel vm = wizard();
        vm.startWith(real("generic-crm-sales-pipeline-maven-replica.csv"));
        vm.next();
        engageDateIsCreated(vm);
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.VALUES);
        StageValueRow lost = vm.values().stage("Lost");
        assertThat(lost.statusProperty().get()).isEqualTo(LeadStatus.LOST);
        assertThat(ValuesStepViewModel.movesFigures(lost)).isTrue();
        assertThat(ValuesStepViewModel.movesFigures(vm.values().stage("Engaging"))).isFalse();
        ValuesStepViewModel.Figures f = vm.values().figuresProperty().get();
        assertThat(f.rows()).isEqualTo(1500);
        assertThat(f.rejected()).isEqualTo(73);
        assertThat(f.won()).isEqualTo(699);
        assertThat(f.lost()).isEqualTo(432);
        assertThat(f.open()).isEqualTo(296);
        assertThat(f.winRate().value()).isCloseTo(699.0 / (699 + 432), within(1e-12));

        // the user says "Lost" means still open: no lost deal is left, the win rate becomes 699 / 699
        lost.statusProperty().set(LeadStatus.OPEN);
        f = vm.values().figuresProperty().get();
        assertThat(f.lost()).isZero();
        assertThat(f.open()).isEqualTo(296 + 432);
        assertThat(f.winRate().value()).isEqualTo(1.0);
        lost.statusProperty().set(LeadStatus.LOST);
        assertThat(vm.values().figuresProperty().get().winRate().value())
                .isCloseTo(699.0 / (699 + 432), within(1e-12));

        // the import gives what the preview said
        vm.next();
        vm.startImport();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.RESULT);
        FunnelFacts facts = facts();
        assertThat(facts.closedAtOpportunityWon()).isEqualTo(699);
        assertThat(facts.closedAtOpportunityLost()).isEqualTo(432);
    }

    /** The file's only start date is engage_date; no name says "created", so the user chooses it (two clicks). */
    static void engageDateIsCreated(ImportWizardViewModel vm) {
        assertThat(vm.mapping().missingRequired()).containsExactly(ColumnRole.CREATED_AT);
        vm.mapping().columns().stream().filter(c -> c.header().equals("engage_date")).findFirst().orElseThrow()
                .roleProperty().set(ColumnRole.CREATED_AT);
        assertThat(vm.mapping().missingRequired()).isEmpty();
    }

    @Test
    void lostDealsThatDoNotSayHowFarTheyGotCountAtTheStageChosenInPlainWords() {
        ImportWizardViewModel vm = wizard();
        vm.startWith(real("generic-crm-sales-pipeline-maven-replica.csv"));
        vm.next();
        engageDateIsCreated(vm);
        vm.next();
        assertThat(vm.values().lostStageProperty().get()).isEqualTo(Stage.SQL);
        vm.values().lostStageProperty().set(Stage.MQL);
        // lost at MQL never reached SQL, the win-rate stage: only won deals are closed there, 699 / 699
        assertThat(vm.values().figuresProperty().get().winRate().value()).isEqualTo(1.0);
        assertThat(vm.currentMapping().lostStage()).isEqualTo(Stage.MQL);
    }

    @Test
    void aValueNoDictionaryKnowsIsReadFromItsWordsAndMarkedForTheUserToConfirm() {
        assertThat(ValuesStepViewModel.guess("Closed - Lost (no budget)")).isEqualTo(
                new StageMapping(Stage.LEAD, LeadStatus.LOST));
        assertThat(ValuesStepViewModel.guess("Сделка провалена")).isEqualTo(
                new StageMapping(Stage.LEAD, LeadStatus.LOST));
        assertThat(ValuesStepViewModel.guess("Deal WON by partner")).isEqualTo(
                new StageMapping(Stage.WON, LeadStatus.WON));
        assertThat(ValuesStepViewModel.guess("Closed")).isNull();
        assertThat(ValuesStepViewModel.guess("Windows upgrade")).isNull();
        assertThat(ValuesStepViewModel.guess("Won or lost?")).isNull();

        StageValueRow row = new StageValueRow("Closed - Lost", 3, Stage.LEAD, LeadStatus.LOST);
        row.markGuessed();
        assertThat(row.guessedProperty().get()).isTrue();
        row.stageProperty().set(Stage.OPPORTUNITY);
        assertThat(row.guessedProperty().get()).as("an edit confirms it").isFalse();
    }

    /** 1,500 dated rows, then 500 rows without a created date at the very end of the file. */
    private Path undatedAtTheEnd() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("id,created,stage,amount");
        for (int i = 1; i <= 2000; i++) {
            lines.add("D" + i + "," + (i <= 1500 ? "2024-03-" + String.format("%02d", 1 + i % 28) : "")
                    + "," + (i % 3 == 0 ? "won" : i % 3 == 1 ? "lost" : "sql") + ",100");
        }
        Path file = dir.resolve("undated-at-the-end.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theCheckReadsTheWholeFileSoRejectionsAtItsEndAreCounted() throws IOException {
        ImportWizardViewModel vm = wizard();
        vm.startWith(undatedAtTheEnd());
        vm.next();
        assertThat(vm.mapping().missingRequired()).isEmpty();
        vm.next();
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CHECK);
        CheckStepViewModel check = vm.check();
        assertThat(check.checkedProperty().get()).isEqualTo(2000);
        assertThat(check.acceptedProperty().get()).isEqualTo(1500);
        assertThat(check.rejectedProperty().get()).isEqualTo(500);
        assertThat(check.rejections()).hasSize(1);
        assertThat(check.rejections().get(0).count()).isEqualTo(500);
        assertThat(check.rows()).hasSize(DryRun.SHOWN);
        assertThat(check.columns()).contains("closed");

        // the undated-rows choice is offered here, and the check runs again
        check.keepUndatedProperty().set(true);
        vm.recheck();
        assertThat(check.rejectedProperty().get()).isZero();
        assertThat(check.acceptedProperty().get()).isEqualTo(2000);
        vm.startImport();
        assertThat(vm.result().insertedProperty().get()).isEqualTo(2000);
    }

    @Test
    void cancellingTheCheckStopsItAndGoesBackWithNothingCounted() {
        Path big = dir.resolve("leads.csv");
        DemoData.writeLeadsCsv(big, 5_000, 11);
        ImportWizardViewModel vm = wizard();
        vm.startWith(big);
        vm.next();
        vm.next();
        executor.cancelAfter(2);
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.VALUES);
        assertThat(vm.noticeKeyProperty().get()).isEqualTo("importWizard.notice.checkCancelled");
        assertThat(vm.check().checkingProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void importProgressStartsFromNothingWhenTheRowsPassIsTheOnlyOne() {
        Path big = dir.resolve("leads.csv");
        DemoData.writeLeadsCsv(big, 5_000, 11);
        ImportWizardViewModel vm = wizard();
        vm.startWith(big);
        vm.next();
        vm.next();
        vm.next();
        List<Double> fractions = new ArrayList<>();
        List<Long> passes = new ArrayList<>();
        vm.progress().fractionProperty().addListener((obs, o, n) -> fractions.add(n.doubleValue()));
        vm.progress().totalPassesProperty().addListener((obs, o, n) -> passes.add(n.longValue()));
        vm.startImport();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.RESULT);
        assertThat(fractions).isNotEmpty();
        // the first tick comes after 1,000 of 5,000 rows: about a fifth, never "half done" before the rows start
        assertThat(fractions.get(0)).isBetween(0.0, 0.4);
        assertThat(fractions).isSorted();
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void aProgressRecordGivesTheFractionOfEveryPassTheRunMakes() {
        ProgressStepViewModel p = new ProgressStepViewModel();
        p.show(new ImportProgress(2, 1000, 250, 1000, 5000, 1));
        assertThat(p.fractionProperty().get()).isEqualTo(0.25);
        assertThat(p.passNumberProperty().get()).isEqualTo(1);
        p.show(new ImportProgress(1, 1000, 500, 1000, 5000, 2));
        assertThat(p.fractionProperty().get()).isEqualTo(0.25);
        p.show(new ImportProgress(2, 1000, 500, 1000, 5000, 2));
        assertThat(p.fractionProperty().get()).isEqualTo(0.75);
        assertThat(p.passNumberProperty().get()).isEqualTo(2);
        assertThat(p.rowsPerSecondProperty().get()).isEqualTo(5000);
    }

    @Test
    void amountsInAnotherCurrencyNeedARateAndAreConvertedWithIt() throws IOException {
        Path ws = dir.resolve("w.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            w.settings().setCurrency("RUB");
        }
        workspace = WizardFixtures.openWorkspace(ws, executor);
        ImportWizardViewModel vm = wizard();
        Path file = dir.resolve("usd.csv");
        Files.write(file, List.of("id,created,stage,amount", "A1,2024-03-01,won,100", "A2,2024-03-02,won,250.50",
                "A3,2024-03-03,lost,"), StandardCharsets.UTF_8);
        vm.startWith(file);
        vm.next();
        vm.next();
        vm.next();
        CheckStepViewModel check = vm.check();
        assertThat(check.currencyProperty().get()).isEqualTo("RUB");
        assertThat(check.rejectedProperty().get()).isZero();
        check.currencyProperty().set("USD");
        assertThat(check.needsRate()).isTrue();
        vm.recheck();
        assertThat(check.rejectedProperty().get()).as("USD amounts without a rate").isEqualTo(2);
        check.rateProperty().set("90,5");
        vm.recheck();
        assertThat(check.rejectedProperty().get()).isZero();
        vm.startImport();
        // (100 + 250.50) × 90.5 = 31,720.25
        assertThat(facts().wonRevenue()).isEqualByComparingTo("31720.25");
    }

    @Test
    void aPresetIsPreselectedOnlyWhenItBindsIdCreatedDateAndStage() {
        ImportWizardViewModel vm = wizard();
        vm.startWith(real("salesforce-opportunities-sfdc-data-cloud-workshop.csv"));
        vm.next();
        assertThat(vm.mapping().presetProperty().get().name()).isEqualTo("Salesforce");
        assertThat(vm.mapping().missingRequired()).isEmpty();
        assertThat(vm.mapping().column(ColumnRole.EXTERNAL_ID).header()).isEqualTo("Id");

        ImportWizardViewModel generic = wizard();
        generic.startWith(real("generic-crm-sales-pipeline-maven-replica.csv"));
        generic.next();
        assertThat(generic.mapping().presetProperty().get().name()).isEqualTo("Generic");
        engageDateIsCreated(generic);
        assertThat(MappingStepViewModel.roleChoices().subList(0, 3))
                .containsExactly(ColumnRole.EXTERNAL_ID, ColumnRole.CREATED_AT, ColumnRole.STAGE);
    }

    @Test
    void anotherWorkspaceOpensTheImportScreenFresh() {
        ImportWizardViewModel vm = wizard();
        vm.startWith(real("salesforce-opportunities-sfdc-data-cloud-workshop.csv"));
        vm.next();
        vm.next();
        vm.next();
        vm.startImport();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.RESULT);
        assertThat(vm.result().insertedProperty().get()).isEqualTo(50);
        workspace.open(dir.resolve("other.sqlite"));
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.FILE);
        assertThat(vm.result().insertedProperty().get()).isZero();
        assertThat(vm.file().previewProperty().get()).isNull();
        assertThat(vm.values().stages()).isEmpty();
        assertThat(vm.canGoNextProperty().get()).isFalse();
    }

    @Test
    void theResultListsEachNoteOnceAndCountsTheWarningsItDoesNotShow() {
        ResultStepViewModel r = new ResultStepViewModel();
        var date = new org.funnellab.importer.parse.DateResolution("created", org.funnellab.importer.parse.DatePattern.ISO,
                false, List.of(org.funnellab.importer.parse.DatePattern.ISO), 10, 0);
        List<String> warnings = new ArrayList<>();
        warnings.add(date.describe());
        for (int i = 1; i <= 14; i++) {
            warnings.add("line " + (i + 1) + ": amount has no currency");
        }
        warnings.add("line 2: amount has no currency");
        r.show(new org.funnellab.store.ImportCounts(1, 20, 20, 0, 0, 0), List.of("id"), List.of(), List.of(date),
                warnings);
        assertThat(r.warnings()).hasSize(14).doesNotContain(date.describe()).doesNotHaveDuplicates();
        assertThat(r.moreWarnings()).isEqualTo(14 - ResultStepViewModel.SHOWN_WARNINGS);
    }
}
