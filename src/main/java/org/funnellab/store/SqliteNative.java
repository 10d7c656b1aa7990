package org.funnellab.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The SQLite driver's native library, extracted once per driver version into a per-user folder and loaded from
 * there. By default the driver extracts a fresh copy into the shared temporary folder on every start and deletes the
 * copies of earlier runs, which two programs starting at once race on (printing the driver's own warning and trace).
 * Here a copy is written to a temporary name and moved into place whole, so concurrent starts agree on one file.
 */
public final class SqliteNative {
    private static boolean prepared;

    private SqliteNative() {
    }

    /**
     * Points the driver at the per-user copy (extracting it if needed) before the first connection. Anything in the
     * way — no such resource, a read-only home — leaves the driver's own behaviour in place; an explicit
     * {@code org.sqlite.lib.path} is respected.
     */
    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        try {
            Path folder = cacheFolder(System.getProperty("os.name", ""), System.getenv(),
                    Path.of(System.getProperty("user.home")));
            Path lib = extract(folder);
            if (lib != null) {
                System.setProperty("org.sqlite.lib.path", lib.getParent().toString());
                System.setProperty("org.sqlite.lib.name", lib.getFileName().toString());
                if (System.getProperty("org.sqlite.tmpdir") == null) {
                    System.setProperty("org.sqlite.tmpdir", lib.getParent().toString());
                }
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // the driver extracts the library itself, as it would without this
        }
    }

    /** The user's cache folder for FunnelLab's native files. */
    static Path cacheFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
        } else if (os.startsWith("mac")) {
            base = home.resolve("Library").resolve("Caches");
        } else {
            String xdg = env.get("XDG_CACHE_HOME");
            base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
        }
        return base.resolve("FunnelLab").resolve("sqlite-native");
    }

    /**
     * Extracts this driver version's library for this system into {@code folder}/version/os-arch/ unless an identical
     * copy is there; returns its path, or null when the driver has no library for this system.
     */
    static Path extract(Path folder) throws IOException {
        String name = org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
        String resource = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        byte[] bytes;
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(resource.startsWith("/") ? resource
                : "/" + resource)) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        }
        String version = org.sqlite.SQLiteJDBCLoader.getVersion().replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = folder.resolve(version).resolve(org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS()
                .replace('/', '-'));
        Path target = dir.resolve(name);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return target;
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, name, ".part");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
