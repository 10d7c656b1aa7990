package org.funnellab.ui.importwizard;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.CurrentThreadTaskExecutor;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public CRM exports that need no option on the command line import through the wizard with its defaults
 * (next, next, next, import) and give the independently computed figures of {@code real/expected.json}.
 */
class RealExportsWizardTest {
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

    private static Path real(String name) {
        try {
            return Path.of(RealExportsWizardTest.class.getResource("/org/funnellab/importer/real/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "salesforce-opportunities-sfdc-data-cloud-workshop.csv,   UTC,           12, 3,   35,  10542562.98",
            "bitrix24-deals-ctrl-lc-replica.csv,                      Europe/Moscow, 57, 605, 274, 464389800.00",
            "salesforce-opportunity-excel-resaved-us-dates-replica.csv, UTC,         14, 8,   13,  1265000"})
    void aRealExportImportsThroughTheWizardWithItsDefaults(String file, String zone, long won, long lost, long open,
                                                          BigDecimal revenue) {
        Path ws = dir.resolve("w.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            w.settings().setTimeZone(ZoneId.of(zone));
        }
        workspace = WizardFixtures.openWorkspace(ws, executor);
        ImportWizardViewModel vm = new ImportWizardViewModel(workspace, executor,
                new Formats(Locale.forLanguageTag("en-US"), "RUB"));
        vm.startWith(real(file));
        vm.next();
        vm.next();
        assertThat(vm.values().rules()).as("the values step states the rules").isNotEmpty();
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CHECK);
        vm.startImport();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.RESULT);
        FunnelFacts f = workspace.workspaceProperty().get().queries().facts(Filters.ALL, Stage.SQL);
        assertThat(f.won()).isEqualTo(won);
        assertThat(f.lost()).isEqualTo(lost);
        assertThat(f.open()).isEqualTo(open);
        assertThat(f.wonRevenue()).isEqualByComparingTo(revenue);
    }
}
