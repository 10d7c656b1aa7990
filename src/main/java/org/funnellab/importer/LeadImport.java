package org.funnellab.importer;

import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.parse.DateFormatResolver;
import org.funnellab.importer.parse.DateLayout;
import org.funnellab.importer.parse.ValueParsers;
import org.funnellab.importer.parse.DatePattern;
import org.funnellab.importer.parse.DateResolution;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FormatDetector;
import org.funnellab.importer.read.ReadSettings;
import org.funnellab.importer.read.SourceRow;
import org.funnellab.importer.read.TableReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Imports one lead/deal export through a {@link Mapping} into a {@link LeadSink}. Contract:
 * <ul>
 *   <li>every data row ends as exactly one of: accepted, rejected (with line and reason), or collapsed into the deal on
 *       the row above (same id, when the mapping says so: Bitrix24 product rows); junk rows are reported apart;</li>
 *   <li>streaming: the file is read twice (first only the date columns, to resolve their layout from all values,
 *       unless the mapping fixes it) and never held in memory;</li>
 *   <li>the progress listener can cancel; the report then says so and the sink must discard what it received;</li>
 *   <li>a malformed file (a quote never closed) throws {@link org.funnellab.importer.read.MalformedFileException}.</li>
 * </ul>
 * The same file and mapping always give the same output in the same order.
 */
public final class LeadImport {
    static final int PROGRESS_EVERY = 1000;
    /** Rows read to guess the date layouts before the rows pass (see {@link #run}). */
    static final int DATE_SAMPLE_ROWS = 10_000;
    private static final int MAX_REJECTED_KEPT = 10_000;
    private static final int MAX_WARNINGS_KEPT = 200;

    private final Path file;
    private final ReadSettings settings;
    private final Mapping mapping;
    private final long rowLimit;
    private final ZoneId zone;
    private final String workspaceCurrency;
    private final boolean oneCurrency;
    private final boolean currencyIsWorkspaces;

    /** An import on its own: offsets converted to the system's zone, amounts kept in the currency they name. */
    public LeadImport(Path file, ReadSettings settings, Mapping mapping) {
        this(file, settings, mapping, Long.MAX_VALUE, ZoneId.systemDefault(), null, false, false);
    }

    private LeadImport(Path file, ReadSettings settings, Mapping mapping, long rowLimit, ZoneId zone,
                       String workspaceCurrency, boolean oneCurrency, boolean currencyIsWorkspaces) {
        this.currencyIsWorkspaces = currencyIsWorkspaces;
        this.file = file;
        this.settings = settings;
        this.mapping = mapping;
        this.rowLimit = rowLimit;
        this.zone = zone;
        this.workspaceCurrency = workspaceCurrency;
        this.oneCurrency = oneCurrency;
    }

    /**
     * The same import stopped after {@code rows} data rows: the wizard's parsed preview and validation before anything
     * is written. Date layouts are still resolved from the whole file, so the preview parses dates as the import will.
     */
    public LeadImport limitedTo(long rows) {
        return new LeadImport(file, settings, mapping, rows, zone, workspaceCurrency, oneCurrency, currencyIsWorkspaces);
    }

    /**
     * The same import into a workspace with this time zone (timestamps with an offset are converted to it) and
     * currency (null: not chosen yet — the first amount naming one chooses it); amounts in another currency are
     * converted with the mapping's rates or their rows rejected.
     */
    public LeadImport forWorkspace(ZoneId workspaceZone, String currency) {
        return new LeadImport(file, settings, mapping, rowLimit, workspaceZone, currency, true, currency != null);
    }

    /** As {@link #forWorkspace(ZoneId, String)} for a workspace without a currency, which this import sets to {@code proposed}. */
    public LeadImport forNewCurrency(ZoneId workspaceZone, String proposed) {
        return new LeadImport(file, settings, mapping, rowLimit, workspaceZone, proposed, true, false);
    }

    /** An import reading {@code file} as detected. */
    public static LeadImport detected(Path file, Mapping mapping) throws IOException {
        return new LeadImport(file, FormatDetector.detect(file).settings(), mapping);
    }

