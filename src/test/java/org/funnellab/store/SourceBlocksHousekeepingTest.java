package org.funnellab.store;

import org.funnellab.domain.Lead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Source rows are kept once: not again for a re-import that changes nothing, and not in a saved copy once replaced. */
class SourceBlocksHousekeepingTest {
    @TempDir
    Path dir;

    @Test
    void theSameFileAgainKeepsNoSecondCopyOfItsRows() throws Exception {
        List<Lead> leads = leads(3_000, "v1");
        try (Workspace ws = Workspace.open(dir.resolve("w.sqlite"))) {
            importLeads(ws, leads);
            long blocks = TestLeads.count(ws, "SELECT count(*) FROM source_block");
            assertThat(blocks).isEqualTo(3); // 3,000 rows, 1,024 to a block
            ImportCounts again = importLeads(ws, leads);
            assertThat(again.unchanged()).isEqualTo(3_000);
            assertThat(TestLeads.count(ws, "SELECT count(*) FROM source_block")).isEqualTo(blocks);
        }
    }

    @Test
    void saveAsLeavesOutRowsNoLeadPointsAt() throws Exception {
        Path file = dir.resolve("w.sqlite");
        Path copy = dir.resolve("copy.sqlite");
        try (Workspace ws = Workspace.open(file)) {
            importLeads(ws, leads(3_000, "v1"));
            importLeads(ws, leads(3_000, "v2")); // every row changed in a column not mapped
            assertThat(TestLeads.count(ws, "SELECT count(*) FROM source_block")).isEqualTo(6);
            ws.saveCopyTo(copy);
        }
        try (Workspace c = Workspace.open(copy)) {
            assertThat(TestLeads.count(c, "SELECT count(*) FROM source_block")).isEqualTo(3);
            try (Statement st = c.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, external_id FROM lead")) {
                int n = 0;
                while (rs.next()) {
                    SourceRows.Record r = c.sourceRow(rs.getLong(1)).orElseThrow();
                    assertThat(r.cells()).containsExactly(rs.getString(2), "v2");
                    n++;
                }
                assertThat(n).isEqualTo(3_000);
            }
        }
        assertThat(Files.size(copy)).isLessThan(Files.size(file));
    }

    @Test
    void rowsWithLongCellsMakeShorterBlocksNotHugeOnes() throws Exception {
        List<Lead> leads = new ArrayList<>();
        String note = "комментарий менеджера ".repeat(20_000); // 440,000 characters a row
        for (Lead l : leads(30, "x")) {
            leads.add(new Lead(l.sourceSystem(), l.externalId(), l.createdAt(), l.closedAt(), l.channel(), l.campaign(),
                    l.owner(), l.company(), l.stage(), l.status(), l.target(), l.lossReason(), l.dealValue(),
                    l.currency(), List.of(l.externalId(), note)));
        }
        try (Workspace ws = Workspace.open(dir.resolve("w.sqlite"))) {
            importLeads(ws, leads);
            assertThat(TestLeads.count(ws, "SELECT max(rows) FROM source_block")).isLessThan(30);
            try (Statement st = ws.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, external_id FROM lead")) {
                while (rs.next()) {
                    assertThat(ws.sourceRow(rs.getLong(1)).orElseThrow().cells())
                            .containsExactly(rs.getString(2), note);
                }
            }
        }
    }

    private static List<Lead> leads(int n, String version) {
        List<Lead> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Lead l = TestLeads.won("L" + i, "2025-0" + (1 + i % 9) + "-01", "2025-10-01", i % 2 == 0 ? "VK" : "SEO",
                    String.valueOf(100 + i));
            out.add(new Lead(l.sourceSystem(), l.externalId(), l.createdAt(), l.closedAt(), l.channel(), l.campaign(),
                    l.owner(), l.company(), l.stage(), l.status(), l.target(), l.lossReason(), l.dealValue(),
                    l.currency(), List.of("L" + i, version)));
        }
        return out;
    }

    private static ImportCounts importLeads(Workspace ws, List<Lead> leads) {
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "leads.csv"))) {
            tx.sourceHeader(List.of("id", "note"));
            for (int i = 0; i < leads.size(); i++) {
                tx.upsert(leads.get(i), i + 2);
            }
            return tx.commit();
        }
    }
}
