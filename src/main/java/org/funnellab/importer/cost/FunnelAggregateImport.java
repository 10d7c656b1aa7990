package org.funnellab.importer.cost;

import org.funnellab.domain.FunnelAggregateRow;
import org.funnellab.importer.RejectedRow;
import org.funnellab.importer.parse.Money;
import org.funnellab.importer.parse.ValueParsers;
import org.funnellab.importer.read.FormatDetector;
import org.funnellab.importer.read.ReadSettings;
import org.funnellab.importer.read.SourceRow;
import org.funnellab.importer.read.TableReader;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Imports aggregated funnel rows (month, channel, campaign?, leads, mql, sql, opportunities, won, lost,
 * non_target, revenue) found by their English or Russian names. Counts must be whole non-negative numbers, the month a
 * single month, and a stage count may not exceed the one before it (leads ≥ mql ≥ sql ≥ opportunities ≥ won):
 * a row breaking any of these is rejected with its line. A missing count column is read as 0 and reported once.
 */
public final class FunnelAggregateImport {
    enum Role { MONTH, CHANNEL, CAMPAIGN, LEADS, MQL, SQL, OPPORTUNITIES, WON, LOST, NON_TARGET, REVENUE }

    static final Map<Role, List<String>> SYNONYMS = new EnumMap<>(Map.ofEntries(
            Map.entry(Role.MONTH, List.of("month", "period", "Месяц", "Период")),
            Map.entry(Role.CHANNEL, List.of("channel", "source", "Канал", "Источник")),
            Map.entry(Role.CAMPAIGN, List.of("campaign", "Кампания")),
            Map.entry(Role.LEADS, List.of("leads", "Лиды", "Лидов")),
            Map.entry(Role.MQL, List.of("mql")),
            Map.entry(Role.SQL, List.of("sql", "sal")),
            Map.entry(Role.OPPORTUNITIES, List.of("opportunities", "opportunity", "Сделки", "Возможности")),
            Map.entry(Role.WON, List.of("won", "Выиграно", "Продажи", "customers")),
            Map.entry(Role.LOST, List.of("lost", "Проиграно")),
            Map.entry(Role.NON_TARGET, List.of("non_target", "non-target", "Нецелевые")),
            Map.entry(Role.REVENUE, List.of("revenue", "Выручка"))));

    private final Path file;
    private final ReadSettings settings;

    public FunnelAggregateImport(Path file, ReadSettings settings) {
        this.file = file;
        this.settings = settings;
    }

    /** True when {@code header} reads as aggregated funnel rows: a month, leads, and two more stage counts. */
    public static boolean looksLikeFunnelRows(List<String> header) {
        HeaderRoles<Role> cols = new HeaderRoles<>(header, SYNONYMS);
        long stages = List.of(Role.MQL, Role.SQL, Role.OPPORTUNITIES, Role.WON, Role.LOST).stream().filter(cols::has).count();
        return cols.has(Role.MONTH) && cols.has(Role.LEADS) && stages >= 2;
    }

    public static FunnelAggregateImport detected(Path file) throws IOException {
        return new FunnelAggregateImport(file, FormatDetector.detect(file).settings());
    }

    public TableImportReport run(AggregateSink sink) throws IOException {
        try (TableReader table = new TableReader(file, settings, HeaderRoles.vocabulary(SYNONYMS))) {
            HeaderRoles<Role> cols = new HeaderRoles<>(table.header(), SYNONYMS);
            cols.require(Role.MONTH, "month");
            cols.require(Role.LEADS, "leads");
            List<String> warnings = new ArrayList<>();
            for (Role r : List.of(Role.MQL, Role.SQL, Role.OPPORTUNITIES, Role.WON, Role.LOST, Role.NON_TARGET, Role.REVENUE)) {
                if (!cols.has(r)) {
                    warnings.add("no " + r.name().toLowerCase(java.util.Locale.ROOT) + " column: read as 0");
                }
            }
            long rows = 0;
            List<RejectedRow> rejected = new ArrayList<>();
            while (table.hasNext()) {
                SourceRow row = table.next();
                rows++;
                try {
                    FunnelAggregateRow parsed = parse(row, cols);
                    sink.accept(parsed);
                } catch (IllegalArgumentException e) {
                    RejectedRow r = new RejectedRow(row.line(), e.getMessage(), null, row.cells());
                    rejected.add(r);
                    sink.reject(r);
                }
            }
            return new TableImportReport(file.getFileName().toString(), settings, table.headerLine(), rows,
                    rows - rejected.size(), rows - rejected.size(), 0, rejected.size(), rejected, table.junkCount(),
                    table.junk(), Map.of(), warnings);
        }
    }

    private static FunnelAggregateRow parse(SourceRow row, HeaderRoles<Role> cols) {
        PeriodSpan span = PeriodParser.parse(CostImport.cellOf(row, cols.index(Role.MONTH)));
        if (!span.start().equals(YearMonth.from(span.start()).atDay(1)) || !span.withinOneMonth()
                || !span.end().equals(YearMonth.from(span.start()).atEndOfMonth())) {
            throw new IllegalArgumentException("month expected, got '" + CostImport.cellOf(row, cols.index(Role.MONTH)) + "'");
        }
        long[] counts = new long[6];
        Role[] order = {Role.LEADS, Role.MQL, Role.SQL, Role.OPPORTUNITIES, Role.WON, Role.LOST};
        for (int i = 0; i < order.length; i++) {
            counts[i] = count(row, cols, order[i]);
        }
        for (int i = 1; i < 5; i++) {
            if (cols.has(order[i]) && cols.has(order[i - 1]) && counts[i] > counts[i - 1]) {
                throw new IllegalArgumentException(order[i].name().toLowerCase(java.util.Locale.ROOT) + " (" + counts[i]
                        + ") exceeds " + order[i - 1].name().toLowerCase(java.util.Locale.ROOT) + " (" + counts[i - 1] + ")");
            }
        }
        long nonTarget = count(row, cols, Role.NON_TARGET);
        Money revenue = ValueParsers.money(CostImport.cellOf(row, cols.index(Role.REVENUE)));
        String channel = CostImport.cellOf(row, cols.index(Role.CHANNEL));
        String campaign = CostImport.cellOf(row, cols.index(Role.CAMPAIGN));
        return new FunnelAggregateRow(YearMonth.from(span.start()), channel.isEmpty() ? null : channel,
                campaign.isEmpty() ? null : campaign, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                nonTarget, revenue == null ? BigDecimal.ZERO : revenue.amount());
    }

    private static long count(SourceRow row, HeaderRoles<Role> cols, Role role) {
        String text = CostImport.cellOf(row, cols.index(role));
        if (text.isEmpty()) {
            return 0;
        }
        Money m;
        try {
            m = ValueParsers.money(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' in " + role.name().toLowerCase(java.util.Locale.ROOT)
                    + " is not a count", e);
        }
        if (m.amount().signum() < 0 || m.amount().stripTrailingZeros().scale() > 0 || m.currency() != null) {
            throw new IllegalArgumentException("'" + text + "' in " + role.name().toLowerCase(java.util.Locale.ROOT)
                    + " is not a whole non-negative count");
        }
        return m.amount().longValueExact();
    }
}
