package org.funnellab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.funnellab.domain.Filters;
import org.funnellab.service.CacCostCategories;
import org.funnellab.service.MetricSettings;
import org.funnellab.service.Metrics;
import org.funnellab.service.MetricsService;
import org.funnellab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** {@code metrics}: the baseline funnel metrics of a workspace for a period and filters, total and by channel. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Baseline funnel metrics for a period and filters, total and per channel.")
final class MetricsCommand extends CliCommand {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    FilterOptions filterOptions;

    @Option(names = "--cac-costs", paramLabel = "all|marketing|CAT,CAT...", converter = CacCostsConverter.class,
            description = "Cost categories counted in CAC and cost per lead (default: the workspace setting, "
                    + "all categories unless changed). Categories: PAID_MEDIA, CONTENT, SOFTWARE, AGENCY, "
                    + "MARKETING_SALARIES, SALES_SALARIES, OVERHEAD, OTHER.")
    CacCostCategories cacCosts;

    @Override
    int execute() {
        Filters filters = filterOptions.filters();
        ObjectNode root;
        try (Workspace ws = workspace.openForReading()) {
            MetricsService service = new MetricsService(ws);
            MetricSettings settings = service.settings();
            if (cacCosts != null) {
                settings = settings.withCacCosts(cacCosts);
            }
            Metrics metrics = Metrics.of(service.select(filters, settings));
            root = MetricsReport.json(metrics, service.currency());
        }
        out().print(workspace.json ? Json.write(root) + System.lineSeparator() : MetricsReport.table(root));
        return ExitCodes.OK;
    }

    /** {@code all}, {@code marketing} or categories separated by commas. */
    static final class CacCostsConverter implements ITypeConverter<CacCostCategories> {
        @Override
        public CacCostCategories convert(String value) {
            try {
                return CacCostCategories.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code YYYY-MM}, refused with the text it got otherwise. */
    static final class MonthConverter implements ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a month in the form YYYY-MM");
            }
        }
    }
}
