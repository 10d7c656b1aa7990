package org.funnellab.store;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A disk that fills up during an import (SQLite's own page limit stands in for it): the import is refused with a
 * sentence about the disk, nothing of it stays, and the workspace is intact — never "cannot commit - no transaction
 * is active". And every SQLite failure a user can meet is said in words, without its result code.
 */
class FailingDiskTest {
    @TempDir
    Path dir;

    @Test
    void aDiskFillingUpMidImportIsSaidInWordsAndLeavesTheWorkspaceAsItWas() throws Exception {
        Path file = dir.resolve("full.sqlite");
        try (Workspace ws = Workspace.open(file)) {
            DemoData.fill(ws, YearMonth.of(2025, 6), 300, 3);
        }
        byte[] before = Files.readAllBytes(file);
        FunnelFacts facts;
        try (Workspace ws = Workspace.open(file)) {
            facts = ws.queries().facts(Filters.ALL, Stage.SQL);
            long pages = TestLeads.count(ws, "PRAGMA page_count");
            try (Statement st = ws.connection().createStatement()) {
                st.execute("PRAGMA max_page_count = " + (pages + 3));
            }
            List<Lead> leads = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                leads.add(TestLeads.lead("F" + i, "2025-0" + (1 + i % 6) + "-10", "ch" + i % 5, Stage.MQL,
                        LeadStatus.OPEN, Target.TARGET));
            }
            assertThatThrownBy(() -> {
                try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "big.csv"))) {
                    leads.forEach(tx::upsert);
                    tx.commit();
                }
            }).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("is full")
                    .hasMessageNotContaining("SQLITE_")
                    .hasMessageNotContaining("no transaction is active")
                    .satisfies(e -> assertThat(((WorkspaceException) e).kind())
                            .isEqualTo(WorkspaceException.Kind.DISK_FULL));
            assertThat(ws.queries().facts(Filters.ALL, Stage.SQL)).isEqualTo(facts);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Workspace ws = Workspace.open(file); Statement st = ws.connection().createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.getString(1)).isEqualTo("ok");
            assertThat(ws.queries().facts(Filters.ALL, Stage.SQL)).isEqualTo(facts);
        }
    }

    @Test
    void everySqliteFailureAUserCanMeetIsSaidInWords() {
        Object[][] cases = {
                {5, "[SQLITE_BUSY] The database file is locked (database is locked)", "another import or program",
                        WorkspaceException.Kind.BUSY},
                {13, "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)", "is full",
                        WorkspaceException.Kind.DISK_FULL},
                {26, "[SQLITE_NOTADB] File opened that is not a database file (file is not a database)",
                        "not a FunnelLab workspace", WorkspaceException.Kind.NOT_A_WORKSPACE},
                {11, "[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)",
                        "is damaged", WorkspaceException.Kind.DAMAGED},
                {14, "[SQLITE_CANTOPEN] Unable to open the database file (unable to open database file)",
                        "cannot be opened", WorkspaceException.Kind.CANNOT_OPEN},
                {8, "[SQLITE_READONLY] Attempt to write a readonly database (attempt to write a readonly database)",
                        "read-only", WorkspaceException.Kind.READ_ONLY},
                {1, "[SQLITE_ERROR] SQL error or missing database (integer overflow)", "too large",
                        WorkspaceException.Kind.TOO_LARGE},
        };
        for (Object[] c : cases) {
            SQLException e = new SQLException((String) c[1], null, (Integer) c[0]);
            assertThat(SqliteErrors.describe(e, Path.of("w.sqlite"))).as((String) c[1])
                    .contains((String) c[2]).doesNotContain("SQLITE_").doesNotContain("Exception");
            assertThat(SqliteErrors.kind(e)).as((String) c[1]).isEqualTo(c[3]);
        }
    }
}
