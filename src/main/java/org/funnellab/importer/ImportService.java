package org.funnellab.importer;

import org.funnellab.domain.CostEntry;
import org.funnellab.domain.FunnelAggregateRow;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadField;
import org.funnellab.domain.SourceSystem;
import org.funnellab.importer.cost.AggregateSink;
import org.funnellab.importer.cost.CostImport;
import org.funnellab.importer.cost.CostSink;
import org.funnellab.importer.cost.FunnelAggregateImport;
import org.funnellab.importer.cost.TableImportReport;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.mapping.MappingJson;
import org.funnellab.importer.read.FormatDetector;
import org.funnellab.importer.read.ReadSettings;
import org.funnellab.store.ImportBatchInfo;
import org.funnellab.store.ImportCounts;
import org.funnellab.store.ImportKind;
import org.funnellab.store.ImportTransaction;
import org.funnellab.store.LinkedOutcome;
import org.funnellab.store.Workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Imports a file into a workspace as ONE transaction: the reader streams rows through the mapping into the
 * store; the transaction commits only when the whole file was read. A cancel, an unreadable file or a crash leaves
 * the workspace exactly as before. Re-importing updates by (source system, external id) and never duplicates.
 */
public final class ImportService {
    /** Files above this size are not hashed: the digest would cost a whole extra read of a large export. */
    static final long HASH_LIMIT_BYTES = 64L << 20;

    /**
     * What a lead import did: the reader's report and the store's counts (inserted, updated, unchanged, rejected).
     * {@code linkedRejected} are the rows of a linked file naming a lead the workspace does not have (the first
     * {@value #LINKED_REJECTED_KEPT}); {@link #rejectedRows()} lists them with the reader's rejections.
     */
    public record LeadOutcome(ImportReport report, ImportCounts counts, long linkedUnknown,
                              List<RejectedRow> linkedRejected) {
        public LeadOutcome {
            linkedRejected = List.copyOf(linkedRejected);
        }

        public boolean cancelled() {
            return report.cancelled();
        }

        /** Every rejected row kept, the reader's and the linked ones, in line order. */
        public List<RejectedRow> rejectedRows() {
            return merged(report, linkedRejected);
        }
    }

    /** How many linked-file rows naming an unknown lead are kept for the rejected-rows list (all are counted). */
    static final int LINKED_REJECTED_KEPT = 10_000;

    /**
     * A step between reading the whole file and committing it, e.g. writing the rejected rows out: when it throws,
     * the import is rolled back, so nothing is committed that the caller then reports as failed.
     */
    @FunctionalInterface
    public interface BeforeCommit<R> {
        void accept(R report) throws IOException;
    }

    private static List<RejectedRow> merged(ImportReport report, List<RejectedRow> linked) {
        if (linked.isEmpty()) {
            return report.rejected();
        }
        List<RejectedRow> all = new ArrayList<>(report.rejected());
        all.addAll(linked);
        all.sort(Comparator.comparingLong(RejectedRow::line));
        return all;
    }

    /**
     * What a cost or aggregated-funnel import did; {@code costsReplaced} counts cost rows that replaced a different
     * amount imported earlier for the same month, channel, campaign and category, {@code costsReplacedTotal} the
     * amount they replaced.
     */
    public record TableOutcome(TableImportReport report, ImportCounts counts, boolean cancelled, long costsReplaced,
                               java.math.BigDecimal costsReplacedTotal) {
        public TableOutcome(TableImportReport report, ImportCounts counts, boolean cancelled) {
            this(report, counts, cancelled, 0, java.math.BigDecimal.ZERO);
        }

        /** The replacement as a warning to show, or null when nothing was replaced. */
        public Notice replacementNotice() {
            return costsReplaced == 0 ? null : Notice.of("warn.costReplaced", costsReplaced,
                    costsReplacedTotal.toPlainString());
        }
    }

