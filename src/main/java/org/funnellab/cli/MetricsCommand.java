package org.funnellab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.store.FunnelQueries;
import org.funnellab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** {@code metrics}: the baseline funnel metrics of a workspace for a period and filters (SPEC §4), total and by channel. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Baseline funnel metrics for a period and filters, total and per channel.")
final class MetricsCommand extends CliCommand {
    /** Win rate counts leads that reached this stage, as the window does. */
    static final Stage WIN_RATE_STAGE = Stage.SQL;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--from", paramLabel = "YYYY-MM", converter = MonthConverter.class, description = "First month.")
    YearMonth from;

    @Option(names = "--to", paramLabel = "YYYY-MM", converter = MonthConverter.class, description = "Last month.")
    YearMonth to;

    @Option(names = "--channel", paramLabel = "C", description = "Only this channel (repeatable).")
    Set<String> channels = new LinkedHashSet<>();

    @Option(names = "--campaign", paramLabel = "C", description = "Only this campaign (repeatable).")
    Set<String> campaigns = new LinkedHashSet<>();

    @Option(names = "--owner", paramLabel = "O", description = "Only this owner (repeatable).")
    Set<String> owners = new LinkedHashSet<>();

    @Override
    int execute() {
        if (from != null && to != null && from.isAfter(to)) {
            throw CliException.usage("--from " + from + " is after --to " + to);
        }
        Filters filters = new Filters(from, to, channels, campaigns, owners);
        ObjectNode root;
        try (Workspace ws = workspace.openForReading()) {
            FunnelQueries q = ws.queries();
            FunnelFacts total = q.facts(filters, WIN_RATE_STAGE);
            Map<String, FunnelFacts> byChannel = q.factsByChannel(filters, WIN_RATE_STAGE);
            Map<String, BigDecimal> costs = MetricsReport.channelCosts(byChannel,
                    q.costsByCategory(filters).sharedCosts());
            root = MetricsReport.json(total, byChannel, costs);
        }
        out().print(workspace.json ? Json.write(root) + System.lineSeparator() : MetricsReport.table(root));
        return ExitCodes.OK;
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
