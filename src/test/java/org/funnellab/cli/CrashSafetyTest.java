package org.funnellab.cli;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed in the middle of an import leaves the workspace exactly as it was: the import runs in a child JVM
 * through the real entry point, is killed once it is writing rows, and the workspace is then reopened and checked.
 */
class CrashSafetyTest {
    private static final int ROWS = 400_000;
    /** Rows the child must have imported (pass 2) before it is killed: well inside the transaction. */
    private static final long KILL_AFTER_ROWS = 20_000;
    private static final Pattern IMPORTING = Pattern.compile("importing: (\\d[\\d\\p{Zs},.']*) rows");

    @TempDir
    Path dir;

    @Test
    void killingTheProcessMidImportLeavesTheWorkspaceAsItWas() throws Exception {
        Path ws = dir.resolve("known.sqlite");
        FunnelFacts before;
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2025, 6), 1_000, 5);
            before = w.queries().facts(Filters.ALL, Stage.SQL);
        }
        Path csv = dir.resolve("big.csv");
        DemoData.writeLeadsCsv(csv, ROWS, 77);

        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                // the child's per-user files (the SQLite driver's native library) stay in this test's folder
                "-Duser.home=" + dir.resolve("home"), "-Dorg.sqlite.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"), "org.funnellab.app.Launcher",
                "import", "leads", csv.toString(), "--workspace", ws.toString(), "--progress"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("XDG_CACHE_HOME");
        Process child = builder.start();
        try {
            CompletableFuture<Long> underWay = CompletableFuture.supplyAsync(() -> waitForRows(child));
            long rows = underWay.get(180, TimeUnit.SECONDS);
            assertThat(rows).isGreaterThanOrEqualTo(KILL_AFTER_ROWS);
            assertThat(child.isAlive()).as("the import must still be running when it is killed").isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
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

    /** Reads the child's progress lines until it reports {@link #KILL_AFTER_ROWS} imported rows; -1 if it ends. */
    private static long waitForRows(Process child) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                Matcher m = IMPORTING.matcher(line);
                if (m.find()) {
                    long rows = Long.parseLong(m.group(1).replaceAll("\\D", ""));
                    if (rows >= KILL_AFTER_ROWS) {
                        return rows;
                    }
                }
            }
            return -1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
