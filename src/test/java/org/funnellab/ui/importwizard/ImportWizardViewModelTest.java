package org.funnellab.ui.importwizard;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.read.FileKind;
import org.funnellab.store.DemoData;
import org.funnellab.store.ImportKind;
import org.funnellab.ui.common.CurrentThreadTaskExecutor;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard's state over real fixture files into a real workspace, every task run on the test thread. */
class ImportWizardViewModelTest {
    @TempDir
    Path dir;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private WorkspaceViewModel workspace;

    private ImportWizardViewModel wizard() {
        if (workspace == null) {
            workspace = WizardFixtures.openWorkspace(dir.resolve("w.sqlite"), executor);
        }
        return new ImportWizardViewModel(workspace, executor, new Formats(Locale.forLanguageTag("en-US"), "RUB"));
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private FunnelFacts facts() {
        return workspace.workspaceProperty().get().queries().facts(Filters.ALL, Stage.SQL);
    }

    private static void walkToCheck(ImportWizardViewModel vm) {
        vm.next();
        vm.next();
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CHECK);
    }

    @Test
    void choosingAFileShowsTheDetectedEncodingSeparatorAndHeader() {
        ImportWizardViewModel vm = wizard();
        vm.startWith(WizardFixtures.fixture("bitrix24_deals_cp1251.csv"));
        var preview = vm.file().previewProperty().get();
        assertThat(preview.settings().kind()).isEqualTo(FileKind.DELIMITED);
        assertThat(preview.settings().charset().name()).isEqualTo("windows-1251");
        assertThat(preview.settings().delimiter()).isEqualTo(';');
        assertThat(preview.reasons()).anySatisfy(r -> assertThat(r).contains("windows-1251"));
        assertThat(preview.header()).contains("Стадия сделки");
        assertThat(vm.canGoNextProperty().get()).isTrue();
    }

    @Test
    void overridingTheEncodingReReadsThePreview() {
        ImportWizardViewModel vm = wizard();
        vm.startWith(WizardFixtures.fixture("bitrix24_deals_cp1251.csv"));
        vm.file().setCharset(StandardCharsets.UTF_8);
        var preview = vm.file().previewProperty().get();
        assertThat(preview.settings().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(preview.header()).doesNotContain("Стадия сделки");
        vm.file().setCharset(FileStepViewModel.ENCODINGS.get(3));
        assertThat(vm.file().previewProperty().get().header()).contains("Стадия сделки");
    }

    @Test
    void theBestMatchingPresetIsPickedWithFiveSampleValuesPerColumn() {
        ImportWizardViewModel vm = wizard();
        vm.startWith(WizardFixtures.fixture("hubspot_deals.csv"));
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
        assertThat(vm.mapping().presetProperty().get().name()).isEqualTo("HubSpot");
        assertThat(vm.mapping().sourceSystemProperty().get()).isEqualTo(SourceSystem.HUBSPOT);
        ColumnRow stage = vm.mapping().column(ColumnRole.STAGE);
        assertThat(stage.header()).isEqualTo("Deal Stage");
        assertThat(stage.samples()).hasSize(5).startsWith("appointmentscheduled", "closedwon");
    }

    @Test
    void anUnmappedStageValueMappedByTheUserIsImported() {
        ImportWizardViewModel vm = wizard();
        vm.startWith(WizardFixtures.fixture("bad_stage.csv"));
        vm.next();
        vm.next();
        StageValueRow frozen = vm.values().stage("Заморожено");
        assertThat(frozen.isUnmapped()).isTrue();
        assertThat(vm.values().stage("lead").isUnmapped()).isFalse();
        long unmappedBefore = vm.values().unmappedCountProperty().get();
        frozen.stageProperty().set(Stage.SQL);
        frozen.statusProperty().set(LeadStatus.LOST);
        assertThat(vm.values().unmappedCountProperty().get()).isEqualTo(unmappedBefore - 1);
        vm.next();
        assertThat(unmappedBefore).isEqualTo(2);
        assertThat(vm.check().rejectedProperty().get()).as("only the still unmapped 'На паузе' row").isEqualTo(1);
        assertThat(vm.check().rows()).anySatisfy(row -> assertThat(row).contains("SQL", "LOST"));

        vm.startImport();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.RESULT);
        FunnelFacts f = facts();
        assertThat(f.lost()).isEqualTo(2);
        assertThat(f.reached(Stage.SQL)).isEqualTo(2);
        assertThat(vm.result().rejectedProperty().get()).isEqualTo(vm.check().rejectedProperty().get());
        assertThat(vm.result().rejectedRows()).noneSatisfy(r -> assertThat(r.cells()).contains("Заморожено"));
    }

