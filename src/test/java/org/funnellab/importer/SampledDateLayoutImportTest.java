package org.funnellab.importer;

import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.parse.DatePattern;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FilePreview;
import org.funnellab.importer.read.FormatDetector;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store import guesses date layouts from the first rows and skips the date pass; whatever the file, the outcome must
 * equal that of the import that resolves the layouts from every value first.
 */
class SampledDateLayoutImportTest {
    @TempDir
    Path dir;

    private static Mapping generic(Path file) throws Exception {
        return Presets.byName("generic").defaultMapping(FilePreview.of(file, Presets.knownHeaders(), 0).header());
    }

    /** The reference: an in-memory sink cannot restart, so the import resolves every date value first. */
    private static ImportReport withFullDatePass(Path file, Mapping mapping) throws Exception {
        return new LeadImport(file, FormatDetector.detect(file).settings(), mapping)
                .forWorkspace(java.time.ZoneId.systemDefault(), null)
                .run(new CollectingLeadSink(), ProgressListener.NONE);
    }

    private ImportService.LeadOutcome intoWorkspace(Path file, Mapping mapping, List<Integer> passes) {
        try (Workspace ws = Workspace.open(dir.resolve("w.sqlite"))) {
            ImportService.LeadOutcome out = new ImportService().importLeads(ws, file, null, mapping, "generic", p -> {
                if (passes.isEmpty() || passes.get(passes.size() - 1) != p.pass()) {
                    passes.add(p.pass());
                }
                return true;
            });
            assertThat(ws.queries().facts(org.funnellab.domain.Filters.ALL, org.funnellab.domain.Stage.SQL).leads())
                    .isEqualTo(out.report().accepted());
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCleanFileSkipsTheDatePassAndReportsWhatTheFullPassWould() throws Exception {
        Path csv = dir.resolve("clean.csv");
        DemoData.writeLeadsCsv(csv, LeadImport.DATE_SAMPLE_ROWS + 5_000, 11);
        Mapping mapping = generic(csv);
        List<Integer> passes = new ArrayList<>();

        ImportService.LeadOutcome out = intoWorkspace(csv, mapping, passes);

        assertThat(passes).containsExactly(2);
        assertThat(out.report()).isEqualTo(withFullDatePass(csv, mapping));
        assertThat(out.report().dateResolutions()).allSatisfy(r -> assertThat(r.pattern()).isEqualTo(DatePattern.ISO));
        assertThat(out.counts().inserted()).isEqualTo(out.report().accepted());
    }

    @Test
    void aDateInAnotherLayoutAfterTheSampleStartsTheImportOverWithTheFullPass() throws Exception {
        Path csv = dir.resolve("late.csv");
        DemoData.writeLeadsCsv(csv, LeadImport.DATE_SAMPLE_ROWS + 5_000, 12);
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        int late = LeadImport.DATE_SAMPLE_ROWS + 3_000;
        String[] cells = lines.get(late).split(",", -1);
        cells[1] = "15.03.2024";
        lines.set(late, String.join(",", cells));
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Mapping mapping = generic(csv);
        List<Integer> passes = new ArrayList<>();

        ImportService.LeadOutcome out = intoWorkspace(csv, mapping, passes);

        ImportReport reference = withFullDatePass(csv, mapping);
        assertThat(passes).containsExactly(2, 1, 2);
        assertThat(out.report()).isEqualTo(reference);
        assertThat(out.report().dateResolutions().get(0).unmatched()).isEqualTo(1);
        assertThat(out.report().rejectedCount()).isEqualTo(1);
        assertThat(out.counts().inserted()).isEqualTo(reference.accepted());
        assertThat(out.counts().rejected()).isEqualTo(1);
    }
}