    /**
     * Runs the import. A {@linkplain LeadSink#restartable() restartable} sink lets the date pass be skipped when the
     * first {@value #DATE_SAMPLE_ROWS} rows leave exactly one layout per date column: the rows pass then checks every
     * date value against it, which proves the full pass would have chosen the same layout; at the first value it does
     * not read, the sink is restarted and the import runs again with the full date pass. Either way the sink receives
     * and the report states exactly what the full date pass gives.
     */
    public ImportReport run(LeadSink sink, ProgressListener progress) throws IOException {
        long totalBytes = Files.size(file);
        if (forcedLayout() == null && rowLimit == Long.MAX_VALUE && sink.restartable()) {
            Map<ColumnRole, DateLayout> sampled = new EnumMap<>(ColumnRole.class);
            DateCheck check = sampleDates(sampled);
            if (check != null) {
                ImportReport report = rows(sink, progress, totalBytes, sampled, check.resolutions, check);
                if (report != null) {
                    return report;
                }
                sink.restart();
            }
        }
        List<DateResolution> resolutions = new ArrayList<>();
        Map<ColumnRole, DateLayout> patterns = new EnumMap<>(ColumnRole.class);
        DateLayout forced = forcedLayout();
        if (forced != null) {
            patterns.put(ColumnRole.CREATED_AT, forced);
            patterns.put(ColumnRole.CLOSED_AT, forced);
        } else if (!resolveDates(totalBytes, progress, patterns, resolutions)) {
            return cancelledBeforeStart(resolutions);
        }
        return rows(sink, progress, totalBytes, patterns, resolutions, null);
    }

    /** The date layout the mapping forces (a built-in one or a pattern), or null to resolve each column's. */
    private DateLayout forcedLayout() {
        if (mapping.dateFormat() != null) {
            return mapping.dateFormat();
        }
        return mapping.datePattern() == null ? null : DatePattern.layout(mapping.datePattern());
    }

    /** The rows pass; null when {@code check} met a date value its layout does not read (nothing is finished then). */
    private ImportReport rows(LeadSink sink, ProgressListener progress, long totalBytes,
                              Map<ColumnRole, DateLayout> patterns, List<DateResolution> resolutions,
                              DateCheck check) throws IOException {
        ImportTally tally = new ImportTally(MAX_REJECTED_KEPT, MAX_WARNINGS_KEPT);
        boolean cancelled = false;
        ImportReport report;
        CurrencyPolicy currencies = oneCurrency ? new CurrencyPolicy(workspaceCurrency, currencyIsWorkspaces, mapping.rates()) : null;
        try (TableReader table = new TableReader(file, settings, Presets.knownHeaders())) {
            ColumnBinding columns = new ColumnBinding(mapping, table.header());
            RowHandler handler = new RowHandler(new LeadRowMapper(mapping, columns, patterns, zone, currencies), columns,
                    tally, sink);
            sink.start(mapping.sourceSystem(), mapping.linked(), mapping.mappedFields());
            sink.sourceHeader(LeadRowMapper.uniqueKeys(table.header()));
            long started = System.nanoTime();
            // a date pass ran before this one unless the layout is forced or was proved from the sample as we go
            int passes = check == null && forcedLayout() == null ? 2 : 1;
            while (tally.rowsRead < rowLimit && table.hasNext()) {
                SourceRow row = table.next();
                if (check != null && !check.accept(row)) {
                    return null;
                }
                handler.handle(row, table.header().size());
                if (tally.rowsRead % PROGRESS_EVERY == 0 && !progress.onProgress(tick(2, passes, tally.rowsRead,
                        table.bytesRead(), totalBytes, started))) {
                    cancelled = true;
                    break;
                }
            }
            if (!cancelled) {
                progress.onProgress(tick(2, passes, tally.rowsRead, totalBytes, totalBytes, started));
            }
            if (check != null) {
                check.resolve();
            }
            report = tally.report(file.getFileName().toString(), mapping, settings, table.headerLine(), table.header(),
                    table.junkCount(), table.junk(), resolutions, cancelled,
                    currencies == null ? null : currencies.currency(), currencies != null && currencies.setHere());
        }
        if (!cancelled) {
            sink.finish(report);
        }
        return report;
    }

    /** One data row's fate: rejected, collapsed into the deal above, or accepted (a repeated id noted). */
    private final class RowHandler {
        private final LeadRowMapper mapper;
        private final ColumnBinding columns;
        private final ImportTally tally;
        private final LeadSink sink;
        private final IdSet seen = new IdSet();
        private String previousId;

        RowHandler(LeadRowMapper mapper, ColumnBinding columns, ImportTally tally, LeadSink sink) {
            this.mapper = mapper;
            this.columns = columns;
            this.tally = tally;
            this.sink = sink;
        }

