package org.funnellab.cli;

import org.funnellab.importer.ImportService;
import org.funnellab.importer.read.MalformedFileException;
import org.funnellab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.util.List;

/** {@code import costs FILE} and {@code import funnel FILE}: tables whose headers and months are recognised. */
abstract class ImportTableCommand extends CliCommand {
    @Mixin
    ImportFileOptions options;

    abstract String kind();

    abstract ImportService.TableOutcome run(ImportService service, Workspace ws) throws IOException;

    @Override
    int execute() throws IOException {
        options.checkFile();
        WorkspaceOption.Opened opened = options.workspace.openForImport();
        ImportService.TableOutcome outcome;
        try (Workspace ws = opened.workspace()) {
            outcome = run(new ImportService(), ws);
        } catch (IOException | RuntimeException | Error e) {
            options.discardRejected();
            if (opened.created()) {
                WorkspaceOption.removeCreated(options.workspace.workspace);
            }
            if (e instanceof ImportFileOptions.RejectedNotWritten r) {
                throw CliException.data(r.getMessage());
            }
            if (e instanceof IOException || e instanceof MalformedFileException) {
                throw options.unreadable((Exception) e);
            }
            throw e;
        }
        options.publishRejected(err());
        ImportSummary summary = ImportSummary.ofTable(kind(), options.file, opened.workspace().file(), outcome);
        out().print(options.workspace.json ? summary.json() : summary.text());
        return ExitCodes.OK;
    }

    @Command(name = "costs", mixinStandardHelpOptions = true,
            description = "Import a cost sheet (month, channel, category, amount; headers recognised).")
    static final class Costs extends ImportTableCommand {
        @Override
        String kind() {
            return "costs";
        }

        @Override
        ImportService.TableOutcome run(ImportService service, Workspace ws) throws IOException {
            return service.importCosts(ws, options.file, null, () -> false,
                    read -> options.prepareRejected(List.of(), read.rejected()));
        }
    }

    @Command(name = "funnel", mixinStandardHelpOptions = true,
            description = "Import aggregated funnel rows (month, channel, campaign, leads, MQL, SQL, ...).")
    static final class Funnel extends ImportTableCommand {
        @Override
        String kind() {
            return "funnel";
        }

        @Override
        ImportService.TableOutcome run(ImportService service, Workspace ws) throws IOException {
            return service.importFunnel(ws, options.file, null, () -> false,
                    read -> options.prepareRejected(List.of(), read.rejected()));
        }
    }
}
