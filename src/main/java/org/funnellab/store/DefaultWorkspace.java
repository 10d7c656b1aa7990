package org.funnellab.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/** The workspace the application opens on first start: in the user's data folder, filled with demo data. */
public final class DefaultWorkspace {
    public static final String FILE_NAME = "workspace.funnellab.sqlite";

    private DefaultWorkspace() {
    }

    /** The default workspace file for this user and operating system. */
    public static Path location() {
        return location(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Linux and others: {@code $XDG_DATA_HOME/FunnelLab} or {@code ~/.local/share/FunnelLab};
     * macOS: {@code ~/Library/Application Support/FunnelLab}; Windows: {@code %APPDATA%\FunnelLab}.
     */
    static Path location(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path dir;
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            dir = (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("FunnelLab");
        } else if (os.startsWith("mac")) {
            dir = home.resolve("Library").resolve("Application Support").resolve("FunnelLab");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                    .resolve("FunnelLab");
        }
        return dir.resolve(FILE_NAME);
    }

    /** Opens the default workspace, creating it with demo data (ending with the current month) on first start. */
    public static Workspace openOrCreate() {
        return openOrCreate(location(), YearMonth.now());
    }

    /**
     * Opens {@code file}, creating it filled with demo data ending with {@code anchor} when it does not exist.
     * The demo workspace is built under a temporary name and moved into place complete, so a first start that
     * fails half-way leaves no half-filled workspace behind.
     */
    public static Workspace openOrCreate(Path file, YearMonth anchor) {
        if (!Files.exists(file)) {
            Path partial = file.resolveSibling(file.getFileName() + ".creating");
            try {
                Files.deleteIfExists(partial);
                try (Workspace ws = Workspace.open(partial)) {
                    DemoData.fill(ws, anchor);
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new WorkspaceException("Cannot create the workspace " + file + ": " + e.getMessage(), e);
            }
        }
        return Workspace.open(file);
    }
}
