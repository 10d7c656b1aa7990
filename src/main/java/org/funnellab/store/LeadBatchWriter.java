package org.funnellab.store;

import org.funnellab.domain.Lead;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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
    /** Rows per hand-over to the writer thread: 2,000 kept pace with 10,000 and ~40 MiB less peak memory at 1M. */
    static final int BATCH = 2_000;

    /**
     * Rows per multi-row INSERT: one statement step for 50 rows instead of 50 (650 variables, far below SQLite's
     * limit of 32,766). BATCH is a multiple of it, so only a final or flushed batch has a single-row tail.
     */
    static final int ROWS_PER_STATEMENT = 50;

    private static final String COLUMNS = "source_ref, external_id, created_ts, closed_ts, channel_ref, campaign_ref,"
            + " owner_ref, company, stage_id, status_id, target_id, loss_reason_ref, deal_value, currency_ref,"
            + " source_row, source_hash";
    /** The columns whose difference makes an upsert rewrite a stored lead (the source row by its digest). */
    private static final String[] COMPARED = COLUMNS.substring(COLUMNS.indexOf("created_ts"), COLUMNS.indexOf(", source_row"))
            .split(",\\s*");
    /**
     * Variables bound per row. The source system is a literal of the statement (one per import) and stage, status and
     * target travel as one number split by SQL: each variable bound is a call into SQLite, a large share of the
     * writer's time at a million rows.
     */
    static final int VARIABLES = 13;

    private final Connection connection;
    private final WritePipeline pipeline;
    private final Terms terms;
    private final ImportSideWork side;
    private final long batchId;
    private final String keyIndexSql;
    private PreparedStatement statement;
    private PreparedStatement multiStatement;
    /** The source system the statements were prepared for (null: none yet). */
    private Object statementSource;
    private boolean upserting;
    /** Plain inserts while the key index is absent (a first import); false once it is built or was there. */
    private boolean inserting;
    /**
     * How a repeated key is spotted while inserting: by the caller, who checked the file's ids (true), or by this
     * writer's own set of key hashes (false); fixed by the first lead, null before it.
     */
    private Boolean callerChecks;
    private LongHashSet keysSeen;
    private final Set<String> months = new HashSet<>();

    /** A summary group's key columns in the order of its {@link LeadSummary.Spec#keys()}. */
    interface SummaryKey {
        String column(int i);
    }

    record MainKey(String month, String channel, String campaign, String owner, String stage, String status,
                           String target) implements SummaryKey {
        @Override
        public String column(int i) {
            return new String[] {month, channel, campaign, owner, stage, status, target}[i];
        }
    }

    record LossKey(String month, String channel, String campaign, String owner, String target,
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
    private volatile long writeNanos;

    /**
     * @param keyIndexSql the definition of the unique key index when it was dropped for this load (the table was
     *                    empty), else null
     */
    LeadBatchWriter(Connection c, WritePipeline pipeline, Terms terms, long batchId, String keyIndexSql)
            throws SQLException {
        this.connection = c;
        this.pipeline = pipeline;
        this.terms = terms;
        this.batchId = batchId;
        this.keyIndexSql = keyIndexSql;
        if (keyIndexSql != null) {
            this.inserting = true;
        }
        this.upserting = keyIndexSql == null;
        this.side = new ImportSideWork(keyIndexSql != null);
    }

    /** Prepares the statements of one source system (a literal in them), inserting or upserting. */
    private void prepare(Object sourceRef) throws SQLException {
        if (statement != null) {
            statement.close();
            multiStatement.close();
        }
        String source = sourceRef instanceof Integer ? sourceRef.toString()
                : "'" + sourceRef.toString().replace("'", "''") + "'";
        statement = connection.prepareStatement(upserting ? upsertSql(batchId, source, 1) : insertSql(batchId, source, 1));
        multiStatement = connection.prepareStatement(upserting ? upsertSql(batchId, source, ROWS_PER_STATEMENT)
                : insertSql(batchId, source, ROWS_PER_STATEMENT));
        statementSource = sourceRef;
    }

    /**
     * A plain INSERT of {@code rows} leads with numbered variables ({@value #VARIABLES} a row); the batch id and the
     * source system are literals.
     */
    static String insertSql(long batchId, String source, int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO lead_data (" + COLUMNS
                + ", import_batch_id, source_batch_id) VALUES ");
        for (int i = 0; i < rows; i++) {
            int b = i * VARIABLES;
            sql.append(i == 0 ? "(" : ", (").append(source);
            for (int v = 1; v <= 7; v++) {
                sql.append(", ?").append(b + v);
            }
            String state = "?" + (b + 8);
            sql.append(", (").append(state).append(" >> 16), (").append(state).append(" >> 8 & 255), (")
                    .append(state).append(" & 255)");
            for (int v = 9; v <= VARIABLES; v++) {
                sql.append(", ?").append(b + v);
            }
            sql.append(", ").append(batchId).append(", ").append(batchId).append(')');
        }
        return sql.toString();
    }

    static String upsertSql(long batchId, String source, int rows) {
        StringBuilder set = new StringBuilder();
        StringBuilder differs = new StringBuilder();
        for (String col : COMPARED) {
            set.append(col).append(" = excluded.").append(col).append(", ");
            if (differs.length() > 0) {
                differs.append(" OR ");
            }
            differs.append("lead_data.").append(col).append(" IS NOT excluded.").append(col);
        }
        // a lead moved from an older workspace has no digest: its source row is only replaced with its values
        return insertSql(batchId, source, rows) + " ON CONFLICT (source_ref, external_id) DO UPDATE SET " + set
                + "source_batch_id = excluded.source_batch_id, source_row = excluded.source_row,"
                + " source_hash = excluded.source_hash,"
                + " import_batch_id = excluded.import_batch_id WHERE " + differs
                + " OR (lead_data.source_hash IS NOT NULL AND lead_data.source_hash IS NOT excluded.source_hash)";
    }

    /**
     * Adds a lead read from file line {@code line}; its source cells (if any) are packed for the source store under
     * the import's column names.
     */
    void add(Lead l, long line) {
        add(l, line, null);
    }

    /**
     * {@link #add(Lead, long)} from a caller who knows whether the lead's key came earlier in this import
     * ({@code repeated}; null: not known). A first import then needs no set of its own to spot a repeated key.
     */
    void add(Lead l, long line, Boolean repeated) {
        String source = DbValues.sourceId(l.sourceSystem());
        if (inserting) {
            boolean checked = repeated != null;
            if (callerChecks == null) {
                callerChecks = checked;
                keysSeen = checked ? null : new LongHashSet();
            }
            if (callerChecks != checked) {
                ensureKeyIndex(); // the two ways cannot be mixed: upsert from here on
            } else if (checked ? repeated : !keysSeen.add(LongHashSet.keyHash(source, l.externalId()))) {
                ensureKeyIndex();
            }
        }
        Object sourceRef = terms.ref(source);
        if (!sourceRef.equals(statementSource)) {
            if (statementSource != null) {
                flush();
            }
            try {
                prepare(sourceRef);
            } catch (SQLException e) {
                throw new WorkspaceException(SqliteErrors.kind(e), null,
                        "Cannot write the imported leads: " + SqliteErrors.describe(e), e);
            }
        }
        Long created = DbValues.seconds(l.createdAt());
        Long sourceRow = null;
        Integer sourceHash = null;
        if (l.sourceCells() != null) {
            sourceRow = side.addSourceRow(line, l.sourceCells());
            sourceHash = SourceRows.hash(l.sourceCells());
        }
        Object channel = terms.ref(l.channel());
        Object campaign = terms.ref(l.campaign());
        Object owner = terms.ref(l.owner());
        Object lossReason = terms.ref(l.lossReason());
        int state = Terms.fixed(l.stage()) << 16 | Terms.fixed(l.status()) << 8 | Terms.fixed(l.target());
        Integer cycleDays = null;
        if (l.createdAt() != null && l.closedAt() != null) {
            // the same whole days as the cycle_days column: julianday of the two dates, midnight to midnight
            cycleDays = (int) (l.closedAt().toLocalDate().toEpochDay() - l.createdAt().toLocalDate().toEpochDay());
        }
        // VARIABLES values to bind, then what only the summary reads
        filling[size++] = new Object[] {
                l.externalId(), created, DbValues.seconds(l.closedAt()), channel, campaign, owner, l.company(),
                state, lossReason, DbValues.toMinor(l.dealValue()), terms.ref(l.currency()), sourceRow, sourceHash,
                cycleDays, SummaryGroups.monthIndex(l.createdAt())};
        if (keyIndexSql == null) {
            months.add(DbValues.monthKey(l.createdAt())); // a first import rebuilds every month anyway
        }
        upserts++;
        if (size == BATCH) {
            submit();
        }
    }

    /** From here on rows are upserted: writes what is buffered, builds the key index and switches statements. */
    void ensureKeyIndex() {
        if (!inserting) {
            return;
        }
        inserting = false;
        keysSeen = null;
        flush();
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(keyIndexSql);
            upserting = true;
            if (statementSource != null) {
                prepare(statementSource);
            }
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot index the imported leads: " + SqliteErrors.describe(e), e);
        }
    }

    /** True when the key index was built during this load (the transaction must not build it again). */
    boolean keyIndexBuilt() {
        return keyIndexSql != null && !inserting;
    }

    /**
     * The lead_summary groups of every row handed in (leads, value sum/count, cycle sum/count) keyed like
     * {@link LeadSummary#MAIN}, or null when not kept. It equals the table's summary only if every row was a fresh
     * insert into an empty table.
     */
    Map<SummaryKey, long[]> summary() {
        return side.summary() == null ? null : side.summary().main(terms.texts());
    }

    /** The lead_loss_summary groups, valid when {@link #summary()} is not null. */
    Map<SummaryKey, long[]> lossSummary() {
        return side.summary() == null ? null : side.summary().loss(terms.texts());
    }

    private void submit() {
        submit(false);
    }

    /** Hands the buffered rows, the new terms and the compressed blocks to the writer; {@code all}: every block. */
    private void submit(boolean all) {
        Object[][] rows = filling;
        int n = size;
        PreparedStatement single = statement;
        PreparedStatement multi = multiStatement;
        filling = new Object[BATCH][];
        size = 0;
        List<Object[]> newTerms = terms.takeNew();
        List<SourceRows.Block> blocks = side.takeBlocks(all);
        pipeline.submit(() -> {
            long t = System.nanoTime();
            Terms.insert(connection, newTerms);
            SourceRows.insert(connection, batchId, blocks);
            write(single, multi, rows, n);
            writeNanos += System.nanoTime() - t;
            return null;
        });
        if (n > 0) {
            // the side thread has time to spare
            side.summarise(groups -> summarise(groups, rows, n));
        }
        if (all) {
            side.awaitSummary();
        }
    }

    /** Adds written rows to the first import's summary groups; false when a row cannot be kept there. */
    private static boolean summarise(SummaryGroups groups, Object[][] rows, int n) {
        for (int r = 0; r < n; r++) {
            Object[] row = rows[r];
            if (!groups.add((Integer) row[14], row[3], row[4], row[5], (Integer) row[7], row[8], (Long) row[9],
                    (Integer) row[13])) {
                return false;
            }
        }
        return true;
    }

    long writeNanos() {
        return writeNanos;
    }

    long compressNanos() {
        return side.compressNanos();
    }

    long sourceBytes() {
        return side.sourceBytes();
    }

    long storedSourceBytes() {
        return side.storedSourceBytes();
    }

    /**
     * Whole groups of {@value #ROWS_PER_STATEMENT} rows through the multi-row statement, the rest one by one; rows keep
     * their order, so a repeated key within a batch is upserted exactly as by single-row statements.
     */
    private void write(PreparedStatement single, PreparedStatement multi, Object[][] rows, int n)
            throws SQLException {
        int whole = n / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        long changed = 0;
        if (whole > 0) {
            for (int i = 0; i < whole; i += ROWS_PER_STATEMENT) {
                int p = 1;
                for (int r = i; r < i + ROWS_PER_STATEMENT; r++) {
                    Object[] row = rows[r];
                    for (int v = 0; v < VARIABLES; v++) {
                        multi.setObject(p++, row[v]);
                    }
                }
                multi.addBatch();
            }
            changed += sum(multi.executeBatch());
        }
        if (whole < n) {
            for (int r = whole; r < n; r++) {
                Object[] row = rows[r];
                for (int p = 0; p < VARIABLES; p++) {
                    single.setObject(p + 1, row[p]);
                }
                single.addBatch();
            }
            changed += sum(single.executeBatch());
        }
        changes += changed;
    }

    private static long sum(int[] counts) {
        long s = 0;
        for (int c : counts) {
            s += c;
        }
        return s;
    }

    /** Writes what is buffered and waits until it is in the database. */
    void flush() {
        if (size > 0 || side.hasBlocks() || terms.hasNew()) {
            submit(true);
        }
        side.awaitSummary(); // the last batch may have been handed over by a full buffer, not by this flush
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
        side.close();
        if (statement != null) {
            statement.close();
            multiStatement.close();
        }
    }
}
