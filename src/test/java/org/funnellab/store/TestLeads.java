package org.funnellab.store;

import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Small builders for leads in tests, and a dump of a workspace's tables for before/after comparisons. */
final class TestLeads {
    private TestLeads() {
    }

    static Lead lead(String id, String created, String channel, Stage stage, LeadStatus status, Target target) {
        return new Lead(SourceSystem.GENERIC, id, LocalDateTime.parse(created + "T10:00:00"), null, channel, null,
                null, null, stage, status, target, null, null, "RUB", java.util.List.of("raw " + id));
    }

    static Lead won(String id, String created, String closed, String channel, String value) {
        return new Lead(SourceSystem.GENERIC, id, LocalDateTime.parse(created + "T10:00:00"),
                LocalDateTime.parse(closed + "T12:00:00"), channel, null, null, null, Stage.WON, LeadStatus.WON,
                Target.TARGET, null, new BigDecimal(value), "RUB", java.util.List.of("raw " + id));
    }

    static Lead withChannel(Lead l, String channel) {
        return new Lead(l.sourceSystem(), l.externalId(), l.createdAt(), l.closedAt(), channel, l.campaign(),
                l.owner(), l.company(), l.stage(), l.status(), l.target(), l.lossReason(), l.dealValue(),
                l.currency(), l.sourceCells());
    }

    static Path file(Path dir) {
        return dir.resolve("ws.funnellab.sqlite");
    }

    /** Every row of every data table, as text, in a stable order. */
    static List<String> dump(Workspace ws) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String table : List.of("lead", "lead_summary", "lead_loss_summary", "cost_entry", "funnel_aggregate", "import_batch",
                "import_rejection", "setting", "lead_summary_dirty", "sqlite_schema")) {
            try (Statement st = ws.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(table).append(':');
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    out.add(row.toString());
                }
            }
        }
        out.sort(null);
        return out;
    }

    static long count(Workspace ws, String sql) throws SQLException {
        try (Statement st = ws.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
