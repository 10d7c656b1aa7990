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
 * A leaf command: runs {@link #execute()} and turns every failure into one line on stderr and an exit code,
 * so callers (and tests) get the same behaviour without installing a picocli exception handler. A failure nobody
 * foresaw is still one sentence: no stack trace or exception class name reaches the user.
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
        } catch (MalformedFileException | WorkspaceException e) {
            return fail(ExitCodes.DATA, UserText.message(e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            return fail(ExitCodes.DATA, UserText.message(e.getMessage()));
        } catch (OutOfMemoryError e) {
            return fail(ExitCodes.DATA, "the data did not fit in memory; nothing was written."
                    + " Split the file or give Java more memory (-Xmx)");
        } catch (StackOverflowError e) {
            return fail(ExitCodes.DATA, "the file is nested too deeply to be read; nothing was written");
        } catch (RuntimeException e) {
            return fail(ExitCodes.DATA, unexpected(e));
        } finally {
            out().flush();
            err().flush();
        }
    }

    /** A failure no check foresaw, in words: what it was about if its message says so. */
    static String unexpected(Throwable e) {
        String detail = UserText.message(e.getMessage());
        return "the command stopped on an unexpected problem" + (detail.isEmpty() ? "" : " (" + detail + ")");
    }

    private int fail(int code, String message) {
        err().println("funnellab " + spec.qualifiedName(" ").replaceFirst("^funnellab ", "") + ": "
                + UserText.printable(message));
        err().flush();
        return code;
    }
}
