package org.funnellab.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** A workspace of the previous schema (version 2) with a scenario, opened by this version. */
class ScenarioStoreMigrationTest {
    @TempDir
    Path dir;

    @Test
    void migrationFromThePreviousSchemaKeepsScenariosAddsTheNoteAndTakesABackup() throws Exception {
        Path file = dir.resolve("old.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            Migrations.apply(c, 0, 2);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO scenario (name, filters_json, overrides_json, created_at, updated_at)"
                        + " VALUES ('Old one', '{}', '{\"velocity\":{\"winRate\":0.4}}', '2026-01-01T00:00:00Z',"
                        + " '2026-01-01T00:00:00Z')");
            }
            c.commit();
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.schemaVersion()).isEqualTo(Workspace.LATEST_VERSION).isEqualTo(7);
            Path backup = ws.backupTakenOnOpen().orElseThrow();
            assertThat(Files.exists(backup)).isTrue();
            assertThat(backup.getFileName().toString()).contains("backup-v2-");
            ScenarioStore.Row row = ws.scenarios().find("Old one").orElseThrow();
            assertThat(row.note()).isEmpty();
            assertThat(row.overridesJson()).contains("winRate");
            try (Connection b = DriverManager.getConnection("jdbc:sqlite:" + backup);
                 Statement st = b.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).as("the backup is the file as it was").isEqualTo(2);
            }
        }
    }

    @Test
    void scriptVersionsComeFromTheirNamesAndMayLeaveGaps() {
        assertThat(Migrations.version("V006__scenario_note.sql")).isEqualTo(6);
        assertThat(Migrations.version("V007__compact_leads.sql")).isEqualTo(7);
        assertThat(Migrations.LATEST).isEqualTo(7);
    }
}