    /**
     * Imports leads. {@code settings} null = detect the file's format. Returns the outcome; when cancelled through
     * {@code progress}, nothing was written and {@code counts} is null. Timestamps with an offset are converted to the
     * workspace's time zone; amounts must be in the workspace's currency (or converted with the mapping's rates), and
     * the first import with amounts sets that currency. When every row is rejected nothing is written and the counts
     * say so ({@link ImportReport#everyRowRejected()}).
     */
    public LeadOutcome importLeads(Workspace workspace, Path file, ReadSettings settings, Mapping mapping,
                                   String presetName, ProgressListener progress) throws IOException {
        return importLeads(workspace, file, settings, mapping, presetName, progress, row -> { }, outcome -> { });
    }

    /** As above, handing every rejected row to {@code rejectedRows} as it is met (all of them, not the first ones). */
    public LeadOutcome importLeads(Workspace workspace, Path file, ReadSettings settings, Mapping mapping,
                                   String presetName, ProgressListener progress, RejectedRowListener rejectedRows)
            throws IOException {
        return importLeads(workspace, file, settings, mapping, presetName, progress, rejectedRows, outcome -> { });
    }

    /**
     * As above; {@code beforeCommit} gets the outcome as read (its {@code counts} still null: nothing is committed yet)
     * after the whole file was read and before the commit, and rolls the import back by throwing.
     */
    public LeadOutcome importLeads(Workspace workspace, Path file, ReadSettings settings, Mapping mapping,
                                   String presetName, ProgressListener progress, RejectedRowListener rejectedRows,
                                   BeforeCommit<LeadOutcome> beforeCommit) throws IOException {
        ReadSettings rs = settings != null ? settings : FormatDetector.detect(file).settings();
        ImportBatchInfo info = new ImportBatchInfo(ImportKind.LEADS, file.getFileName().toString(), sha256(file),
                presetName, mappingJson(mapping));
        java.time.ZoneId zone = workspace.settings().timeZone();
        String currency = workspace.settings().chosenCurrency().orElse(null);
        StoreLeadSink sink = new StoreLeadSink(workspace, info, rejectedRows);
        ImportReport report;
        LeadOutcome outcome;
        try {
            LeadImport lead = new LeadImport(file, rs, mapping);
            report = (currency != null ? lead.forWorkspace(zone, currency)
                    : lead.forNewCurrency(zone, mostFrequentCurrency(file, rs, mapping))).run(sink, progress);
            if (report.cancelled()) {
                sink.tx.rollback();
                return new LeadOutcome(report, null, 0, List.of());
            }
            if (report.everyRowRejected()) {
                sink.tx.rollback();
                return new LeadOutcome(report, new ImportCounts(0, report.rowsRead(), 0, 0, 0, report.rejectedCount()), 0,
                        sink.linkedRejected);
            }
            beforeCommit.accept(new LeadOutcome(report, null, sink.linkedUnknown, sink.linkedRejected));
            outcome = new LeadOutcome(report, sink.tx.commit(), sink.linkedUnknown, sink.linkedRejected);
        } finally {
            sink.tx.close();
        }
        if (report.meanings().currencySet() && report.meanings().currency() != null) {
            workspace.settings().setCurrency(report.meanings().currency());
        }
        return outcome;
    }

    /**
     * The same lead import as {@link #importLeads} (the workspace's time zone and currency, the same currency choice
     * for a first import) into {@code sink} instead of the workspace: the whole file is read and nothing is written.
     * The wizard's check and its live figures run on it, so what they count is what the import will do.
     * {@code workspace} null = an import on its own (system zone, amounts in the currency they name).
     */
    public ImportReport checkLeads(Workspace workspace, Path file, ReadSettings settings, Mapping mapping,
                                   LeadSink sink, ProgressListener progress) throws IOException {
        ReadSettings rs = settings != null ? settings : FormatDetector.detect(file).settings();
        LeadImport lead = new LeadImport(file, rs, mapping);
        if (workspace == null) {
            return lead.run(sink, progress);
        }
        java.time.ZoneId zone = workspace.settings().timeZone();
        String currency = workspace.settings().chosenCurrency().orElse(null);
        return (currency != null ? lead.forWorkspace(zone, currency)
                : lead.forNewCurrency(zone, mostFrequentCurrency(file, rs, mapping))).run(sink, progress);
    }

