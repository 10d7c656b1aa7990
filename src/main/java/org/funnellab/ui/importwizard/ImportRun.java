package org.funnellab.ui.importwizard;

import org.funnellab.importer.ImportService;
import org.funnellab.importer.RejectedRow;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.parse.DateResolution;
import org.funnellab.importer.read.ReadSettings;
import org.funnellab.store.ImportCounts;
import org.funnellab.store.ImportKind;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.BackgroundTask;

import java.nio.file.Path;
import java.util.List;

/** The import itself, as background work: one file into the workspace in one transaction, cancellable. */
final class ImportRun {
    /** What was written; null from {@link #run} means cancelled, and then nothing was. */
    record Done(ImportCounts counts, List<String> header, List<RejectedRow> rejected, List<DateResolution> dates,
                List<String> warnings, boolean finishedBeforeCancel) {
    }

    private final ImportService service = new ImportService();

    Done run(BackgroundTask.Context ctx, Workspace ws, ImportKind kind, Path file, ReadSettings settings,
             Mapping mapping, String presetName, List<String> header) throws Exception {
        if (kind == ImportKind.LEADS) {
            ImportService.LeadOutcome out = service.importLeads(ws, file, settings, mapping, presetName, p -> {
                ctx.updateDetail(p);
                return !ctx.isCancelled();
            });
            if (out.cancelled()) {
                return null;
            }
            return new Done(out.counts(), out.report().header(), out.report().rejected(),
                    out.report().dateResolutions(), out.report().warnings(), ctx.isCancelled());
        }
        ImportService.TableOutcome out = kind == ImportKind.COSTS
                ? service.importCosts(ws, file, settings, ctx::isCancelled)
                : service.importFunnel(ws, file, settings, ctx::isCancelled);
        if (out.cancelled()) {
            return null;
        }
        return new Done(out.counts(), header, out.report().rejected(), List.of(), out.report().warnings(),
                ctx.isCancelled());
    }
}
