package org.funnellab.store;

import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Bulk upsert of leads keyed by (source_system, external_id) in batches of {@value #BATCH}.
 * An existing lead is rewritten only when a stored column differs, so re-importing the same file changes nothing;
 * SQLite reports one change per inserted or rewritten row, which is how unchanged rows are counted.
 *
 * <p>Into an empty lead table (a first import) rows are plainly inserted while the unique key index is absent —
 * building it once after the load is far cheaper than maintaining it. A hash set of the keys seen spots a repeated
 * id; on the first one the index is built there and then and the writer goes on with upserts.
 */
final class LeadBatchWriter implements AutoCloseable {
    static final int BATCH = 10_000;

    /** Above this many groups the summary is left to SQL: free-text columns must not exhaust the heap. */
    static final int MAX_SUMMARY_GROUPS = 200_000;

    private static final String COLUMNS = "source_system, external_id, created_at, closed_at, channel, campaign,"
            + " owner, company, stage, status, target, loss_reason, deal_value, currency, raw_row";
    private static final String[] COMPARED = COLUMNS.substring(COLUMNS.indexOf("created_at")).split(",\\s*");
    private static final String VALUES = " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ";

    private final Connection connection;
    private final WritePipeline pipeline;
    private final long batchId;
    private final String keyIndexSql;
    private PreparedStatement statement;
    private LongHashSet keysSeen;
    private final Set<String> months = new HashSet<>();
    private Map<SummaryKey, long[]> summary;
    private Map<SummaryKey, long[]> lossSummary;

    /** A summary group's key columns in the order of its {@link LeadSummary.Spec#keys()}. */
    interface SummaryKey {
        String column(int i);
    }

    private record MainKey(String month, String channel, String campaign, String owner, String stage, String status,
                           String target) implements SummaryKey {
        @Override
        public String column(int i) {
            return new String[] {month, channel, campaign, owner, stage, status, target}[i];
        }
    }

    private record LossKey(String month, String channel, String campaign, String owner, String target,
                           String lossReason) implements SummaryKey {
        @Override
        public String column(int i) {
            return new String[] {month, channel, campaign, owner, target, lossReason}[i];
        }
    }
    private Object[][] filling = new Object[BATCH][];
    private int size;
    private long upserts;
    private long changes;

    /**
     * @param keyIndexSql the definition of the unique key index when it was dropped for this load (the table was
     *                    empty), else null
     */
    LeadBatchWriter(Connection c, WritePipeline pipeline, long batchId, String keyIndexSql) throws SQLException {
        this.connection = c;
        this.pipeline = pipeline;
        this.batchId = batchId;
        this.keyIndexSql = keyIndexSql;
        if (keyIndexSql != null) {
            this.keysSeen = new LongHashSet();
            this.summary = new HashMap<>();
            this.lossSummary = new HashMap<>();
            this.statement = c.prepareStatement("INSERT INTO lead (" + COLUMNS + ", import_batch_id)" + VALUES
                    + batchId + ")");
        } else {
            this.statement = c.prepareStatement(upsertSql(batchId));
        }
    }

    static String upsertSql(long batchId) {
        StringBuilder set = new StringBuilder();
        StringBuilder differs = new StringBuilder();
        for (String col : COMPARED) {
            set.append(col).append(" = excluded.").append(col).append(", ");
            if (differs.length() > 0) {
                differs.append(" OR ");
            }
            differs.append("lead.").append(col).append(" IS NOT excluded.").append(col);
        }
        return "INSERT INTO lead (" + COLUMNS + ", import_batch_id)" + VALUES + batchId + ")"
                + " ON CONFLICT (source_system, external_id) DO UPDATE SET " + set
                + "import_batch_id = excluded.import_batch_id WHERE " + differs;
    }

    void add(Lead l) {
        String source = DbValues.sourceId(l.sourceSystem());
        if (keysSeen != null && !keysSeen.add(LongHashSet.keyHash(source, l.externalId()))) {
            ensureKeyIndex();
        }
        String created = DbValues.dateTime(l.createdAt());
        filling[size++] = new Object[] {
                source, l.externalId(), created, DbValues.dateTime(l.closedAt()),
                l.channel(), l.campaign(), l.owner(), l.company(),
                l.stage().name(), l.status().name(), l.target().name(), l.lossReason(),
                DbValues.toMinor(l.dealValue()), l.currency(), DbValues.rawBytes(l.rawRow())};
        months.add(DbValues.monthKey(created));
        if (summary != null) {
            addToSummary(l, created);
        }
        upserts++;
        if (size == BATCH) {
            submit();
        }
    }

    /** From here on rows are upserted: writes what is buffered, builds the key index and switches statements. */
    void ensureKeyIndex() {
        if (keysSeen == null) {
            return;
        }
        keysSeen = null;
        flush();
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(keyIndexSql);
            statement.close();
            statement = connection.prepareStatement(upsertSql(batchId));
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot index the imported leads: " + e.getMessage(), e);
        }
    }

    /** True when the key index was built during this load (the transaction must not build it again). */
    boolean keyIndexBuilt() {
        return keyIndexSql != null && keysSeen == null;
    }

    private void addToSummary(Lead l, String created) {
        String month = created == null ? null : created.substring(0, 7);
        String target = l.target().name();
        long[] v = summary.computeIfAbsent(new MainKey(month, l.channel(), l.campaign(), l.owner(),
                l.stage().name(), l.status().name(), target), k -> new long[5]);
        v[0]++;
        if (l.dealValue() != null) {
            v[1] += DbValues.toMinor(l.dealValue());
            v[2]++;
        }
        if (l.createdAt() != null && l.closedAt() != null) {
            // the same whole days as the cycle_days column: julianday of the two dates, midnight to midnight
            v[3] += ChronoUnit.DAYS.between(l.createdAt().toLocalDate(), l.closedAt().toLocalDate());
            v[4]++;
        }
        if (l.status() == LeadStatus.LOST) {
            lossSummary.computeIfAbsent(new LossKey(month, l.channel(), l.campaign(), l.owner(), target,
                    l.lossReason()), k -> new long[1])[0]++;
        }
        if (summary.size() + lossSummary.size() > MAX_SUMMARY_GROUPS) {
            summary = null;
        }
    }

    /**
     * The lead_summary groups of every row handed in (leads, value sum/count, cycle sum/count) keyed like
     * {@link LeadSummary#MAIN}, or null when not kept. It equals the table's summary only if every row was a fresh
     * insert into an empty table.
     */
    Map<SummaryKey, long[]> summary() {
        return summary;
    }

    /** The lead_loss_summary groups, valid when {@link #summary()} is not null. */
    Map<SummaryKey, long[]> lossSummary() {
        return lossSummary;
    }

    private void submit() {
        Object[][] rows = filling;
        int n = size;
        PreparedStatement ps = statement;
        filling = new Object[BATCH][];
        size = 0;
        pipeline.submit(() -> {
            write(ps, rows, n);
            return null;
        });
    }

    private void write(PreparedStatement ps, Object[][] rows, int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            Object[] row = rows[i];
            for (int p = 0; p < row.length; p++) {
                ps.setObject(p + 1, row[p]);
            }
            ps.addBatch();
        }
        long changed = 0;
        for (int r : ps.executeBatch()) {
            changed += r;
        }
        changes += changed;
    }

    /** Writes what is buffered and waits until it is in the database. */
    void flush() {
        if (size > 0) {
            submit();
        }
        pipeline.await();
    }

    long upserts() {
        return upserts;
    }

    /** Rows inserted or rewritten; valid after {@link #flush()}. */
    long changes() {
        return changes;
    }

    /** Month keys ('' = undated) of every lead written, in their new state. */
    Set<String> months() {
        return months;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
