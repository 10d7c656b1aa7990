package org.funnellab.importer;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.preset.Presets;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.funnellab.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Files into real SQLite workspaces: one transaction per file, idempotent, cancel leaves nothing behind. */
class ImportServiceTest {
    @TempDir
    Path dir;
    private final ImportService service = new ImportService();

    private static Path fixture(String name) throws Exception {
        return Path.of(ImportServiceTest.class.getResource("/org/funnellab/importer/fixtures/" + name).toURI());
    }

    private static Mapping presetMapping(Path file, String preset) throws Exception {
        List<String> header = org.funnellab.importer.read.FilePreview.of(file, Presets.knownHeaders(), 0).header();
        return Presets.byName(preset).defaultMapping(header);
    }

    private static FunnelFacts facts(Workspace ws) {
        return ws.queries().facts(Filters.ALL, Stage.SQL);
    }

    @Test
    void anAmoCrmExportImportsAndASecondImportChangesNothing() throws Exception {
        Path file = fixture("amocrm_deals.csv");
        Mapping mapping = presetMapping(file, "amoCRM");
        try (Workspace ws = Workspace.open(dir.resolve("w.sqlite"))) {
            ImportService.LeadOutcome first = service.importLeads(ws, file, null, mapping, "amoCRM", ProgressListener.NONE);
            assertThat(first.counts().inserted()).isEqualTo(first.report().accepted()).isPositive();
            FunnelFacts after = facts(ws);
            assertThat(after.leads()).isEqualTo(first.report().accepted());

            ImportService.LeadOutcome second = service.importLeads(ws, file, null, mapping, "amoCRM", ProgressListener.NONE);
            assertThat(second.counts().inserted()).isZero();
            assertThat(second.counts().updated()).isZero();
            assertThat(second.counts().unchanged()).isEqualTo(first.report().accepted());
            assertThat(facts(ws)).isEqualTo(after);
        }
    }

    @Test
    void rejectedRowsAreKeptWithTheirLinesAndTheRestIsImported() throws Exception {
        Path file = fixture("bad_date.csv");
        Mapping mapping = presetMapping(file, Presets.bestMatch(
                org.funnellab.importer.read.FilePreview.of(file, Presets.knownHeaders(), 0).header()).name());
        try (Workspace ws = Workspace.open(dir.resolve("w.sqlite"))) {
            ImportService.LeadOutcome out = service.importLeads(ws, file, null, mapping, null, ProgressListener.NONE);
            assertThat(out.report().rejectedCount()).isPositive();
            assertThat(out.counts().rejected()).isEqualTo(out.report().rejectedCount());
            assertThat(out.report().rejected()).allSatisfy(r -> assertThat(r.line()).isPositive());
            assertThat(facts(ws).leads()).isEqualTo(out.report().accepted());
        }
    }

    @Test
    void cancellingMidwayLeavesTheWorkspaceExactlyAsItWas() throws Exception {
        Path csv = dir.resolve("big.csv");
        DemoData.writeLeadsCsv(csv, 60_000, 3);
        Mapping mapping = presetMapping(csv, "generic");
        try (Workspace ws = Workspace.open(dir.resolve("w.sqlite"))) {
            DemoData.fill(ws, java.time.YearMonth.of(2025, 6), 500, 9);
            FunnelFacts before = facts(ws);
            AtomicInteger ticks = new AtomicInteger();
            ImportService.LeadOutcome out = service.importLeads(ws, csv, null, mapping, "generic",
                    p -> p.pass() < 2 || ticks.incrementAndGet() < 3);
            assertThat(out.cancelled()).isTrue();
            assertThat(out.counts()).isNull();
            assertThat(ticks.get()).isEqualTo(3);
            assertThat(facts(ws)).isEqualTo(before);
        }
        try (Workspace reopened = Workspace.open(dir.resolve("w.sqlite"))) {
            assertThat(facts(reopened).leads()).isEqualTo(500);
        }
    }

