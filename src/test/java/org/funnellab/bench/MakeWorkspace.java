package org.funnellab.bench;

import org.funnellab.importer.ImportService;
import org.funnellab.importer.ProgressListener;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FilePreview;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds a workspace of N generated leads through the real import path, for the slider, startup and memory
 * measurements: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.funnellab.bench.MakeWorkspace
 * -Dbench.args="--rows 1000000 --out big.sqlite"}.
 */
public final class MakeWorkspace {
    public static void main(String[] args) throws Exception {
        int rows = 1_000_000;
        Path out = Path.of("big.sqlite");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rows")) {
                rows = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--out")) {
                out = Path.of(args[++i]);
            }
        }
        Files.deleteIfExists(out);
        // beside the workspace written, and removed when it is done
        Path csv = out.toAbsolutePath().resolveSibling(out.getFileName() + ".leads.csv");
        try {
            DemoData.writeLeadsCsv(csv, rows, 42);
            var header = FilePreview.of(csv, Presets.knownHeaders(), 0).header();
            long t = System.nanoTime();
            try (Workspace ws = Workspace.open(out)) {
                var outcome = new ImportService().importLeads(ws, csv, null,
                        Presets.byName("generic").defaultMapping(header), "generic", ProgressListener.NONE);
                System.out.printf("%s: %,d leads imported (%,d rejected) in %.1f s%n", out, outcome.counts().inserted(),
                        outcome.counts().rejected(), (System.nanoTime() - t) / 1e9);
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
