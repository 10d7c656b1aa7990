package org.funnellab.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The user's own choices that outlive a workspace: interface language, theme, recent workspaces, and remembered
 * values of what-if assumptions. Saved as JSON shortly after a change (debounced), written to a temporary file and
 * moved into place so a crash never leaves a half-written file.
 */
public final class UserPreferences implements AutoCloseable {
    /** What is saved. Unknown fields from a newer version are ignored, not fatal. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Data {
        public String language;
        public boolean dark;
        public List<String> recentWorkspaces = new ArrayList<>();
        public java.util.Map<String, Double> assumptions = new java.util.TreeMap<>();
        /** The main window's last normal (not maximised) bounds; null until it has closed once. */
        public WindowState window;
    }

    /** The main window's bounds and whether it was maximised. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class WindowState {
        public double x;
        public double y;
        public double width;
        public double height;
        public boolean maximized;
    }

    private static final int MAX_RECENT = 8;
    private static final long DEBOUNCE_MS = 400;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Data data;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "funnellab-preferences");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;

    private UserPreferences(Path file, Data data) {
        this.file = file;
        this.data = data;
    }

    /** Loads the file, or starts empty when it is missing or unreadable (a damaged file must not stop the app). */
    public static UserPreferences load(Path file) {
        Data d = new Data();
        if (Files.isRegularFile(file)) {
            try {
                d = JSON.readValue(file.toFile(), Data.class);
            } catch (IOException e) {
                System.getLogger("funnellab").log(System.Logger.Level.WARNING,
                        "Ignoring unreadable preferences " + file + ": " + e.getMessage());
            }
        }
        return new UserPreferences(file, d);
    }

    /** {@code <user data folder>/preferences.json}, next to the default workspace. */
    public static Path defaultFile(Path dataFolder) {
        return dataFolder.resolve("preferences.json");
    }

    public synchronized String language() {
        return data.language;
    }

    public synchronized void setLanguage(String tag) {
        data.language = tag;
        saveSoon();
    }

    public synchronized boolean dark() {
        return data.dark;
    }

    public synchronized void setDark(boolean dark) {
        data.dark = dark;
        saveSoon();
    }

    public synchronized List<Path> recentWorkspaces() {
        return data.recentWorkspaces.stream().map(Path::of).toList();
    }

    /** Moves (or adds) a workspace to the top of the recent list. */
    public synchronized void workspaceOpened(Path workspace) {
        String p = workspace.toAbsolutePath().normalize().toString();
        data.recentWorkspaces.remove(p);
        data.recentWorkspaces.add(0, p);
        while (data.recentWorkspaces.size() > MAX_RECENT) {
            data.recentWorkspaces.remove(data.recentWorkspaces.size() - 1);
        }
        saveSoon();
    }

    /** The main window as it was last, or null. */
    public synchronized WindowState window() {
        return data.window;
    }

    public synchronized void setWindow(double x, double y, double width, double height, boolean maximized) {
        WindowState w = new WindowState();
        w.x = x;
        w.y = y;
        w.width = width;
        w.height = height;
        w.maximized = maximized;
        data.window = w;
        saveSoon();
    }

    /** A remembered assumption (minutes per call, salary...) by {@code model.param} key. */
    public synchronized Double assumption(String key) {
        return data.assumptions.get(key);
    }

    public synchronized void setAssumption(String key, double value) {
        data.assumptions.put(key, value);
        saveSoon();
    }

    private void saveSoon() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = writer.schedule(this::saveNow, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    /** Writes now: to a temporary file beside the target, then an atomic move over it. */
    public synchronized void saveNow() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "preferences", ".tmp");
            JSON.writeValue(tmp.toFile(), data);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save preferences to " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        if (pending != null && !pending.isDone()) {
            pending.cancel(false);
            saveNow();
        }
        writer.shutdown();
    }
}
