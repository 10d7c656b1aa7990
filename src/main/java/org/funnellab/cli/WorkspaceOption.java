package org.funnellab.cli;

import org.funnellab.store.DefaultWorkspace;
import org.funnellab.store.Workspace;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --workspace FILE} and {@code --json}, shared by every command that reads or writes a workspace. */
final class WorkspaceOption {
    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Workspace file (default: ${DEFAULT-VALUE}); an import creates it when missing,"
                    + " metrics does not.")
    Path workspace = DefaultWorkspace.location();

    @Option(names = "--json", description = "Machine-readable JSON on stdout.")
    boolean json;

    boolean isDefaultLocation() {
        return workspace.toAbsolutePath().equals(DefaultWorkspace.location().toAbsolutePath());
    }

    /** Refuses a workspace path that names a folder before anything is opened. */
    void checkWorkspacePath() {
        if (Files.isDirectory(workspace)) {
            throw CliException.usage("--workspace " + workspace + ": is a folder; name the workspace file (.sqlite)");
        }
    }

    /** A workspace for writing into, and whether this call created it (so a failed import can remove it again). */
    record Opened(Workspace workspace, boolean created) {
    }

    /** Opens the workspace for an import: an existing file as it is, a missing one created empty (no demo data). */
    Opened openForImport() {
        checkWorkspacePath();
        boolean created = !Files.exists(workspace);
        return new Opened(Workspace.open(workspace), created);
    }

    /**
     * Opens the workspace for reading: the default location on first use gets the demo data the application shows;
     * any other missing file is refused (a mistyped name must not create an empty workspace that reads as zeros).
     */
    Workspace openForReading() {
        if (isDefaultLocation() && !Files.exists(workspace)) {
            return DefaultWorkspace.openOrCreate();
        }
        checkWorkspacePath();
        if (!Files.exists(workspace)) {
            throw CliException.usage("--workspace " + workspace + ": no such workspace (nothing was created)");
        }
        return Workspace.open(workspace);
    }

    /** Removes a workspace file this call created, with its journal, after a failed import. */
    static void removeCreated(Path file) throws IOException {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file.toAbsolutePath() + suffix));
        }
    }
}
