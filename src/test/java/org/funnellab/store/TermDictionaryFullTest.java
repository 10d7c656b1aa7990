package org.funnellab.store;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Lead;
import org.funnellab.domain.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Past {@value Terms#MAX_TERMS} texts (free text typed into a CRM column) a new text is stored in the lead row
 * itself: figures, filters, medians and re-imports read both forms as the same text.
 */
class TermDictionaryFullTest {
    @TempDir
    Path dir;

    @Test
    void textsPastTheDictionaryReadAsTheSameTexts() throws Exception {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String channel = i % 2 == 0 ? "Старый канал" : "Новый канал " + (i % 4);
            leads.add(TestLeads.withChannel(TestLeads.won("W" + i, "2025-0" + (1 + i % 6) + "-01", "2025-07-0" + (1 + i % 9),
                    "x", String.valueOf(1000 + 10 * i)), channel));
        }
        Path full = dir.resolve("full.sqlite");
        Path plain = dir.resolve("plain.sqlite");
        try (Workspace ws = Workspace.open(full)) {
            try (Statement st = ws.connection().createStatement()) {
                // "Старый канал" is known; then the dictionary is filled to its limit
                st.executeUpdate("INSERT INTO term (text) VALUES ('Старый канал')");
                st.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                        + Terms.MAX_TERMS + ") INSERT INTO term (text) SELECT 'filler ' || i FROM n");
            }
            importLeads(ws, leads);
            assertThat(TestLeads.count(ws, "SELECT count(*) FROM lead_data WHERE typeof(channel_ref) = 'text'"))
                    .as("new channels stored inline").isEqualTo(20);
            assertThat(TestLeads.count(ws, "SELECT count(*) FROM lead_data WHERE typeof(channel_ref) = 'integer'"))
                    .isEqualTo(20);
        }
        try (Workspace ws = Workspace.open(plain)) {
            importLeads(ws, leads);
        }
        try (Workspace a = Workspace.open(full); Workspace b = Workspace.open(plain)) {
            for (Filters f : List.of(Filters.ALL,
                    new Filters(null, null, Set.of("Новый канал 1"), Set.of(), Set.of()),
                    new Filters(null, null, Set.of("Старый канал", "Новый канал 3"), Set.of(), Set.of()))) {
                FunnelFacts fa = a.queries().facts(f, Stage.SQL);
                assertThat(fa).isEqualTo(b.queries().facts(f, Stage.SQL));
                assertThat(a.queries().factsByChannel(f, Stage.SQL)).isEqualTo(b.queries().factsByChannel(f, Stage.SQL));
                assertThat(a.queries().cycleDaysHistogram(f)).isEqualTo(b.queries().cycleDaysHistogram(f));
            }
            assertThat(a.queries().channels()).isEqualTo(b.queries().channels());
            ImportCounts again = importLeads(a, leads);
            assertThat(again.unchanged()).as("the same file again changes nothing").isEqualTo(40);
        }
    }

    private static ImportCounts importLeads(Workspace ws, List<Lead> leads) {
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "leads.csv"))) {
            for (int i = 0; i < leads.size(); i++) {
                tx.upsert(leads.get(i), i + 2);
            }
            return tx.commit();
        }
    }
}
