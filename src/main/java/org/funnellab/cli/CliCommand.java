package org.funnellab.cli;

import org.funnellab.importer.read.MalformedFileException;
import org.funnellab.store.WorkspaceException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/**
 * A leaf command: runs {@link #execute()} and turns every expected failure into one line on stderr and an exit code,
 * so callers (and tests) get the same behaviour without installing a picocli exception handler.
 */
@picocli.CommandLine.Command
abstract class CliCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    abstract int execute() throws IOException;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (CliException e) {
            return fail(e.exitCode(), e.getMessage());
        } catch (MalformedFileException e) {
            return fail(ExitCodes.DATA, e.getMessage());
        } catch (WorkspaceException e) {
            return fail(ExitCodes.DATA, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return fail(ExitCodes.DATA, e.getMessage());
        } finally {
            out().flush();
            err().flush();
        }
    }

    private int fail(int code, String message) {
        err().println("funnellab " + spec.qualifiedName(" ").replaceFirst("^funnellab ", "") + ": " + message);
        err().flush();
        return code;
    }
}
