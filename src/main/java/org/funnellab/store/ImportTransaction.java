package org.funnellab.store;

import org.funnellab.domain.CostEntry;
import org.funnellab.domain.FunnelAggregateRow;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadField;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * One import as one SQLite transaction (atomic, idempotent). Rows stream in through {@link #upsert},
 * {@link #upsertLinked}, {@link #addCost}, {@link #addFunnelRow} and {@link #reject}; {@link #commit()} makes them
 * visible together with the refreshed lead summary and the batch record; {@link #rollback()} or a close without
 * commit leaves the workspace as it was. Bulk lead writes run on a writer thread while the caller reads on.
 * Not thread-safe: one caller thread feeds it.
 */
public final class ImportTransaction implements AutoCloseable {
    private static final int REJECTION_BATCH = 1_000;
    /**
     * The page cache while an import runs (PRAGMA cache_size, KiB). A bulk load writes pages once, in key order, and
     * builds its indexes with the sorter's spill files: at a million leads a 4 MiB cache was as fast as 8 or 32 MiB
     * (the compact rows fit more to a page) and kept the import's peak memory lower (155–159 MiB against 164–168 MiB
     * with 8 MiB, same run). The workspace's own cache returns with the end of the import.
     */
    static final int IMPORT_CACHE_KIB = -4096;
    /** The unique (source_system, external_id) index the upsert relies on. */
    static final String KEY_INDEX = "lead_key";

    private final Connection connection;
    private final long batchId;
    private final long leadsBefore;
    private final WritePipeline pipeline = new WritePipeline();
    private final LeadBatchWriter leads;
    private final LinkedLeadUpdater linked;
    private final KeyedRowWriter keyed = new KeyedRowWriter();
    private final PreparedStatement rejection;
    private List<Object[]> rejections = new ArrayList<>();
    private long rejected;
    private boolean linkedTouchedLeads;
    private final Set<String> linkedMonths = new HashSet<>();
    private boolean open = true;

    /** Lead indexes dropped for a load into an empty table, by name, rebuilt (sorted, at once) at commit. */
    private final Map<String, String> deferredIndexes;

    private ImportTransaction(Connection connection, long batchId, long leadsBefore,
                              Map<String, String> deferredIndexes) throws SQLException {
        this.connection = connection;
        this.batchId = batchId;
        this.leadsBefore = leadsBefore;
        this.deferredIndexes = deferredIndexes;
        Terms terms = Terms.load(connection);
        this.leads = new LeadBatchWriter(connection, pipeline, terms, batchId, deferredIndexes.get(KEY_INDEX));
        this.linked = new LinkedLeadUpdater(connection, terms, batchId);
        this.rejection = connection.prepareStatement(
                "INSERT INTO import_rejection (import_batch_id, line, reason, raw) VALUES (?, ?, ?, ?)");
    }

    /**
     * Where the last committed import in this process spent its time, for the import benchmark: rows written by the
     * writer thread, the reading thread waiting for it, source rows compressed (on their own thread), indexes and summaries built at commit, and the source
     * rows' bytes before and after compression.
     */
    public record Phases(long writeNanos, long readerWaitNanos, long compressNanos, long indexNanos, long summaryNanos, long sourceBytes,
                         long storedSourceBytes) {
    }

    private static volatile Phases lastPhases;

    /** The phases of the last import committed in this process (null before the first). */
    public static Phases lastPhases() {
        return lastPhases;
    }

    static ImportTransaction begin(Connection c, ImportBatchInfo info) {
        try {
            if (!c.getAutoCommit()) {
                throw new WorkspaceException("Another import is still running in this workspace");
            }
            c.setAutoCommit(false);
            try {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA cache_size = " + IMPORT_CACHE_KIB);
                }
                long batchId;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (kind, file_name, sha256,"
                        + " preset, mapping_json, started_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, info.kind().name());
                    ps.setString(2, info.fileName());
                    ps.setString(3, info.sha256());
                    ps.setString(4, info.preset());
                    ps.setString(5, info.mappingJson());
                    ps.setString(6, Instant.now().toString());
                    ps.executeUpdate();
                }
                batchId = Workspace.intQuery(c, "SELECT last_insert_rowid()");
                long before = count(c, "lead_data");
                Map<String, String> deferred = before == 0 ? dropLeadIndexes(c) : Map.of();
                return new ImportTransaction(c, batchId, before, deferred);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                c.setAutoCommit(true);
                restoreCache(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot start the import: " + SqliteErrors.describe(e), e);
        }
    }

    /**
     * Drops the lead table's full indexes and returns their definitions by name: building an index once over a
     * million rows is far cheaper than maintaining it row by row. Partial indexes (of WON leads) stay: they take a
     * small share of the rows, and rebuilding one would scan the whole table again. DDL is transactional in SQLite:
     * a rollback restores what was dropped.
     */
    private static Map<String, String> dropLeadIndexes(Connection c) throws SQLException {
        Map<String, String> definitions = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_schema"
                + " WHERE type = 'index' AND tbl_name = 'lead_data' AND sql IS NOT NULL AND sql NOT LIKE '% WHERE %'")) {
            while (rs.next()) {
                definitions.put(rs.getString(1), rs.getString(2));
            }
        }
        try (Statement st = c.createStatement()) {
            for (String name : definitions.keySet()) {
                st.executeUpdate("DROP INDEX \"" + name + "\"");
            }
        }
        return definitions;
    }

    public long batchId() {
        return batchId;
    }

    /** Inserts the lead, or rewrites the stored lead with the same (source system, external id) if it differs. */
    public void upsert(Lead lead) {
        upsert(lead, 0);
    }

    /**
     * {@link #upsert(Lead)} for a lead read from line {@code line} of the file (0: not known); its
     * {@linkplain Lead#sourceCells() source cells} are kept with the import (see {@link #sourceHeader}).
     */
    public void upsert(Lead lead, long line) {
        ensureOpen();
        leads.add(lead, line);
    }

    /**
     * {@link #upsert(Lead, long)} for an import of one file whose caller has checked its ids: {@code repeatedId} says
     * whether the lead's id came earlier in this import (the same source system throughout). The transaction then
     * keeps no key set of its own.
     */
    public void upsert(Lead lead, long line, boolean repeatedId) {
        ensureOpen();
        leads.add(lead, line, repeatedId);
    }

    /** The file's column names, the keys of the leads' source cells; kept once with the import. */
    public void sourceHeader(List<String> keys) {
        ensureOpen();
        String json = SourceRows.HeaderJson.write(keys);
        pipeline.submit(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE import_batch SET source_header = ? WHERE id = ?")) {
                ps.setString(1, json);
                ps.setLong(2, batchId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Updates only {@code fields} of the stored lead with the same (source system, external id).
     * Returns {@link LinkedOutcome#NO_SUCH_LEAD} when there is none; nothing is written then.
     */
    public LinkedOutcome upsertLinked(Lead lead, Set<LeadField> fields) {
        ensureOpen();
        leads.ensureKeyIndex();
        leads.flush();
        flushRejections();
        pipeline.await();
        try {
            LinkedOutcome outcome = linked.update(lead, fields);
            if (outcome == LinkedOutcome.UPDATED) {
                linkedTouchedLeads = true;
                if (fields.contains(LeadField.CREATED_AT)) {
                    linkedMonths.add(DbValues.monthKey(lead.createdAt()));
                }
            }
            return outcome;
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot update lead " + lead.externalId() + ": " + SqliteErrors.describe(e), e);
        }
    }

    /** A cost entry; entries with the same (period, channel, campaign, category) in one import are added up. */
    public void addCost(CostEntry entry) {
        ensureOpen();
        keyed.add(entry);
    }

    /**
     * How many cost rows of this import replaced a different amount stored earlier for the same month, channel,
     * campaign and category, and the total they replaced (known after {@link #commit()}).
     */
    public CostReplacement costReplacement() {
        return new CostReplacement(keyed.costsReplaced(), DbValues.fromMinor(keyed.costsReplacedMinor()));
    }

    /** Cost rows that replaced earlier ones: how many, and the amount replaced. */
    public record CostReplacement(long rows, java.math.BigDecimal total) {
    }

    /** An aggregated funnel row; rows with the same (month, channel, campaign) in one import are added up. */
    public void addFunnelRow(FunnelAggregateRow row) {
        ensureOpen();
        keyed.add(row);
    }

    /** Records a row that was not imported, with its line number in the file and why. */
    public void reject(long line, String reason, String raw) {
        ensureOpen();
        rejections.add(new Object[] {batchId, line, reason, raw});
        rejected++;
        if (rejections.size() >= REJECTION_BATCH) {
            flushRejections();
        }
    }

    private void flushRejections() {
        if (rejections.isEmpty()) {
            return;
        }
        List<Object[]> rows = rejections;
        rejections = new ArrayList<>();
        pipeline.submit(() -> {
            for (Object[] r : rows) {
                for (int p = 0; p < r.length; p++) {
                    rejection.setObject(p + 1, r[p]);
                }
                rejection.addBatch();
            }
            rejection.executeBatch();
            return null;
        });
    }

    /** Makes the whole import visible at once and returns its counts. */
    public ImportCounts commit() {
        ensureOpen();
        try {
            leads.flush();
            flushRejections();
            pipeline.await();
            keyed.write(connection, batchId);
            long leadsAfter = count(connection, "lead_data");
            long insertedLeads = leadsAfter - leadsBefore;
            long rewritten = leads.changes() - insertedLeads;
            if (leads.changes() == 0) {
                // nothing points at this import's source rows (the same file again): keep none of them
                try (PreparedStatement ps = connection.prepareStatement(
                        "DELETE FROM source_block WHERE import_batch_id = ?")) {
                    ps.setLong(1, batchId);
                    ps.executeUpdate();
                }
            }
            long indexStart = System.nanoTime();
            try (Statement st = connection.createStatement()) {
                for (Map.Entry<String, String> index : deferredIndexes.entrySet()) {
                    if (!(index.getKey().equals(KEY_INDEX) && leads.keyIndexBuilt())) {
                        st.executeUpdate(index.getValue());
                    }
                }
            }
            long summaryStart = System.nanoTime();
            if (leads.upserts() > 0 || linkedTouchedLeads) {
                boolean allFreshInserts = leadsBefore == 0 && !linkedTouchedLeads && insertedLeads == leads.upserts();
                if (allFreshInserts && leads.summary() != null) {
                    LeadSummary.replaceAll(connection, leads.summary(), leads.lossSummary());
                } else if (leadsBefore == 0 && !linkedTouchedLeads) {
                    LeadSummary.rebuildAll(connection);
                } else {
                    Set<String> months = new HashSet<>(leads.months());
                    months.addAll(linkedMonths);
                    LeadSummary.rebuild(connection, months);
                }
            }
            long summaryEnd = System.nanoTime();
            lastPhases = new Phases(leads.writeNanos(), pipeline.waitNanos(), leads.compressNanos(), summaryStart - indexStart,
                    summaryEnd - summaryStart, leads.sourceBytes(), leads.storedSourceBytes());
            long inserted = insertedLeads + keyed.inserted();
            long updated = rewritten + linked.updated() + keyed.updated();
            long unchanged = (leads.upserts() - leads.changes()) + linked.unchanged() + keyed.unchanged();
            long read = leads.upserts() + linked.updated() + linked.unchanged() + keyed.rowsAdded() + rejected;
            try (PreparedStatement ps = connection.prepareStatement("UPDATE import_batch SET read_count = ?,"
                    + " imported_count = ?, updated_count = ?, unchanged_count = ?, rejected_count = ?,"
                    + " finished_at = ? WHERE id = ?")) {
                ps.setLong(1, read);
                ps.setLong(2, inserted);
                ps.setLong(3, updated);
                ps.setLong(4, unchanged);
                ps.setLong(5, rejected);
                ps.setString(6, Instant.now().toString());
                ps.setLong(7, batchId);
                ps.executeUpdate();
            }
            WorkspaceTotals.check(connection);
            connection.commit();
            finish();
            return new ImportCounts(batchId, read, inserted, updated, unchanged, rejected);
        } catch (SQLException | RuntimeException e) {
            try {
                rollback();
            } catch (WorkspaceException secondary) {
                e.addSuppressed(secondary); // the first failure is the one that explains what happened
            }
            if (e instanceof WorkspaceException we) {
                throw we;
            }
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "The import was not saved: " + SqliteErrors.describe(e), e);
        }
    }

    /** Discards everything this import wrote. Safe to call more than once. */
    public void rollback() {
        if (!open) {
            return;
        }
        pipeline.close();
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("no transaction is active")) {
                return; // SQLite already rolled back on its own (a full disk, an I/O error)
            }
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot roll the import back: " + SqliteErrors.describe(e), e);
        } finally {
            finish();
        }
    }

    private void finish() {
        open = false;
        pipeline.close();
        try {
            leads.close();
            linked.close();
            rejection.close();
            connection.setAutoCommit(true);
            restoreCache(connection);
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot end the import: " + SqliteErrors.describe(e), e);
        }
    }

    private void ensureOpen() {
        if (!open) {
            throw new IllegalStateException("The import has already been committed or rolled back");
        }
    }

    /** Rolls back unless {@link #commit()} succeeded. */
    @Override
    public void close() {
        rollback();
    }

    private static void restoreCache(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = " + Workspace.CACHE_KIB);
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
