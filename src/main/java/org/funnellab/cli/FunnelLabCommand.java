package org.funnellab.cli;

import org.funnellab.domain.AppVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The command line: the same application with no window. */
@Command(name = "funnellab", mixinStandardHelpOptions = true, versionProvider = FunnelLabCommand.Version.class,
        description = "B2B funnel economics: import CRM exports and costs, measure the funnel, model what-ifs.",
        subcommands = {ImportCommand.class, MetricsCommand.class, PlanCommand.class, ScenarioCommand.class, LeadCommand.class,
                ExportCommand.class},
        footer = {"", "Exit codes: 0 done, 1 the data could not be read or stored (nothing written),",
                "2 a wrong command, option or file name (nothing written)."})
public final class FunnelLabCommand implements Callable<Integer> {

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line with its converters and error handlers: a wrong argument is one line and the usage (exit 2),
     * anything that escapes a command is one line (exit 1); never a stack trace.
     */
    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new FunnelLabCommand());
        cmd.registerConverter(Path.class, FunnelLabCommand::path);
        cmd.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("funnellab: " + UserText.printable(UserText.message(ex.getMessage())));
            ex.getCommandLine().usage(err);
            err.flush();
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("funnellab: " + UserText.printable(CliCommand.unexpected(ex)));
            err.flush();
            return ExitCodes.DATA;
        });
        return cmd;
    }

    /** A file argument; a name the system cannot represent (e.g. non-ASCII under a POSIX "C" locale) said so. */
    static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' cannot be used as a file name on this system"
                    + " (the system's character set cannot spell it; with a non-ASCII name, run under a UTF-8 locale,"
                    + " e.g. LANG=C.UTF-8)");
        }
    }

    /** {@code --version}: the version the build stamped, the same as the About box and the installers show. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppVersion.nameAndVersion()};
        }
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return ExitCodes.USAGE;
    }
}
