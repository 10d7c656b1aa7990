package org.funnellab.importer;

import org.funnellab.domain.Filters;
import org.funnellab.domain.Stage;
import org.funnellab.importer.preset.Presets;
import org.funnellab.store.Workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM with a small heap: imports the file into a new workspace through the real import service and
 * store (SQLite), then reads the facts back. Exit 0 when every row was imported and the workspace counts them all.
 */
public final class WorkspaceImportProbe {
    private WorkspaceImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path workspace = Path.of(args[1]);
        long expected = Long.parseLong(args[2]);
        var mapping = Presets.byName("generic").defaultMapping(
                List.of("external_id", "created_at", "channel", "stage", "deal_value", "target"));
        try (Workspace ws = Workspace.open(workspace)) {
            var outcome = new ImportService().importLeads(ws, file, null, mapping, "generic", ProgressListener.NONE);
            long stored = ws.queries().facts(Filters.ALL, Stage.OPPORTUNITY).leads();
            System.out.println("inserted " + outcome.counts().inserted() + ", rejected " + outcome.counts().rejected()
                    + ", stored " + stored + ", heap max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
            System.exit(outcome.counts().inserted() == expected && outcome.counts().rejected() == 0
                    && stored == expected ? 0 : 1);
        }
    }
}
