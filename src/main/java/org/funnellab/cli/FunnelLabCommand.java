package org.funnellab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** The command line: the same application with no window. */
@Command(name = "funnellab", mixinStandardHelpOptions = true, version = "FunnelLab 0.1.0",
        description = "B2B funnel economics: import CRM exports and costs, measure the funnel, model what-ifs.",
        subcommands = {ImportCommand.class, MetricsCommand.class, PlanCommand.class, ScenarioCommand.class},
        footer = {"", "Exit codes: 0 done, 1 the data could not be read or stored (nothing written),",
                "2 a wrong command, option or file name (nothing written)."})
public final class FunnelLabCommand implements Callable<Integer> {

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return new CommandLine(new FunnelLabCommand()).execute(args);
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return ExitCodes.USAGE;
    }
}
