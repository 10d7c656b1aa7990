package org.funnellab.store;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Old, foreign, newer, locked and oddly named workspace files: upgraded consistently or refused unchanged. */
class WorkspaceDamageTest {
    @TempDir
    Path dir;

    /** A workspace at {@code version} made by the scripts of that time, with {@code n} seeded leads in raw SQL. */
    static void oldWorkspace(Path file, int version, int n, long seed) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            Migrations.apply(c, 0, version);
            Random r = new Random(seed);
            String[] stages = {"LEAD", "MQL", "SQL", "OPPORTUNITY", "WON"};
            String[] targets = {"TARGET", "NON_TARGET", "UNKNOWN"};
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lead (source_system, external_id, created_at,"
                    + " closed_at, channel, stage, status, target, deal_value) VALUES ('generic', ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    String stage = stages[r.nextInt(stages.length)];
                    String status = stage.equals("WON") ? "WON" : r.nextBoolean() ? "OPEN" : "LOST";
                    ps.setString(1, "id" + i);
                    ps.setString(2, String.format("2024-%02d-%02d 10:00:00", 1 + r.nextInt(12), 1 + r.nextInt(28)));
                    ps.setString(3, status.equals("WON") ? "2025-01-15 10:00:00" : null);
                    ps.setString(4, "ch" + r.nextInt(4));
                    ps.setString(5, stage);
                    ps.setString(6, status);
                    ps.setString(7, targets[r.nextInt(3)]);
                    if (status.equals("WON")) {
                        ps.setLong(8, 100 * (1 + r.nextInt(1_000_000)));
                    } else {
                        ps.setNull(8, java.sql.Types.INTEGER);
                    }
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
    }

    private static long[] bruteForce(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*), sum(status = 'WON'), ifnull(sum(CASE WHEN status = 'WON'"
                     + " THEN deal_value END), 0), sum(target = 'NON_TARGET') FROM lead")) {
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
        }
    }

    @Test
    void everyEarlierSchemaVersionIsUpgradedWithItsSummariesCoveringEveryLead() throws Exception {
        for (int version = 1; version < Workspace.LATEST_VERSION; version++) {
            Path file = dir.resolve("v" + version + ".sqlite");
            oldWorkspace(file, version, 700 + version, 40 + version);
            long[] expected = bruteForce(file);
            assertThat(expected[0]).isEqualTo(700 + version);
            try (Workspace ws = Workspace.open(file)) {
                FunnelFacts f = ws.queries().facts(Filters.ALL, Stage.SQL);
                assertThat(f.reached().get(Stage.LEAD)).as("v%d leads", version).isEqualTo(expected[0]);
                assertThat(f.won()).as("v%d won", version).isEqualTo(expected[1]);
                assertThat(f.wonRevenue()).as("v%d revenue", version)
                        .isEqualByComparingTo(java.math.BigDecimal.valueOf(expected[2], 2));
                assertThat(f.nonTarget()).as("v%d non-target", version).isEqualTo(expected[3]);
                assertThat(ws.backupTakenOnOpen()).isPresent();
            }
        }
    }

    @Test
    void aFailedUpgradeLeavesTheFileUnchangedAndNoBackupBehind() throws Exception {
        Path file = dir.resolve("odd.sqlite");
        oldWorkspace(file, 1, 50, 3);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            // another program added a table the next schema version creates: the upgrade cannot run
            st.executeUpdate("CREATE TABLE lead_summary (x)");
        }
        byte[] before = Files.readAllBytes(file);
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("Cannot upgrade").hasMessageContaining("not changed")
                    .hasMessageNotContaining("SQLITE_");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("odd.sqlite");
        }
    }

    @Test
    void aNewerOrForeignDatabaseInWalModeIsRefusedWithItsBytesUnchanged() throws Exception {
        Path newer = dir.resolve("newer.sqlite");
        Path foreign = dir.resolve("foreign.sqlite");
        for (Path file : new Path[] {newer, foreign}) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.executeUpdate("CREATE TABLE t (x)");
                st.executeUpdate("INSERT INTO t VALUES (1)");
                if (file == newer) {
                    st.executeUpdate("PRAGMA user_version = " + (Workspace.LATEST_VERSION + 1));
                }
            }
        }
        for (Path file : new Path[] {newer, foreign}) {
            byte[] before = Files.readAllBytes(file);
            assertThat(before[18]).as("WAL write version").isEqualTo((byte) 2);
            assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining(file == newer ? "newer FunnelLab" : "not a FunnelLab workspace");
            assertThat(Files.readAllBytes(file)).as(file.getFileName().toString()).isEqualTo(before);
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedInWordsAndUnchanged() throws Exception {
        Path csv = Files.writeString(dir.resolve("deals.csv"), "id;name\n1;Acme\n".repeat(200));
        byte[] before = Files.readAllBytes(csv);
        assertThatThrownBy(() -> Workspace.open(csv)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("not a FunnelLab workspace").hasMessageContaining("deals.csv")
                .hasMessageNotContaining("SQLITE_").hasMessageNotContaining("Exception");
        assertThat(Files.readAllBytes(csv)).isEqualTo(before);
    }

    @Test
    void aNameWithQuestionMarkHashOrPercentIsAFileNameNotConnectionOptions() throws Exception {
        for (String name : new String[] {"what?mode=ro&cache=shared.sqlite", "a#b.sqlite", "100%25 real.sqlite",
                "кириллица ws.sqlite"}) {
            Path file = dir.resolve(name);
            try (Workspace ws = Workspace.open(file)) {
                assertThat(ws.schemaVersion()).isEqualTo(Workspace.LATEST_VERSION);
                ws.settings().setDisplayName("named " + name);
            }
            assertThat(file).as(name).isRegularFile();
            try (Workspace ws = Workspace.open(file)) {
                assertThat(ws.settings().displayName()).isEqualTo("named " + name);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "what?mode=ro&cache=shared.sqlite", "a#b.sqlite", "100%25 real.sqlite", "кириллица ws.sqlite");
        }
    }

    @Test
    void aWorkspaceLockedByAnotherProgramSaysSoInWords() throws Exception {
        Path file = dir.resolve("busy.sqlite");
        Workspace.open(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = other.createStatement()) {
            st.execute("PRAGMA busy_timeout = 0");
            st.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("another import or program is using")
                    .hasMessageNotContaining("SQLITE_").hasMessageNotContaining("locked");
            st.execute("ROLLBACK");
        }
    }
}
