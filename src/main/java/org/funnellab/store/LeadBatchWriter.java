package org.funnellab.store;

import org.funnellab.domain.Lead;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Bulk upsert of leads keyed by (source_system, external_id) in batches of {@value #BATCH}.
 * An existing lead is rewritten only when a stored column differs, so re-importing the same file changes nothing;
 * SQLite reports one change per inserted or rewritten row, which is how unchanged rows are counted.
 */
final class LeadBatchWriter implements AutoCloseable {
    static final int BATCH = 10_000;

    private static final String COLUMNS = "created_at, closed_at, channel, campaign, owner, company, stage, status,"
            + " target, loss_reason, deal_value, currency, raw_row";
    private static final String[] COMPARED = COLUMNS.split(",\\s*");

    private final PreparedStatement upsert;
    private final WritePipeline pipeline;
    private final long batchId;
    private final Set<String> months = new HashSet<>();
    private Object[][] filling = new Object[BATCH][];
    private int size;
    private long upserts;
    private long changes;

    LeadBatchWriter(Connection c, WritePipeline pipeline, long batchId) throws SQLException {
        this.pipeline = pipeline;
        this.batchId = batchId;
        this.upsert = c.prepareStatement(upsertSql());
    }

    static String upsertSql() {
        StringBuilder set = new StringBuilder();
        StringBuilder differs = new StringBuilder();
        for (String col : COMPARED) {
            set.append(col).append(" = excluded.").append(col).append(", ");
            if (differs.length() > 0) {
                differs.append(" OR ");
            }
            differs.append("lead.").append(col).append(" IS NOT excluded.").append(col);
        }
        return "INSERT INTO lead (source_system, external_id, " + COLUMNS + ", import_batch_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (source_system, external_id) DO UPDATE SET " + set
                + "import_batch_id = excluded.import_batch_id WHERE " + differs;
    }

    void add(Lead l) {
        filling[size++] = new Object[] {
                l.sourceSystem().id(), l.externalId(),
                DbValues.dateTime(l.createdAt()), DbValues.dateTime(l.closedAt()),
                l.channel(), l.campaign(), l.owner(), l.company(),
                l.stage().name(), l.status().name(), l.target().name(), l.lossReason(),
                DbValues.toMinor(l.dealValue()), l.currency(), l.rawRow(), batchId};
        months.add(DbValues.monthKey(l.createdAt()));
        upserts++;
        if (size == BATCH) {
            submit();
        }
    }

    private void submit() {
        Object[][] rows = filling;
        int n = size;
        filling = new Object[BATCH][];
        size = 0;
        pipeline.submit(() -> {
            write(rows, n);
            return null;
        });
    }

    private void write(Object[][] rows, int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            Object[] row = rows[i];
            for (int p = 0; p < row.length; p++) {
                upsert.setObject(p + 1, row[p]);
            }
            upsert.addBatch();
        }
        long changed = 0;
        for (int r : upsert.executeBatch()) {
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
        upsert.close();
    }
}