    @Test
    void aStatusValueTheFileInventedIsListedAndOnceMappedImported() throws Exception {
        Path file = dir.resolve("statuses.csv");
        Files.writeString(file, """
                external_id,created_at,stage,status
                G-1,05.02.2025,lead,open
                G-2,06.02.2025,sql,Gagné
                G-3,07.02.2025,sql,lost
                """);
        ImportWizardViewModel vm = wizard();
        vm.startWith(file);
        vm.next();
        vm.next();
        assertThat(vm.values().statusColumnProperty().get()).isTrue();
        assertThat(vm.values().status("open").statusProperty().get()).isEqualTo(LeadStatus.OPEN);
        StatusValueRow gagne = vm.values().status("Gagné");
        assertThat(gagne.statusProperty().get()).isNull();
        vm.next();
        assertThat(vm.check().rejectedProperty().get()).isEqualTo(1);

        vm.back();
        gagne.statusProperty().set(LeadStatus.WON);
        vm.next();
        assertThat(vm.check().rejectedProperty().get()).isZero();
        vm.startImport();
        assertThat(facts().won()).isEqualTo(1);
        assertThat(facts().lost()).isEqualTo(1);
    }

    @Test
    void aLossReasonTheUserCallsTargetNoLongerMarksTheLeadNonTarget() {
        ImportWizardViewModel vm = wizard();
        vm.startWith(WizardFixtures.fixture("hubspot_deals.csv"));
        vm.next();
        vm.next();
        ReasonRow notAFit = vm.values().reason("Not a fit");
        assertThat(notAFit.targetProperty().get()).isEqualTo(Target.NON_TARGET);
        vm.next();
        assertThat(nonTargetRows(vm)).as("'Not a fit' and 'Spam'").isEqualTo(2);

        vm.back();
        notAFit.targetProperty().set(Target.TARGET);
        vm.next();
        assertThat(nonTargetRows(vm)).isEqualTo(1);
        assertThat(vm.currentMapping().nonTargetReasons()).doesNotContain("Not a fit");
    }

    private static long nonTargetRows(ImportWizardViewModel vm) {
        int column = DryRun.LEAD_COLUMNS.indexOf("target");
        return vm.check().rows().stream().filter(r -> r.get(column).equals("NON_TARGET")).count();
    }

    @Test
    void theResultCountsAreTheStoresCounts() {
        ImportWizardViewModel vm = wizard();
        vm.startWith(WizardFixtures.fixture("amocrm_deals.csv"));
        walkToCheck(vm);
        assertThat(vm.check().rows()).isNotEmpty();
        assertThat(vm.check().dates()).isNotEmpty();
        vm.startImport();
        ResultStepViewModel r = vm.result();
        assertThat(r.insertedProperty().get()).isPositive().isEqualTo(facts().leads());
        assertThat(r.insertedProperty().get() + r.updatedProperty().get() + r.unchangedProperty().get()
                + r.rejectedProperty().get()).isLessThanOrEqualTo(r.readProperty().get());
        assertThat(r.rejectedRows()).hasSize((int) r.rejectedProperty().get());

        ImportWizardViewModel again = wizard();
        again.startWith(WizardFixtures.fixture("amocrm_deals.csv"));
        walkToCheck(again);
        again.startImport();
        assertThat(again.result().insertedProperty().get()).isZero();
        assertThat(again.result().unchangedProperty().get()).isEqualTo(r.insertedProperty().get());
        assertThat(facts().leads()).isEqualTo(r.insertedProperty().get());
    }