        void handle(SourceRow row, int headerWidth) {
            tally.rowsRead++;
            Notice extra = extraCells(row, headerWidth);
            LeadRowMapper.Outcome outcome = extra != null ? LeadRowMapper.Outcome.rejected(extra) : mapper.map(row);
            if (outcome.lead() == null) {
                String id = columns.has(ColumnRole.EXTERNAL_ID) ? row.cell(columns.index(ColumnRole.EXTERNAL_ID)).strip() : "";
                RejectedRow rejected = RejectedRow.of(row.line(), outcome.rejection(), id.isEmpty() ? null : id, row.cells());
                tally.reject(rejected, outcome.unmappedColumn(), outcome.unmappedValue());
                sink.reject(rejected);
                return;
            }
            String id = outcome.lead().externalId();
            if (mapping.collapseRepeatedIds() && id.equals(previousId)) {
                tally.collapsedRows++;
                return;
            }
            previousId = id;
            boolean repeated = !seen.add(id);
            if (repeated) {
                tally.duplicateIds++;
                tally.warn(Notice.of("warn.duplicateId", row.line(), id));
            }
            outcome.warnings().forEach(tally::warn);
            if (outcome.unmappedValue() != null) {
                tally.assumed(outcome.unmappedColumn(), outcome.unmappedValue());
            }
            int effects = outcome.effects();
            if (effects != 0) {
                tally.lostAtLostStage += (effects & LeadRowMapper.LIFTED) != 0 ? 1 : 0;
                tally.lostNonTarget += (effects & LeadRowMapper.NON_TARGET_LOSS) != 0 ? 1 : 0;
                tally.wonCountedTarget += (effects & LeadRowMapper.WON_TARGET) != 0 ? 1 : 0;
                tally.undatedKept += (effects & LeadRowMapper.UNDATED) != 0 ? 1 : 0;
                tally.currencyConverted += (effects & LeadRowMapper.CONVERTED) != 0 ? 1 : 0;
            }
            tally.accepted++;
            sink.accept(outcome.lead(), row.line(), repeated);
        }
    }

    /**
     * Resolves each date column from the first {@value #DATE_SAMPLE_ROWS} rows; returns the check of the rest when
     * every column with values has exactly one layout left (filled into {@code patterns} as the full pass would), else
     * null. One layout left in a sample means the whole column resolves to it or to none, never to another.
     */
    private DateCheck sampleDates(Map<ColumnRole, DateLayout> patterns) throws IOException {
        DateColumns dates;
        try (TableReader table = new TableReader(file, settings, Presets.knownHeaders())) {
            dates = DateColumns.of(mapping, table.header());
            if (dates.indexes().isEmpty()) {
                return null;
            }
            List<Integer> indexes = dates.indexes();
            for (int rows = 0; rows < DATE_SAMPLE_ROWS && table.hasNext(); rows++) {
                SourceRow row = table.next();
                for (int k = 0; k < indexes.size(); k++) {
                    dates.resolvers().get(k).accept(row.cell(indexes.get(k)));
                }
            }
        }
        List<Integer> indexes = dates.indexes();
        List<DateFormatResolver> resolvers = dates.resolvers();
        List<ColumnRole> roles = dates.roles();
        List<DatePattern> layouts = new ArrayList<>();
        for (DateFormatResolver r : resolvers) {
            if (r.needsFullCount()) {
                return null;
            }
            DateResolution sample = r.resolve();
            if (sample.pattern() == null || sample.ambiguous()) {
                return null;
            }
            layouts.add(sample.pattern());
        }
        for (int k = 0; k < resolvers.size(); k++) {
            patterns.putIfAbsent(roles.get(k), layouts.get(k));
        }
        List<String> names = resolvers.stream().map(DateFormatResolver::column).toList();
        return new DateCheck(indexes, names, layouts);
    }

    /**
     * Offers every row's date values to the layout the sample chose, counting them as the resolver does: when all are
     * read, the full pass's resolution is that layout, unambiguous, with these counts.
     */
    private static final class DateCheck {
        private final List<Integer> indexes;
        private final List<String> columns;
        private final List<DatePattern> layouts;
        private final long[] values;
        final List<DateResolution> resolutions = new ArrayList<>();

        DateCheck(List<Integer> indexes, List<String> columns, List<DatePattern> layouts) {
            this.indexes = indexes;
            this.columns = columns;
            this.layouts = layouts;
            this.values = new long[indexes.size()];
        }

