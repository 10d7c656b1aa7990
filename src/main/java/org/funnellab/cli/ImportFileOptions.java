package org.funnellab.cli;

import org.funnellab.importer.RejectedRow;
import org.funnellab.importer.RejectedRowsCsv;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every import takes: the file, the workspace, {@code --json}, {@code --rejected-csv} and {@code --progress}.
 *
 * <p>The rejected rows are written before the import commits, to a temporary file beside {@code --rejected-csv}: if
 * that fails the import is rolled back and the command exits 1 with nothing imported. After the commit only the move
 * of that complete file onto its name is left; should even that fail, the import stays saved, the command exits 0 and
 * says where the rows are.
 */
final class ImportFileOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "The export to import (CSV, TSV, XLSX, XLS/HTML).")
    Path file;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--rejected-csv", paramLabel = "OUT.csv",
            description = "Write the rejected rows (line, reason, original cells) as CSV;"
                    + " never the workspace or an input.")
    Path rejectedCsv;

    @Option(names = "--progress",
            description = "Progress lines on stderr even when it is not a terminal (never on stdout).")
    boolean progress;

    private OutputFile rejectedOutput;

    /**
     * Refuses a missing or unreadable file, a workspace that is the input, and a rejected-rows file that would
     * overwrite the workspace, an input ({@code otherInputs}: e.g. the mapping file) or their side files, before the
     * workspace is touched.
     */
    void checkFile(Path... otherInputs) {
        if (!Files.exists(file)) {
            throw CliException.usage(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw CliException.usage(file + ": is a directory, not a file");
        }
        if (!Files.isReadable(file)) {
            throw CliException.data(file + ": cannot be read (permission denied)");
        }
        List<Path> inputs = new ArrayList<>();
        inputs.add(file);
        for (Path p : otherInputs) {
            if (p != null) {
                inputs.add(p);
            }
        }
        for (Path input : inputs) {
            if (OutputFile.same(workspace.workspace, input)) {
                throw CliException.usage("--workspace " + workspace.workspace + ": is the file to import from;"
                        + " name the workspace file (.sqlite) to import into");
            }
        }
        workspace.checkWorkspacePath();
        if (rejectedCsv != null) {
            rejectedOutput = new OutputFile("--rejected-csv", rejectedCsv);
            rejectedOutput.check(workspace.workspace, inputs);
        }
    }

    /** The failure of reading the file as one message that names it (the reader's own text gives the line). */
    CliException unreadable(Exception e) {
        String message = UserText.message(e.getMessage());
        if (message.isEmpty()) {
            message = "the file could not be read";
        }
        String name = file.getFileName().toString();
        return CliException.data(message.contains(name) ? message : file + ": " + message);
    }

    /** Before the commit: the rejected rows into a temporary file beside their target (nothing when not asked for). */
    void prepareRejected(List<String> header, List<RejectedRow> rows) throws IOException {
        if (rejectedOutput == null) {
            return;
        }
        try {
            Path temp = rejectedOutput.temporary();
            RejectedRowsCsv.write(temp, header, rows);
        } catch (IOException e) {
            rejectedOutput.discard();
            throw new RejectedNotWritten(rejectedOutput.target() + ": the rejected rows cannot be written ("
                    + OutputFile.reason(e) + "); nothing was imported");
        }
    }

    /** A new temporary file beside {@code --rejected-csv} for rows streamed during the import (it must be set). */
    Path rejectedTemporary() throws IOException {
        return rejectedOutput.temporary();
    }

    /** After the commit: moves the rejected rows into place, or says where they are. */
    void publishRejected(PrintWriter err) {
        if (rejectedOutput == null || rejectedOutput.pending() == null) {
            return;
        }
        try {
            rejectedOutput.publish();
            err.println("rejected rows written to " + rejectedOutput.target());
        } catch (IOException e) {
            err.println("warning: the import was saved, but " + UserText.message(e.getMessage())
                    + "; the rejected rows are in " + rejectedOutput.pending());
        }
    }

    /** After a failed import: no temporary file is left behind. */
    void discardRejected() {
        if (rejectedOutput != null) {
            rejectedOutput.discard();
        }
    }

    /** The rejected rows could not be written before the commit: the import was rolled back. */
    static final class RejectedNotWritten extends IOException {
        RejectedNotWritten(String message) {
            super(Objects.requireNonNull(message));
        }
    }
}
