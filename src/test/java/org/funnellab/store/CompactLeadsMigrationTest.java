package org.funnellab.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.funnellab.domain.Filters;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace written by the previous schema (version 6: one lead table, each lead carrying its source row as JSON)
 * opens as the compact schema with a backup taken, the same figures, and the same source row for every lead.
 */
class CompactLeadsMigrationTest {
    private static final String[] CHANNELS = {"Яндекс Директ", "VK Реклама", "SEO", null};
    private static final String[] OWNERS = {"Анна", "Игорь Петров", null};
    private static final String[] REASONS = {"Спам", "Дорого", null};
    private static final List<String> HEADER = List.of("id", "Канал", "Комментарий", "Теги", "Теги (2)");

    @TempDir
    Path dir;

    @Test
    void aVersion6WorkspaceKeepsItsFiguresAndSourceRows() throws Exception {
        Random rnd = new Random(20261201);
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            leads.add(randomLead(rnd, i));
        }
        // the reference: the same leads imported by this version
        Path fresh = dir.resolve("fresh.sqlite");
        Map<String, Object> expected;
        Map<String, List<String>> expectedRows = new TreeMap<>();
        try (Workspace ws = Workspace.open(fresh)) {
            try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "leads.csv"))) {
                tx.sourceHeader(HEADER);
                for (int i = 0; i < leads.size(); i++) {
                    tx.upsert(leads.get(i), i + 2);
                }
                tx.commit();
            }
            expected = figures(ws);
            for (Map.Entry<String, Long> e : ids(ws).entrySet()) {
                // version 6 stored a short row with "" for the cells it lacked: that is what the move keeps
                List<String> cells = new ArrayList<>(ws.sourceRow(e.getValue()).orElseThrow().cells());
                while (cells.size() < HEADER.size()) {
                    cells.add("");
                }
                expectedRows.put(e.getKey(), cells);
            }
        }

        Path old = dir.resolve("old.sqlite");
        writeVersion6(old, leads);
        try (Workspace ws = Workspace.open(old)) {
            assertThat(ws.schemaVersion()).isEqualTo(Workspace.LATEST_VERSION);
            assertThat(ws.backupTakenOnOpen()).isPresent();
            assertThat(Files.exists(ws.backupTakenOnOpen().get())).isTrue();
            Map<String, Object> got = figures(ws);
            for (String k : expected.keySet()) {
                assertThat(String.valueOf(got.get(k))).as(k).isEqualTo(String.valueOf(expected.get(k)));
            }
            assertThat(got).isEqualTo(expected);
            Map<String, List<String>> rows = new TreeMap<>();
            for (Map.Entry<String, Long> e : ids(ws).entrySet()) {
                SourceRows.Record r = ws.sourceRow(e.getValue()).orElseThrow();
                assertThat(r.header()).as("lead %s", e.getKey()).isEqualTo(HEADER);
                rows.put(e.getKey(), r.cells());
            }
            assertThat(rows).isEqualTo(expectedRows);
            assertThat(count(ws, "SELECT count(*) FROM sqlite_schema WHERE name = 'legacy_raw_row'")).isZero();
        }
        // a second import of the same leads into the migrated file changes nothing
        try (Workspace ws = Workspace.open(old)) {
            try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "leads.csv"))) {
                tx.sourceHeader(HEADER);
                for (int i = 0; i < leads.size(); i++) {
                    tx.upsert(leads.get(i), i + 2);
                }
                ImportCounts counts = tx.commit();
                assertThat(counts.unchanged()).isEqualTo(leads.size());
            }
            assertThat(figures(ws)).isEqualTo(expected);
        }
        assertThat(Files.size(old)).as("the old table's pages are given back").isLessThan(Files.size(old.resolveSibling(
                Files.list(dir).filter(p -> p.getFileName().toString().contains("backup-v6"))
                        .findFirst().orElseThrow().getFileName())));
    }

    private static Lead randomLead(Random rnd, int i) {
        LocalDateTime created = LocalDateTime.of(2024, 1, 1, 9, 0).plusHours(rnd.nextInt(24 * 500));
        LeadStatus status = LeadStatus.values()[rnd.nextInt(3)];
        Stage stage = status == LeadStatus.WON ? Stage.WON : Stage.values()[rnd.nextInt(4)];
        LocalDateTime closed = status == LeadStatus.OPEN ? null : created.plusDays(rnd.nextInt(90) - 3);
        String channel = CHANNELS[rnd.nextInt(CHANNELS.length)];
        List<String> cells = new ArrayList<>(List.of("L" + i, channel == null ? "" : channel,
                rnd.nextBoolean() ? "звонок \"с сайта\"\nперезвонить" : "", "тег" + rnd.nextInt(5), ""));
        if (rnd.nextInt(10) == 0) {
            cells.remove(cells.size() - 1); // a short row
        }
        return new Lead(SourceSystem.AMOCRM, "L" + i, created, closed, channel, rnd.nextBoolean() ? "весна" : null,
                OWNERS[rnd.nextInt(OWNERS.length)], "ООО «Клиент " + rnd.nextInt(50) + "»", stage, status,
                Target.values()[rnd.nextInt(3)], status == LeadStatus.LOST ? REASONS[rnd.nextInt(3)] : null,
                status == LeadStatus.WON ? new BigDecimal(rnd.nextInt(1_000_000)).movePointLeft(2) : null, "RUB",
                cells);
    }

    /** A workspace as version 6 wrote it: its own scripts, one lead table, the raw row as a JSON object per lead. */
    private static void writeVersion6(Path file, List<Lead> leads) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            Migrations.apply(c, 0, 6);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO import_batch (id, kind, file_name, started_at) VALUES"
                        + " (1, 'LEADS', 'leads.csv', '2026-01-01T00:00:00Z')");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lead (source_system, external_id, created_at,"
                    + " closed_at, channel, campaign, owner, company, stage, status, target, loss_reason, deal_value,"
                    + " currency, raw_row, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                for (Lead l : leads) {
                    Map<String, String> raw = new LinkedHashMap<>();
                    for (int i = 0; i < HEADER.size(); i++) {
                        raw.put(HEADER.get(i), i < l.sourceCells().size() ? l.sourceCells().get(i) : "");
                    }
                    Object[] v = {DbValues.sourceId(l.sourceSystem()), l.externalId(), DbValues.dateTime(l.createdAt()),
                            DbValues.dateTime(l.closedAt()), l.channel(), l.campaign(), l.owner(), l.company(),
                            l.stage().name(), l.status().name(), l.target().name(), l.lossReason(),
                            DbValues.toMinor(l.dealValue()), l.currency(),
                            json.writeValueAsString(raw).getBytes(java.nio.charset.StandardCharsets.UTF_8)};
                    for (int i = 0; i < v.length; i++) {
                        ps.setObject(i + 1, v[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            LegacySummary.rebuild(c);
            c.commit();
        }
    }

    /** Version 6's own summary, written with its SQL (the migration rebuilds it anyway). */
    private static final class LegacySummary {
        static void rebuild(Connection c) throws Exception {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO lead_summary (month, channel, campaign, owner, stage, status, target,"
                        + " leads, value_sum, value_count, cycle_sum, cycle_count, cycle_negative)"
                        + " SELECT created_month, channel, campaign, owner, stage, status, target, count(*),"
                        + " ifnull(sum(deal_value), 0), count(deal_value), 0, 0, 0 FROM lead GROUP BY 1, 2, 3, 4, 5, 6, 7");
            }
        }
    }

    /** Every figure the screens read, for a few filters. */
    private static Map<String, Object> figures(Workspace ws) {
        FunnelQueries q = ws.queries();
        Map<String, Object> out = new LinkedHashMap<>();
        List<Filters> filters = List.of(Filters.ALL,
                new Filters(YearMonth.of(2024, 3), YearMonth.of(2024, 9), Set.of("SEO", "Яндекс Директ"), Set.of(),
                        Set.of()),
                new Filters(null, null, Set.of(), Set.of("весна"), Set.of("Анна")));
        for (int i = 0; i < filters.size(); i++) {
            Filters f = filters.get(i);
            out.put(i + " facts", q.facts(f, Stage.SQL));
            out.put(i + " byChannel", q.factsByChannel(f, Stage.SQL));
            out.put(i + " monthly", q.monthly(f));
            out.put(i + " loss", q.lossReasons(f));
            out.put(i + " cycles", q.cycleDaysHistogram(f));
            out.put(i + " targets", q.targetByChannel(f));
        }
        out.put("channels", q.channels());
        out.put("owners", q.owners());
        out.put("range", q.dataRange());
        return out;
    }

    private static Map<String, Long> ids(Workspace ws) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Statement st = ws.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT external_id, id FROM lead")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static long count(Workspace ws, String sql) throws Exception {
        try (Statement st = ws.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
