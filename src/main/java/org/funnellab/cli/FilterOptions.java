package org.funnellab.cli;

import org.funnellab.domain.Filters;
import picocli.CommandLine.Option;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;

/** The filters every figure-reading command takes: the same period, channels, campaigns and owners as the window's. */
final class FilterOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM", converter = MetricsCommand.MonthConverter.class,
            description = "First month.")
    YearMonth from;

    @Option(names = "--to", paramLabel = "YYYY-MM", converter = MetricsCommand.MonthConverter.class,
            description = "Last month.")
    YearMonth to;

    @Option(names = "--channel", paramLabel = "C", description = "Only this channel (repeatable).")
    Set<String> channels = new LinkedHashSet<>();

    @Option(names = "--campaign", paramLabel = "C", description = "Only this campaign (repeatable).")
    Set<String> campaigns = new LinkedHashSet<>();

    @Option(names = "--owner", paramLabel = "O", description = "Only this owner (repeatable).")
    Set<String> owners = new LinkedHashSet<>();

    /** The filters given; a period that ends before it starts is a usage error. */
    Filters filters() {
        if (from != null && to != null && from.isAfter(to)) {
            throw CliException.usage("--from " + from + " is after --to " + to);
        }
        return new Filters(from, to, channels, campaigns, owners);
    }
}
