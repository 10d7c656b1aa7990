package org.funnellab.store;

import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadField;
import org.funnellab.domain.LeadStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Updates only the mapped columns of leads already in the workspace, matched by (source_system, external_id)
 * ("linked files"). A status of WON also moves the stage to WON, as {@link Lead} itself does.
 */
final class LinkedLeadUpdater implements AutoCloseable {
    private record Column(String name, BiFunction<Lead, Terms, Object> value) {
    }

    private static final Map<LeadField, Column> COLUMNS = Map.ofEntries(
            Map.entry(LeadField.CREATED_AT, new Column("created_ts", (l, t) -> DbValues.seconds(l.createdAt()))),
            Map.entry(LeadField.CLOSED_AT, new Column("closed_ts", (l, t) -> DbValues.seconds(l.closedAt()))),
            Map.entry(LeadField.CHANNEL, new Column("channel_ref", (l, t) -> t.ref(l.channel()))),
            Map.entry(LeadField.CAMPAIGN, new Column("campaign_ref", (l, t) -> t.ref(l.campaign()))),
            Map.entry(LeadField.OWNER, new Column("owner_ref", (l, t) -> t.ref(l.owner()))),
            Map.entry(LeadField.COMPANY, new Column("company", (l, t) -> l.company())),
            Map.entry(LeadField.STAGE, new Column("stage_id", (l, t) -> Terms.fixed(l.stage()))),
            Map.entry(LeadField.STATUS, new Column("status_id", (l, t) -> Terms.fixed(l.status()))),
            Map.entry(LeadField.TARGET, new Column("target_id", (l, t) -> Terms.fixed(l.target()))),
            Map.entry(LeadField.LOSS_REASON, new Column("loss_reason_ref", (l, t) -> t.ref(l.lossReason()))),
            Map.entry(LeadField.DEAL_VALUE, new Column("deal_value", (l, t) -> DbValues.toMinor(l.dealValue()))),
            Map.entry(LeadField.CURRENCY, new Column("currency_ref", (l, t) -> t.ref(l.currency()))));

    private final Connection connection;
    private final Terms terms;
    private final long batchId;
    private final Map<Set<LeadField>, PreparedStatement> updates = new HashMap<>();
    private PreparedStatement exists;
    private long updated;
    private long unchanged;

    LinkedLeadUpdater(Connection connection, Terms terms, long batchId) {
        this.connection = connection;
        this.terms = terms;
        this.batchId = batchId;
    }

    LinkedOutcome update(Lead lead, Set<LeadField> mapped) throws SQLException {
        Set<LeadField> fields = mapped.isEmpty() ? EnumSet.noneOf(LeadField.class) : EnumSet.copyOf(mapped);
        if (fields.contains(LeadField.STATUS) && lead.status() == LeadStatus.WON) {
            fields.add(LeadField.STAGE);
        }
        List<Column> cols = new ArrayList<>();
        for (LeadField f : fields) {
            cols.add(COLUMNS.get(f));
        }
        if (!cols.isEmpty()) {
            PreparedStatement ps = updates.get(fields);
            if (ps == null) {
                ps = connection.prepareStatement(updateSql(cols));
                updates.put(fields, ps);
            }
            List<Object> values = new ArrayList<>(cols.size());
            for (Column c : cols) {
                values.add(c.value().apply(lead, terms));
            }
            Terms.insert(connection, terms.takeNew());
            int p = 1;
            for (Object v : values) {
                ps.setObject(p++, v);
            }
            ps.setLong(p++, batchId);
            ps.setObject(p++, terms.existingRef(DbValues.sourceId(lead.sourceSystem())));
            ps.setString(p++, lead.externalId());
            for (Object v : values) {
                ps.setObject(p++, v);
            }
            if (ps.executeUpdate() > 0) {
                updated++;
                return LinkedOutcome.UPDATED;
            }
        }
        if (exists == null) {
            exists = connection.prepareStatement("SELECT 1 FROM lead_data WHERE source_ref = ? AND external_id = ?");
        }
        exists.setObject(1, terms.existingRef(DbValues.sourceId(lead.sourceSystem())));
        exists.setString(2, lead.externalId());
        try (ResultSet rs = exists.executeQuery()) {
            if (rs.next()) {
                unchanged++;
                return LinkedOutcome.UNCHANGED;
            }
        }
        return LinkedOutcome.NO_SUCH_LEAD;
    }

    private static String updateSql(List<Column> cols) {
        StringBuilder set = new StringBuilder();
        StringBuilder differs = new StringBuilder();
        for (Column c : cols) {
            set.append(c.name()).append(" = ?, ");
            if (differs.length() > 0) {
                differs.append(" OR ");
            }
            differs.append(c.name()).append(" IS NOT ?");
        }
        return "UPDATE lead_data SET " + set + "import_batch_id = ? WHERE source_ref = ? AND external_id = ? AND ("
                + differs + ")";
    }

    long updated() {
        return updated;
    }

    long unchanged() {
        return unchanged;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : updates.values()) {
            ps.close();
        }
        if (exists != null) {
            exists.close();
        }
    }
}
