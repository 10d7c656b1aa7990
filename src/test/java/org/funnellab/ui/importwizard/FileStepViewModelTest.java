package org.funnellab.ui.importwizard;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.funnellab.importer.read.FileKind;
import org.funnellab.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Step 1 on its own: detection shown, each override re-reads the preview, failures shown and not thrown. */
class FileStepViewModelTest {
    @TempDir
    Path dir;
    private final FileStepViewModel vm = new FileStepViewModel(new CurrentThreadTaskExecutor());

    private Path twoSheetWorkbook() throws Exception {
        Path file = dir.resolve("export.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "FunnelLab", "1.0");
            Worksheet deals = wb.newWorksheet("Deals");
            deals.value(0, 0, "Deal ID");
            deals.value(0, 1, "Stage");
            deals.value(1, 0, "D-1");
            deals.value(1, 1, "won");
            Worksheet leads = wb.newWorksheet("Leads");
            leads.value(0, 0, "lead_id");
            leads.value(0, 1, "created_at");
            leads.value(0, 2, "channel");
            leads.value(1, 0, "L-1");
            leads.value(1, 1, "05.02.2025");
            leads.value(1, 2, "seo");
            wb.finish();
        }
        return file;
    }

    @Test
    void aWorkbookOffersItsSheetsAndChoosingOneRereadsThePreview() throws Exception {
        vm.choose(twoSheetWorkbook());
        assertThat(vm.settings().kind()).isEqualTo(FileKind.XLSX);
        assertThat(vm.sheetNames()).containsExactly("Deals", "Leads");
        assertThat(vm.previewProperty().get().header()).containsExactly("Deal ID", "Stage");
        vm.setSheet(1);
        assertThat(vm.settings().sheetIndex()).isEqualTo(1);
        assertThat(vm.previewProperty().get().header()).containsExactly("lead_id", "created_at", "channel");
        assertThat(vm.previewProperty().get().rows()).hasSize(1);
    }

    @Test
    void theHeaderLineCanBeOverridden() {
        vm.choose(WizardFixtures.fixture("salesforce_report.csv"));
        long detected = vm.previewProperty().get().headerLine();
        assertThat(detected).isGreaterThan(1);
        assertThat(vm.previewProperty().get().junkLines()).isNotEmpty();
        vm.setHeaderLine(detected + 1);
        assertThat(vm.previewProperty().get().headerLine()).isEqualTo(detected + 1);
        assertThat(vm.previewProperty().get().header()).first().isEqualTo("0065g00000AbC01");
    }

    @Test
    void aWrongSeparatorRereadsThePreviewAndTheRightOneRestoresIt() {
        vm.choose(WizardFixtures.fixture("bad_stage.csv"));
        assertThat(vm.previewProperty().get().header()).hasSize(6);
        vm.setDelimiter(';');
        // one long cell is no header the reader knows: the user is told and can point at the header line
        assertThat(vm.errorProperty().get()).contains("header");
        vm.setHeaderLine(1);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.settings().delimiter()).isEqualTo(';');
        assertThat(vm.previewProperty().get().header()).hasSize(1);
        vm.setDelimiter(',');
        assertThat(vm.previewProperty().get().header()).hasSize(6);
    }

    @Test
    void aSeparatorThatBreaksTheQuotingShowsTheProblemUntilItIsPutBack() {
        vm.choose(WizardFixtures.fixture("salesforce_report.csv"));
        vm.setDelimiter(';');
        assertThat(vm.errorProperty().get()).contains("line");
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.settings().delimiter()).isEqualTo(';');
        vm.setDelimiter(',');
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.previewProperty().get().header()).contains("Opportunity ID");
    }

    @Test
    void anUnreadableFileIsReportedNotThrown() throws Exception {
        Path legacy = dir.resolve("old.xls");
        Files.write(legacy, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0});
        vm.choose(legacy);
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.errorProperty().get()).contains("xlsx");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aCostSheetOrAnAggregatedFunnelFileIsOfferedAsSuchAndAnExportAsLeads() throws Exception {
        vm.choose(WizardFixtures.fixture("costs_en.csv"));
        assertThat(vm.kindProperty().get()).isEqualTo(org.funnellab.store.ImportKind.COSTS);
        Path funnel = dir.resolve("funnel.csv");
        Files.writeString(funnel, "month,channel,campaign,leads,mql,sql,won,revenue\n2025-01,seo,,100,40,20,5,50000\n");
        vm.choose(funnel);
        assertThat(vm.kindProperty().get()).isEqualTo(org.funnellab.store.ImportKind.FUNNEL);
        vm.choose(WizardFixtures.fixture("salesforce_report.csv"));
        assertThat(vm.kindProperty().get()).isEqualTo(org.funnellab.store.ImportKind.LEADS);
    }
}
