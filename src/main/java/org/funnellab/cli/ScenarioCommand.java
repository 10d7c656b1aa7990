package org.funnellab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code scenario list}: saved what-if scenarios. Scenarios are not stored yet, so the list is always empty. */
@Command(name = "scenario", mixinStandardHelpOptions = true, description = "Saved what-if scenarios.",
        subcommands = ScenarioCommand.ListScenarios.class)
final class ScenarioCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the workspace's scenarios.")
    static final class ListScenarios extends CliCommand {
        @Mixin
        WorkspaceOption workspace;

        @Override
        int execute() {
            out().println(workspace.json ? "[]" : "no scenarios yet");
            return ExitCodes.OK;
        }
    }
}
