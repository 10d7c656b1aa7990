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
import java.util.List;

/** What every import takes: the file, the workspace, {@code --json}, {@code --rejected-csv} and {@code --progress}. */
final class ImportFileOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "The export to import (CSV, TSV, XLSX, XLS/HTML).")
    Path file;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--rejected-csv", paramLabel = "OUT.csv",
            description = "Write the rejected rows (line, reason, original cells) as CSV.")
    Path rejectedCsv;

    @Option(names = "--progress",
            description = "Progress lines on stderr even when it is not a terminal (never on stdout).")
    boolean progress;

    /** Refuses a missing or unreadable file before the workspace is touched. */
    void checkFile() {
        if (!Files.exists(file)) {
            throw CliException.usage(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw CliException.usage(file + ": is a directory, not a file");
        }
        if (!Files.isReadable(file)) {
            throw CliException.data(file + ": cannot be read (permission denied)");
        }
        if (rejectedCsv != null && rejectedCsv.toAbsolutePath().getParent() != null
                && !Files.isDirectory(rejectedCsv.toAbsolutePath().getParent())) {
            throw CliException.usage(rejectedCsv + ": its folder does not exist");
        }
    }

    /** The failure of reading the file as one message that names it (the reader's own text gives the line). */
    CliException unreadable(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String name = file.getFileName().toString();
        return CliException.data(message.contains(name) ? message : file + ": " + message);
    }

    void writeRejected(List<String> header, List<RejectedRow> rows, PrintWriter err) throws IOException {
        if (rejectedCsv != null) {
            RejectedRowsCsv.write(rejectedCsv, header, rows);
            err.println("rejected rows written to " + rejectedCsv);
        }
    }
}
