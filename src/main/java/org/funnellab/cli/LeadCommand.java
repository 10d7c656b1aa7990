package org.funnellab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.funnellab.store.SourceRows;
import org.funnellab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code lead ID}: the file and row a lead was imported from, cell by cell — the audit trail of one lead. */
@Command(name = "lead", mixinStandardHelpOptions = true,
        description = "Shows the source row a lead was imported from: file, line and every cell under its column name.")
final class LeadCommand extends CliCommand {
    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "ID", description = "The lead's or deal's id in the CRM (as in the imported file).")
    String id;

    @Override
    int execute() {
        List<SourceRows.Found> found;
        try (Workspace ws = workspace.openForReading()) {
            found = ws.findLead(id.strip());
        }
        if (found.isEmpty()) {
            throw CliException.data("no lead with id " + id.strip() + " in " + workspace.workspace.getFileName());
        }
        if (workspace.json) {
            ArrayNode leads = JsonNodeFactory.instance.arrayNode();
            for (SourceRows.Found f : found) {
                ObjectNode lead = leads.addObject();
                lead.put("sourceSystem", f.sourceSystem());
                lead.put("id", f.externalId());
                if (f.row() != null) {
                    lead.put("file", f.fileName());
                    lead.put("line", f.row().line());
                    ObjectNode cells = lead.putObject("row");
                    for (int i = 0; i < f.row().cells().size(); i++) {
                        cells.put(f.row().header().get(i), f.row().cells().get(i));
                    }
                } else {
                    lead.putNull("row");
                }
            }
            out().println(Json.write(leads));
            return ExitCodes.OK;
        }
        for (SourceRows.Found f : found) {
            if (f.row() == null) {
                out().printf("Lead %s (%s): no source row is kept (generated or demo data)%n", f.externalId(),
                        f.sourceSystem());
                continue;
            }
            out().printf("Lead %s (%s), from %s%s:%n", f.externalId(), f.sourceSystem(), f.fileName(),
                    f.row().line() > 0 ? ", line " + f.row().line() : "");
            for (int i = 0; i < f.row().cells().size(); i++) {
                String cell = f.row().cells().get(i);
                out().printf("  %s: %s%n", f.row().header().get(i), cell == null ? "" : cell.replace("\n", "\\n"));
            }
        }
        return ExitCodes.OK;
    }
}
