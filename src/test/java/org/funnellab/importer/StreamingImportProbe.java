package org.funnellab.importer;

import org.funnellab.domain.Lead;
import org.funnellab.importer.preset.Presets;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM with a small heap: reads and maps the file into a sink that only counts (no store); exit 0 when
 * every row was accepted. {@link WorkspaceImportProbe} imports into a real workspace.
 */
public final class StreamingImportProbe {
    private StreamingImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long expected = Long.parseLong(args[1]);
        var mapping = Presets.byName("generic").defaultMapping(
                List.of("external_id", "created_at", "channel", "stage", "deal_value", "target"));
        long[] count = new long[2];
        ImportReport report = LeadImport.detected(file, mapping).run(new LeadSink() {
            @Override
            public void accept(Lead lead) {
                count[0]++;
            }

            @Override
            public void reject(RejectedRow row) {
                count[1]++;
            }
        }, ProgressListener.NONE);
        System.exit(count[0] == expected && report.accepted() == expected && count[1] == 0 ? 0 : 1);
    }
}
