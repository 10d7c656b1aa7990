package org.funnellab.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's native library: one copy per driver version in a per-user folder, whatever starts at once. */
class SqliteNativeTest {
    @TempDir
    Path dir;

    @Test
    void startsAtOnceAgreeOnOneCompleteCopyPerVersion() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Path>> starts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                starts.add(() -> SqliteNative.extract(dir));
            }
            List<Path> copies = new ArrayList<>();
            for (Future<Path> f : pool.invokeAll(starts)) {
                copies.add(f.get());
            }
            assertThat(copies).doesNotContainNull().containsOnly(copies.get(0));
            Path lib = copies.get(0);
            assertThat(lib.toString()).contains(org.sqlite.SQLiteJDBCLoader.getVersion());
            String resource = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                    + org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
            try (var in = org.sqlite.JDBC.class.getResourceAsStream(resource.startsWith("/") ? resource : "/" + resource)) {
                assertThat(Files.readAllBytes(lib)).isEqualTo(in.readAllBytes());
            }
            try (Stream<Path> files = Files.walk(dir)) {
                assertThat(files.filter(Files::isRegularFile)).containsExactly(lib);
            }
            FileTime written = Files.getLastModifiedTime(lib);
            Files.setLastModifiedTime(lib, FileTime.fromMillis(written.toMillis() - 60_000));
            assertThat(SqliteNative.extract(dir)).isEqualTo(lib);
            assertThat(Files.getLastModifiedTime(lib).toMillis()).as("an identical copy is not rewritten")
                    .isEqualTo(written.toMillis() - 60_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theFolderIsPerUserOnEverySystem() {
        Path home = Path.of("/home/u");
        assertThat(SqliteNative.cacheFolder("Linux", Map.of(), home))
                .isEqualTo(Path.of("/home/u/.cache/FunnelLab/sqlite-native"));
        assertThat(SqliteNative.cacheFolder("Linux", Map.of("XDG_CACHE_HOME", "/c"), home))
                .isEqualTo(Path.of("/c/FunnelLab/sqlite-native"));
        assertThat(SqliteNative.cacheFolder("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/u/Library/Caches/FunnelLab/sqlite-native"));
        assertThat(SqliteNative.cacheFolder("Windows 11", Map.of("LOCALAPPDATA", "/l"), home))
                .isEqualTo(Path.of("/l/FunnelLab/sqlite-native"));
    }
}
