package org.funnellab.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsCreatedAtTheLatestSchemaWithLargePagesAndWithoutABackup() throws Exception {
        try (Workspace ws = Workspace.open(TestLeads.file(dir))) {
            assertThat(ws.schemaVersion()).isEqualTo(Workspace.LATEST_VERSION);
            assertThat(ws.backupTakenOnOpen()).isEmpty();
            assertThat(Workspace.intQuery(ws.connection(), "PRAGMA page_size")).isEqualTo(16_384);
        }
        try (var files = list()) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().contains("backup"));
        }
    }

    @Test
    void anOlderFileIsCopiedBeforeItIsMigrated() throws Exception {
        Path file = TestLeads.file(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            Migrations.apply(c, 0, 1);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO setting (key, value) VALUES ('workspace.name', 'Old data')");
            }
            c.commit();
        }
        Path backup;
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.schemaVersion()).isEqualTo(Workspace.LATEST_VERSION);
            assertThat(ws.settings().displayName()).isEqualTo("Old data");
            backup = ws.backupTakenOnOpen().orElseThrow();
        }
        assertThat(backup.getFileName().toString()).startsWith("ws.funnellab.backup-v1-").endsWith(".sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT value FROM setting WHERE key = 'workspace.name'")) {
                assertThat(rs.getString(1)).isEqualTo("Old data");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'lead_summary'")) {
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void aFileFromANewerFunnelLabIsRefusedAndLeftUnchanged() throws Exception {
        Path file = TestLeads.file(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE future (x)");
            st.executeUpdate("PRAGMA user_version = " + (Workspace.LATEST_VERSION + 1));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("newer FunnelLab")
                .hasMessageContaining("schema version " + (Workspace.LATEST_VERSION + 1));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anSqliteFileThatIsNotAWorkspaceIsRefused() throws Exception {
        Path file = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE customers (name TEXT)");
        }
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("not a FunnelLab workspace");
    }

    @Test
    void settingsHaveTypedGettersWithDefaults() {
        try (Workspace ws = Workspace.open(TestLeads.file(dir))) {
            Settings s = ws.settings();
            assertThat(s.currency()).isEqualTo("RUB");
            assertThat(s.displayName()).isEmpty();
            assertThat(s.isDemo()).isFalse();
            s.setCurrency("USD");
            s.put("minutes", 15);
            s.put("share", 0.25);
            s.put("broken", "fifteen");
            s.put(Settings.DEMO, true);
            assertThat(s.currency()).isEqualTo("USD");
            assertThat(s.getInt("minutes", 0)).isEqualTo(15);
            assertThat(s.getDouble("share", 0)).isEqualTo(0.25);
            assertThat(s.getInt("broken", 7)).isEqualTo(7);
            assertThat(s.isDemo()).isTrue();
            s.put("minutes", null);
            assertThat(s.get("minutes")).isEmpty();
        }
        try (Workspace ws = Workspace.open(TestLeads.file(dir))) {
            assertThat(ws.settings().currency()).isEqualTo("USD");
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Workspace ws = Workspace.open(TestLeads.file(dir))) {
            assertThatThrownBy(() -> {
                try (Statement st = ws.connection().createStatement()) {
                    st.executeUpdate("INSERT INTO import_rejection (import_batch_id, line, reason) VALUES (42, 1, 'x')");
                }
            }).hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void theDefaultLocationFollowsEachOperatingSystemsConvention() {
        Path home = Path.of("/home/u");
        assertThat(DefaultWorkspace.location("Linux", Map.of(), home))
                .isEqualTo(Path.of("/home/u/.local/share/FunnelLab/workspace.funnellab.sqlite"));
        assertThat(DefaultWorkspace.location("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/FunnelLab/workspace.funnellab.sqlite"));
        assertThat(DefaultWorkspace.location("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/u/Library/Application Support/FunnelLab/workspace.funnellab.sqlite"));
        assertThat(DefaultWorkspace.location("Windows 11", Map.of("APPDATA", "/appdata"), home))
                .isEqualTo(Path.of("/appdata/FunnelLab/workspace.funnellab.sqlite"));
    }

    @Test
    void theMigrationScriptSplitterKeepsTriggerBodiesWhole() {
        assertThat(Migrations.statements("-- c\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER UPDATE ON a\nBEGIN\n"
                + "  INSERT INTO a VALUES (1);\nEND;\nCREATE INDEX i ON a (x);\n"))
                .hasSize(3)
                .element(1).asString().startsWith("CREATE TRIGGER").endsWith("END;");
    }

    private java.util.stream.Stream<Path> list() {
        try {
            return Files.list(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
