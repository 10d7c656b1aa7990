package org.funnellab.store;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** A workspace written before negative cycles were left out is migrated: its summary is rebuilt without them. */
class NegativeCycleMigrationTest {
    @TempDir
    Path dir;

    @Test
    void openingAVersion2WorkspaceRebuildsTheSummaryWithoutNegativeCycles() throws Exception {
        Path file = dir.resolve("old.sqlite");
        // a workspace as version 2 wrote it: its own scripts, every cycle summed (negative ones too)
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            Migrations.apply(c, 0, 2);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO lead (source_system, external_id, created_at, closed_at, channel, stage,"
                        + " status, target, deal_value, currency, raw_row) VALUES"
                        + " ('generic', 'W1', '2025-03-01 10:00:00', '2025-03-11 12:00:00', 'VK', 'WON', 'WON', 'TARGET',"
                        + " 100000, 'RUB', CAST('{\"id\":\"W1\"}' AS BLOB)),"
                        + " ('generic', 'W2', '2025-03-05 10:00:00', '2025-03-01 12:00:00', 'VK', 'WON', 'WON', 'TARGET',"
                        + " 100000, 'RUB', CAST('{\"id\":\"W2\"}' AS BLOB))");
                st.executeUpdate("INSERT INTO lead_summary (month, channel, stage, status, target, leads, value_sum,"
                        + " value_count, cycle_sum, cycle_count) VALUES ('2025-03', 'VK', 'WON', 'WON', 'TARGET', 2,"
                        + " 200000, 2, 6, 2)");
            }
            c.commit();
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.schemaVersion()).isEqualTo(Workspace.LATEST_VERSION);
            FunnelFacts f = ws.queries().facts(Filters.ALL, Stage.SQL);
            assertThat(f.wonWithCycle()).isEqualTo(1);
            assertThat(f.cycleDaysSum()).isEqualTo(10.0);
            assertThat(f.medianCycleDays()).isEqualTo(10.0);
            assertThat(ws.queries().negativeCycles(Filters.ALL)).isEqualTo(1);
        }
    }
}