    @Test
    void cancellingTheImportWritesNothingAndReturnsToTheCheck() {
        Path big = dir.resolve("leads.csv");
        DemoData.writeLeadsCsv(big, 5_000, 11);
        ImportWizardViewModel vm = wizard();
        vm.startWith(big);
        walkToCheck(vm);
        assertThat(vm.check().checkedProperty().get()).isEqualTo(5000); // the whole file, not a sample
        executor.cancelAfter(3);
        vm.startImport();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CHECK);
        assertThat(vm.noticeKeyProperty().get()).isEqualTo("importWizard.notice.cancelled");
        assertThat(vm.progress().rowsProperty().get()).isPositive();
        assertThat(facts().leads()).isZero();
        assertThat(workspace.workspaceProperty().get().importHistory().batches()).isEmpty();
    }

    @Test
    void aCancelArrivingAfterTheLastRowShowsTheRowsThatWereWritten() {
        ImportWizardViewModel vm = wizard();
        vm.startWith(WizardFixtures.fixture("amocrm_deals.csv"));
        walkToCheck(vm);
        // the small file's only progress tick comes after its last row; the transaction commits regardless
        executor.cancelAfter(1);
        vm.startImport();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.RESULT);
        assertThat(vm.noticeKeyProperty().get()).isEqualTo("importWizard.notice.finishedBeforeCancel");
        assertThat(vm.result().insertedProperty().get()).isPositive().isEqualTo(facts().leads());
    }

    @Test
    void aSavedMappingIsOfferedByNameAndRestoresItsRoles() {
        ImportWizardViewModel vm = wizard();
        vm.startWith(WizardFixtures.fixture("hubspot_deals.csv"));
        vm.next();
        ColumnRow pipeline = vm.mapping().columns().stream().filter(c -> c.header().equals("Pipeline")).findFirst()
                .orElseThrow();
        vm.mapping().column(ColumnRole.CAMPAIGN).roleProperty().set(ColumnRole.IGNORE);
        pipeline.roleProperty().set(ColumnRole.CAMPAIGN);
        vm.saveMappingAs("HubSpot with pipelines");
        assertThat(vm.noticeKeyProperty().get()).isEqualTo("importWizard.notice.mappingSaved");

        ImportWizardViewModel fresh = wizard();
        fresh.startWith(WizardFixtures.fixture("hubspot_deals.csv"));
        fresh.next();
        assertThat(fresh.mapping().column(ColumnRole.CAMPAIGN).header()).isEqualTo("Original Source Drill-Down 1");
        PresetChoice saved = fresh.mapping().presets().stream().filter(PresetChoice::saved).findFirst().orElseThrow();
        assertThat(saved.name()).isEqualTo("HubSpot with pipelines");
        fresh.choosePreset(saved);
        assertThat(fresh.mapping().presetProperty().get()).isEqualTo(saved);
        assertThat(fresh.mapping().columns().stream().filter(c -> c.header().equals("Pipeline")).findFirst()
                .orElseThrow().role()).isEqualTo(ColumnRole.CAMPAIGN);
    }

    @Test
    void aCostSheetSkipsMappingAndValuesAndShowsItsParsedRows() throws Exception {
        ImportWizardViewModel vm = wizard();
        vm.startWith(WizardFixtures.fixture("costs_en.csv"));
        vm.file().kindProperty().set(ImportKind.COSTS);
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CHECK);
        assertThat(vm.check().columns()).isEqualTo(DryRun.COST_COLUMNS);
        assertThat(vm.check().rows()).isNotEmpty();
        vm.back();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.FILE);
        vm.next();
        vm.startImport();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.RESULT);
        assertThat(facts().totalCosts().signum()).isPositive();
    }

    @Test
    void rejectedRowsAreExportedAsCsv() throws Exception {
        ImportWizardViewModel vm = wizard();
        vm.startWith(WizardFixtures.fixture("bad_date.csv"));
        walkToCheck(vm);
        vm.startImport();
        assertThat(vm.result().rejectedRows()).isNotEmpty();
        Path out = dir.resolve("rejected.csv");
        vm.exportRejected(out);
        assertThat(vm.noticeKeyProperty().get()).isEqualTo("importWizard.notice.exported");
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(vm.result().rejectedRows().size() + 1);
    }

    @Test
    void doneAfterAnImportRefreshesTheWorkspaceRangeAndFacts() {
        ImportWizardViewModel vm = wizard();
        boolean[] finished = {false};
        vm.setOnFinished(() -> finished[0] = true);
        vm.startWith(WizardFixtures.fixture("amocrm_deals.csv"));
        walkToCheck(vm);
        vm.startImport();
        assertThat(workspace.dataRangeProperty().get()).isNull();
        vm.done();
        assertThat(finished[0]).isTrue();
        assertThat(workspace.dataRangeProperty().get()).isNotNull();
        assertThat(workspace.snapshotProperty().get().total().leads()).isEqualTo(vm.result().insertedProperty().get());
    }
}