    /** Rows read to choose a new workspace's currency (a sample: a whole extra pass would slow a first import). */
    static final int CURRENCY_SAMPLE_ROWS = 10_000;

    /**
     * The currency a workspace without one takes from its first import: the one most of the first
     * {@value #CURRENCY_SAMPLE_ROWS} rows of the file's currency column name (ties: alphabetical), or null when the
     * mapping has no currency column (the first amount naming a currency decides then).
     */
    static String mostFrequentCurrency(Path file, ReadSettings settings, Mapping mapping) throws IOException {
        if (mapping.column(org.funnellab.importer.mapping.ColumnRole.CURRENCY) == null || mapping.linked()) {
            return null;
        }
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        try (org.funnellab.importer.read.TableReader table = new org.funnellab.importer.read.TableReader(file, settings,
                org.funnellab.importer.preset.Presets.knownHeaders())) {
            int index = new ColumnBinding(mapping, table.header()).index(org.funnellab.importer.mapping.ColumnRole.CURRENCY);
            for (int rows = 0; rows < CURRENCY_SAMPLE_ROWS && table.hasNext(); rows++) {
                String code = CurrencyPolicy.code(table.next().cell(index));
                if (code != null) {
                    counts.merge(code, 1L, Long::sum);
                }
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.<String, Long>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(java.util.Map.Entry::getKey).orElse(null);
    }

    /** Receives every rejected row of a lead import; {@link #restart()} when the import starts over. */
    public interface RejectedRowListener {
        void rejected(RejectedRow row);

        default void restart() {
        }
    }

    /** Imports a cost sheet (no mapping needed: headers and months are recognised). */
    public TableOutcome importCosts(Workspace workspace, Path file, ReadSettings settings, BooleanSupplier cancelled)
            throws IOException {
        return importCosts(workspace, file, settings, cancelled, report -> { });
    }

    /** Imports a cost sheet; {@code beforeCommit} runs after the whole file was read and rolls back by throwing. */
    public TableOutcome importCosts(Workspace workspace, Path file, ReadSettings settings, BooleanSupplier cancelled,
                                    BeforeCommit<TableImportReport> beforeCommit) throws IOException {
        return importTable(workspace, file, settings, ImportKind.COSTS, beforeCommit, (rs, tx) -> new CostImport(file, rs)
                .run(
                new CostSink() {
                    @Override
                    public void accept(CostEntry entry) {
                        checkCancel(cancelled);
                        tx.addCost(entry);
                    }

                    @Override
                    public void reject(RejectedRow row) {
                        rejectRow(tx, row);
                    }
                }));
    }

    /** Imports aggregated funnel rows (month, channel, campaign, leads, mql, sql, ...). */
    public TableOutcome importFunnel(Workspace workspace, Path file, ReadSettings settings, BooleanSupplier cancelled)
            throws IOException {
        return importFunnel(workspace, file, settings, cancelled, report -> { });
    }

    /** Imports aggregated funnel rows; {@code beforeCommit} runs after the whole file was read. */
    public TableOutcome importFunnel(Workspace workspace, Path file, ReadSettings settings, BooleanSupplier cancelled,
                                     BeforeCommit<TableImportReport> beforeCommit) throws IOException {
        return importTable(workspace, file, settings, ImportKind.FUNNEL, beforeCommit, (rs, tx) ->
                new FunnelAggregateImport(file, rs)
                .run(new AggregateSink() {
                    @Override
                    public void accept(FunnelAggregateRow row) {
                        checkCancel(cancelled);
                        tx.addFunnelRow(row);
                    }

                    @Override
                    public void reject(RejectedRow row) {
                        rejectRow(tx, row);
                    }
                }));
    }

    @FunctionalInterface
    private interface TableRun {
        TableImportReport run(ReadSettings settings, ImportTransaction tx) throws IOException;
    }

    /** One table file in one transaction: committed when read whole, rolled back on cancel or error. */
    private TableOutcome importTable(Workspace workspace, Path file, ReadSettings settings, ImportKind kind,
                                     BeforeCommit<TableImportReport> beforeCommit, TableRun run) throws IOException {
        ReadSettings rs = settings != null ? settings : FormatDetector.detect(file).settings();
        ImportBatchInfo info = new ImportBatchInfo(kind, file.getFileName().toString(), sha256(file), null, null);
        try (ImportTransaction tx = workspace.begin(info)) {
            TableImportReport report = run.run(rs, tx);
            beforeCommit.accept(report);
            ImportCounts counts = tx.commit();
            var replaced = tx.costReplacement();
            return new TableOutcome(report, counts, false, replaced.rows(), replaced.total());
        } catch (Cancelled e) {
            return new TableOutcome(null, null, true);
        }
    }

    private static void rejectRow(ImportTransaction tx, RejectedRow row) {
        tx.reject(row.line(), row.reason(), String.join(";", row.cells()));
    }

    /**
     * Feeds one transaction; a linked row naming a lead the workspace does not have becomes a rejection. A restart
     * rolls the transaction back and begins it afresh, so the workspace only ever sees the final run.
     */
    private static final class StoreLeadSink implements LeadSink {
        private final Workspace workspace;
        private final ImportBatchInfo info;
        ImportTransaction tx;
        private boolean linked;
        private Set<LeadField> fields = Set.of();
        long linkedUnknown;
        final List<RejectedRow> linkedRejected = new ArrayList<>();

        private final RejectedRowListener listener;

        StoreLeadSink(Workspace workspace, ImportBatchInfo info, RejectedRowListener listener) {
            this.workspace = workspace;
            this.info = info;
            this.listener = listener;
            this.tx = workspace.begin(info);
        }

        @Override
        public boolean restartable() {
            return true;
        }

        @Override
        public void restart() {
            tx.rollback();
            tx = workspace.begin(info);
            linkedUnknown = 0;
            listener.restart();
            linkedRejected.clear();
        }

        @Override
        public void start(SourceSystem source, boolean linkedFile, Set<LeadField> updatedFields) {
            this.linked = linkedFile;
            this.fields = updatedFields;
        }

        @Override
        public void sourceHeader(List<String> keys) {
            tx.sourceHeader(keys);
        }

        @Override
        public void accept(Lead lead) {
            accept(lead, 0);
        }

        @Override
        public void accept(Lead lead, long line) {
            accept(lead, line, null);
        }

        @Override
        public void accept(Lead lead, long line, boolean repeatedId) {
            accept(lead, line, Boolean.valueOf(repeatedId));
        }

        private void accept(Lead lead, long line, Boolean repeatedId) {
            if (!linked && repeatedId != null) {
                tx.upsert(lead, line, repeatedId);
            } else if (!linked) {
                tx.upsert(lead, line);
            } else if (tx.upsertLinked(lead, fields) == LinkedOutcome.NO_SUCH_LEAD) {
                linkedUnknown++;
                Notice why = Notice.of("reject.linkedUnknown", lead.externalId(), lead.sourceSystem().id());
                List<String> cells = lead.sourceCells() == null ? List.of() : lead.sourceCells();
                tx.reject(line, why.english(), String.join(";", cells));
                RejectedRow row = RejectedRow.of(line, why, lead.externalId(), cells);
                listener.rejected(row);
                if (linkedRejected.size() < LINKED_REJECTED_KEPT) {
                    linkedRejected.add(row);
                }
            }
        }

        @Override
        public void reject(RejectedRow row) {
            rejectRow(tx, row);
            listener.rejected(row);
        }
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private static void checkCancel(BooleanSupplier cancelled) {
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
    }

    private static String mappingJson(Mapping mapping) {
        return MappingJson.toJson(mapping);
    }

    static String sha256(Path file) throws IOException {
        if (Files.size(file) > HASH_LIMIT_BYTES) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