        boolean accept(SourceRow row) {
            for (int k = 0; k < values.length; k++) {
                String value = row.cell(indexes.get(k));
                if (value == null || value.isBlank() || ValueParsers.isPlaceholder(value)) {
                    continue;
                }
                values[k]++;
                if (!layouts.get(k).matches(value)) {
                    return false;
                }
            }
            return true;
        }

        void resolve() {
            resolutions.clear();
            for (int k = 0; k < values.length; k++) {
                DatePattern p = layouts.get(k);
                resolutions.add(new DateResolution(columns.get(k), p, false, List.of(p), values[k], 0));
            }
        }
    }

    private boolean resolveDates(long totalBytes, ProgressListener progress, Map<ColumnRole, DateLayout> patterns,
                                 List<DateResolution> resolutions) throws IOException {
        DateColumns dates;
        try (TableReader table = new TableReader(file, settings, Presets.knownHeaders())) {
            dates = DateColumns.of(mapping, table.header());
        }
        List<Integer> indexes = dates.indexes();
        List<DateFormatResolver> resolvers = dates.resolvers();
        List<ColumnRole> roles = dates.roles();
        if (indexes.isEmpty()) {
            return true;
        }
        boolean[] active = new boolean[resolvers.size()];
        Arrays.fill(active, true);
        if (!scanDates(indexes, resolvers, active, totalBytes, progress)) {
            return false;
        }
        // a column no layout reads fully (dirty data) is counted again, every layout on every value
        boolean recount = false;
        for (int k = 0; k < resolvers.size(); k++) {
            active[k] = resolvers.get(k).needsFullCount();
            if (active[k]) {
                resolvers.set(k, new DateFormatResolver(resolvers.get(k).column(), true));
                recount = true;
            }
        }
        if (recount && !scanDates(indexes, resolvers, active, totalBytes, progress)) {
            return false;
        }
        for (int k = 0; k < resolvers.size(); k++) {
            DateResolution r = resolvers.get(k).resolve();
            resolutions.add(r);
            // several close-date columns (Pipedrive won/lost time) share one layout: the first resolved wins
            if (r.pattern() != null) {
                patterns.putIfAbsent(roles.get(k), r.pattern());
            }
        }
        return true;
    }

    /** One pass offering each date column's values to its resolver; false when cancelled. */
    private boolean scanDates(List<Integer> indexes, List<DateFormatResolver> resolvers, boolean[] active,
                              long totalBytes, ProgressListener progress) throws IOException {
        try (TableReader table = new TableReader(file, settings, Presets.knownHeaders())) {
            long rows = 0;
            long started = System.nanoTime();
            while (table.hasNext()) {
                SourceRow row = table.next();
                for (int k = 0; k < indexes.size(); k++) {
                    if (active[k]) {
                        resolvers.get(k).accept(row.cell(indexes.get(k)));
                    }
                }
                if (++rows % PROGRESS_EVERY == 0 && !progress.onProgress(tick(1, 2, rows, table.bytesRead(), totalBytes, started))) {
                    return false;
                }
            }
            return true;
        }
    }

    private ImportReport cancelledBeforeStart(List<DateResolution> resolutions) {
        return new ImportTally(0, 0).report(file.getFileName().toString(), mapping, settings, 0, List.of(), 0,
                List.of(), resolutions, true, workspaceCurrency, false);
    }

    private static Notice extraCells(SourceRow row, int width) {
        for (int i = width; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                return Notice.of("reject.extraCells", row.cells().size(), width);
            }
        }
        return null;
    }

    private static ImportProgress tick(int pass, int passes, long rows, long bytes, long total, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return new ImportProgress(pass, rows, bytes, total, seconds <= 0 ? 0 : rows / seconds, passes);
    }

    /** The mapping's date columns (created, closed) in a header, each with a fresh layout resolver. */
    private record DateColumns(List<Integer> indexes, List<ColumnRole> roles, List<DateFormatResolver> resolvers) {
        static DateColumns of(Mapping mapping, List<String> header) throws IOException {
            List<Integer> indexes = new ArrayList<>();
            List<ColumnRole> roles = new ArrayList<>();
            List<DateFormatResolver> resolvers = new ArrayList<>();
            ColumnBinding columns = new ColumnBinding(mapping, header);
            for (ColumnRole role : List.of(ColumnRole.CREATED_AT, ColumnRole.CLOSED_AT)) {
                for (int i : columns.indexes(role)) {
                    indexes.add(i);
                    roles.add(role);
                    resolvers.add(new DateFormatResolver(header.get(i)));
                }
            }
            return new DateColumns(indexes, roles, resolvers);
        }
    }
}
