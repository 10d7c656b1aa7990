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
        try (Workspace ws = Workspace.open(file)) {
            try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "leads.csv"))) {
                tx.upsert(TestLeads.won("W1", "2025-03-01", "2025-03-11", "VK", "1000"));
                tx.upsert(TestLeads.won("W2", "2025-03-05", "2025-03-01", "VK", "1000"));
                tx.commit();
            }
            // What version 2 stored: every cycle summed, negative ones too, and no cycle_negative column.
            try (Statement st = ws.connection().createStatement()) {
                st.executeUpdate("ALTER TABLE lead_summary DROP COLUMN cycle_negative");
                st.executeUpdate("UPDATE lead_summary SET cycle_sum = 6, cycle_count = 2");
                st.executeUpdate("ALTER TABLE scenario DROP COLUMN note");
                st.executeUpdate("PRAGMA user_version = 2");
            }
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
