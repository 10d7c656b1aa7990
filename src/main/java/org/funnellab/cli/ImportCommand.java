package org.funnellab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code import leads|costs|funnel FILE}: one file into a workspace as one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a file into a workspace (all or nothing).",
        subcommands = {ImportLeadsCommand.class, ImportTableCommand.Costs.class, ImportTableCommand.Funnel.class})
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
