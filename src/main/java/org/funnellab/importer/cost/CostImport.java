package org.funnellab.importer.cost;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.CostEntry;
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
import java.util.TreeMap;

/**
 * Imports a cost sheet as people keep it, without a mapping file: columns are found by their usual names
 * (Месяц/Период/Month/Period/Date or two from/to columns, Канал/Источник/Channel/Source, Кампания/Campaign,
 * Статья/Категория/Category/Type, Сумма/Amount/Cost/Spend, Валюта/Currency). A period spanning several months is split by
 * days ({@link CostSplitter}); a category no keyword recognises is booked as OTHER and listed in the report; a row without
 * a readable period or amount is rejected with its line. A blank channel is a shared cost.
 */
public final class CostImport {
    enum Role { PERIOD, FROM, TO, CHANNEL, CAMPAIGN, CATEGORY, AMOUNT, CURRENCY }

    static final Map<Role, List<String>> SYNONYMS = new EnumMap<>(Map.of(
            Role.PERIOD, List.of("Месяц", "Период", "Month", "Period", "Date", "Дата"),
            Role.FROM, List.of("С", "Дата с", "Начало", "Дата начала", "From", "Start", "Start date", "Date from"),
            Role.TO, List.of("По", "Дата по", "Конец", "Дата окончания", "To", "End", "End date", "Date to"),
            Role.CHANNEL, List.of("Канал", "Источник", "Channel", "Source"),
            Role.CAMPAIGN, List.of("Кампания", "Campaign"),
            Role.CATEGORY, List.of("Статья", "Статья расходов", "Категория", "Category", "Type", "Тип"),
            Role.AMOUNT, List.of("Сумма", "Расход", "Расходы", "Amount", "Cost", "Spend"),
            Role.CURRENCY, List.of("Валюта", "Currency")));

    private final Path file;
    private final ReadSettings settings;

    public CostImport(Path file, ReadSettings settings) {
        this.file = file;
        this.settings = settings;
    }

    /** True when {@code header} reads as a cost sheet: a month or period, an amount, and a channel or category. */
    public static boolean looksLikeCostSheet(List<String> header) {
        HeaderRoles<Role> cols = new HeaderRoles<>(header, SYNONYMS);
        return (cols.has(Role.PERIOD) || cols.has(Role.FROM)) && cols.has(Role.AMOUNT)
                && (cols.has(Role.CATEGORY) || cols.has(Role.CHANNEL));
    }

    public static CostImport detected(Path file) throws IOException {
        return new CostImport(file, FormatDetector.detect(file).settings());
    }

    public TableImportReport run(CostSink sink) throws IOException {
        try (TableReader table = new TableReader(file, settings, HeaderRoles.vocabulary(SYNONYMS))) {
            HeaderRoles<Role> cols = new HeaderRoles<>(table.header(), SYNONYMS);
            if (!cols.has(Role.PERIOD) && !cols.has(Role.FROM)) {
                throw new IOException("the sheet has no month/period column");
            }
            cols.require(Role.AMOUNT, "amount");
            long rows = 0;
            long rowsAccepted = 0;
            long entries = 0;
            long split = 0;
            List<RejectedRow> rejected = new ArrayList<>();
            Map<String, Long> unknown = new TreeMap<>();
            while (table.hasNext()) {
                SourceRow row = table.next();
                rows++;
                try {
                    PeriodSpan span = cols.has(Role.PERIOD) && !cell(row, cols, Role.PERIOD).isEmpty()
                            ? PeriodParser.parse(cell(row, cols, Role.PERIOD))
                            : PeriodParser.parse(cell(row, cols, Role.FROM), cell(row, cols, Role.TO));
                    Money money = ValueParsers.money(cell(row, cols, Role.AMOUNT));
                    if (money == null) {
                        throw new IllegalArgumentException("missing amount");
                    }
                    String categoryText = cell(row, cols, Role.CATEGORY);
                    CostCategory category = CostCategories.classify(categoryText);
                    if (category == null) {
                        category = CostCategory.OTHER;
                        unknown.merge(categoryText, 1L, Long::sum);
                    }
                    String currency = blankToNull(cell(row, cols, Role.CURRENCY));
                    currency = currency != null ? currency : money.currency();
                    Map<YearMonth, BigDecimal> shares = span.withinOneMonth()
                            ? Map.of(YearMonth.from(span.start()), money.amount()) : CostSplitter.split(money.amount(), span);
                    if (shares.size() > 1) {
                        split++;
                    }
                    for (var share : shares.entrySet()) {
                        sink.accept(new CostEntry(share.getKey(), blankToNull(cell(row, cols, Role.CHANNEL)),
                                blankToNull(cell(row, cols, Role.CAMPAIGN)), category, share.getValue(), currency));
                        entries++;
                    }
                    rowsAccepted++;
                } catch (IllegalArgumentException e) {
                    RejectedRow r = new RejectedRow(row.line(), e.getMessage(), null, row.cells());
                    rejected.add(r);
                    sink.reject(r);
                }
            }
            List<String> warnings = new ArrayList<>();
            unknown.forEach((k, v) -> warnings.add("category '" + k + "' not recognised: " + v + " row(s) booked as OTHER"));
            return new TableImportReport(file.getFileName().toString(), settings, table.headerLine(), rows, rowsAccepted,
                    entries, split, rejected.size(), rejected, table.junkCount(), table.junk(), unknown, warnings);
        }
    }

    static String cell(SourceRow row, HeaderRoles<Role> cols, Role role) {
        return cellOf(row, cols.index(role));
    }

    static String cellOf(SourceRow row, int index) {
        return index < 0 ? "" : row.cell(index).strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
