package org.funnellab.cli;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import costs} killed (kill -9) while its transaction is open — seen by SQLite's rollback journal beside the
 * workspace — leaves the workspace exactly as it was, and intact.
 */
class CostsCrashSafetyTest {
    private static final int ROWS = 300_000;

    @TempDir
    Path dir;

    @Test
    void killingACostImportMidTransactionLeavesTheWorkspaceAsItWas() throws Exception {
        Path ws = dir.resolve("known.sqlite");
        FunnelFacts before;
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2025, 6), 500, 9);
            before = w.queries().facts(Filters.ALL, Stage.SQL);
        }
        Path csv = dir.resolve("costs.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("Month,Channel,Campaign,Category,Cost\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(String.format("%d-%02d,ch%d,camp%d,Ads,%d.%02d%n", 2000 + i % 25, 1 + i % 12, i % 40,
                        i / 1000, 100 + i % 9000, i % 100));
            }
        }
        Path journal = Path.of(ws + "-journal");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                // the child's per-user files (the SQLite driver's native library) stay in this test's folder
                "-Duser.home=" + dir.resolve("home"), "-Dorg.sqlite.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"), "org.funnellab.app.Launcher",
                "import", "costs", csv.toString(), "--workspace", ws.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("XDG_CACHE_HOME");
        Process child = builder.start();
        boolean sawTransaction = false;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (child.isAlive() && System.nanoTime() < deadline) {
                if (Files.exists(journal)) {
                    sawTransaction = true;
                    break;
                }
                Thread.onSpinWait();
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(sawTransaction).as("the import's transaction must be open when the process is killed").isTrue();
        assertThat(child.isAlive()).isFalse();

        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.queries().facts(Filters.ALL, Stage.SQL)).isEqualTo(before);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }
}