    @Test
    void anUnreadableFileChangesNothingAndNamesTheLine() throws Exception {
        Path file = fixture("bad_truncated_quote.csv");
        try (Workspace ws = Workspace.open(dir.resolve("w.sqlite"))) {
            DemoData.fill(ws, java.time.YearMonth.of(2025, 6), 300, 9);
            FunnelFacts before = facts(ws);
            Mapping mapping = presetMapping(fixture("amocrm_deals.csv"), "amoCRM");
            Throwable error = org.assertj.core.api.Assertions.catchThrowable(
                    () -> service.importLeads(ws, file, null, mapping, null, ProgressListener.NONE));
            assertThat(error).isNotNull().hasMessageContaining("line");
            assertThat(facts(ws)).isEqualTo(before);
        }
    }

    @Test
    void aCostSheetImportsWithoutAMappingAndReimportDoesNotDoubleIt() throws Exception {
        Path file = fixture("costs_ru.csv");
        try (Workspace ws = Workspace.open(dir.resolve("w.sqlite"))) {
            ImportService.TableOutcome first = service.importCosts(ws, file, null, () -> false);
            assertThat(first.report().entries()).isPositive();
            var total = facts(ws).totalCosts();
            assertThat(total.signum()).isPositive();
            service.importCosts(ws, file, null, () -> false);
            assertThat(facts(ws).totalCosts()).isEqualByComparingTo(total);
            assertThat(facts(ws).costs().keySet()).isSubsetOf(java.util.EnumSet.allOf(CostCategory.class));
        }
    }

    @Test
    void theOlistPairImportsAsLinkedFiles() throws Exception {
        var data = SharedData.olist();
        assumeTrue(data.isPresent(), "Olist data (../shared/data/olist-marketing-funnel) not present; skipping");
        try (Workspace ws = Workspace.open(dir.resolve("olist.sqlite"))) {
            service.importLeads(ws, data.get().resolve("mql.csv"), null, OlistLinkedImportTest.mqlMapping(), null,
                    ProgressListener.NONE);
            ImportService.LeadOutcome wins = service.importLeads(ws, data.get().resolve("closed_deals.csv"), null,
                    OlistLinkedImportTest.closedDealsMapping(), null, ProgressListener.NONE);
            assertThat(wins.linkedUnknown()).isZero();
            assertThat(wins.counts().updated()).isEqualTo(842);
            FunnelFacts f = facts(ws);
            assertThat(f.leads()).isEqualTo(8000);
            assertThat(f.won()).isEqualTo(842);
            assertThat(f.reached(Stage.MQL)).isEqualTo(8000);
            // one won deal (mql b91cf881…, first contact 3/8/2018, won 2018-03-06) closed two days before it was
            // created: it is no sales cycle, so 841 of the 842 have one
            assertThat(f.wonWithCycle()).isEqualTo(841);
            assertThat(ws.queries().negativeCycles(Filters.ALL)).isEqualTo(1);
            assertThat(f.cycleDaysSum() / f.wonWithCycle()).isBetween(1.0, 400.0);
        }
    }

    @Test
    void aLinkedFileNamingUnknownLeadsRejectsThoseRowsWithTheirLines() throws Exception {
        var data = SharedData.olist();
        assumeTrue(data.isPresent(), "Olist data (../shared/data/olist-marketing-funnel) not present; skipping");
        try (Workspace ws = Workspace.open(dir.resolve("olist.sqlite"))) {
            ImportService.LeadOutcome wins = service.importLeads(ws, data.get().resolve("closed_deals.csv"), null,
                    OlistLinkedImportTest.closedDealsMapping(), null, ProgressListener.NONE);
            assertThat(wins.linkedUnknown()).isEqualTo(842);
            assertThat(wins.counts().rejected()).isEqualTo(842);
            assertThat(facts(ws).leads()).isZero();
        }
    }

}
