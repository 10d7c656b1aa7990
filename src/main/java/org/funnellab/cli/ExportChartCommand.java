package org.funnellab.cli;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.export.ExportFormat;
import org.funnellab.export.ExportPage;
import org.funnellab.export.ExportPalette;
import org.funnellab.export.ImageSize;
import org.funnellab.export.PdfExport;
import org.funnellab.export.PngExport;
import org.funnellab.export.SimpleBarChart;
import org.funnellab.export.SvgExport;
import org.funnellab.service.ChannelOrder;
import org.funnellab.service.MetricsService;
import org.funnellab.store.FunnelQueries;
import org.funnellab.store.HistogramBucket;
import org.funnellab.store.LossReasonCount;
import org.funnellab.store.MonthRange;
import org.funnellab.store.MonthlyPoint;
import org.funnellab.store.TargetSplit;
import org.funnellab.store.Workspace;
import org.funnellab.export.Drawing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code export chart ID --out FILE [--format png|svg|pdf] [--size WxH] [--scale N]} with the filters of
 * {@code metrics}. The picture carries the filters and the data's date range beneath the chart, on a light page.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Write one chart as PNG, SVG or PDF. Chart ids: see --list.",
                "PNG: --size pixels (default 1920x1080) drawn at --scale (default 2, i.e. 144 dpi).",
                "SVG and PDF: a vector page of the layout size (1920x1080 at 2 = 960x540 points)."})
final class ExportChartCommand extends CliCommand {
    /** The charts the command line can draw, with what each shows. */
    static final Map<String, String> CHARTS = new LinkedHashMap<>();

    static {
        CHARTS.put("funnel", "Leads reaching each stage, LEAD to WON");
        CHARTS.put("monthly", "Leads and won deals by month");
        CHARTS.put("channels", "Target, non-target and unknown leads by channel (largest first)");
        CHARTS.put("loss-reasons", "Top loss reasons");
        CHARTS.put("cycle", "Sales cycle length of won deals, in days");
    }

    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "Which chart (see --list).")
    String id;

    @Option(names = "--list", description = "List the chart ids and exit.")
    boolean list;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write; the extension is added when missing.")
    Path out;

    @Option(names = "--format", paramLabel = "png|svg|pdf", description = "Default: from the file name, else png.")
    String format;

    @Option(names = "--size", paramLabel = "WxH", description = "Picture size in pixels. Default: 1920x1080.")
    String size = "1920x1080";

    @Option(names = "--scale", paramLabel = "N", description = "How large type is drawn (0.5 to 8). Default: 2.")
    double scale = 2;

    @Mixin
    FilterOptions filterOptions;

    @Override
    int execute() throws IOException {
        if (list) {
            CHARTS.forEach((k, v) -> out().println(String.format("%-13s %s", k, v)));
            return ExitCodes.OK;
        }
        if (id == null || !CHARTS.containsKey(id)) {
            throw CliException.usage((id == null ? "name a chart" : "no chart '" + id + "'") + "; one of: "
                    + String.join(", ", CHARTS.keySet()));
        }
        if (out == null) {
            throw CliException.usage("--out FILE is required");
        }
        ExportFormat f = format(out, format);
        ImageSize imageSize;
        try {
            imageSize = ImageSize.parse(size, scale);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--size " + size + " --scale " + scale + ": " + e.getMessage());
        }
        Filters filters = filterOptions.filters();
        Path file = f.withExtension(out);
        Drawing chart;
        List<String> notes;
        try (Workspace ws = workspace.openForReading()) {
            FunnelQueries q = ws.queries();
            chart = chart(id, ws, filters);
            notes = notes(filters, q.dataRange().orElse(null));
        }
        ExportPage page = new ExportPage(null, notes, chart);
        ExportPalette light = ExportPalette.light();
        switch (f) {
            case PNG -> PngExport.write(file, page, imageSize, light);
            case SVG -> SvgExport.write(file, page, imageSize.layoutWidth(), imageSize.layoutHeight(), light);
            case PDF -> PdfExport.write(file, List.of(page), imageSize.layoutWidth(), imageSize.layoutHeight(), light,
                    "FunnelLab: " + CHARTS.get(id));
            default -> throw CliException.usage("--format must be png, svg or pdf");
        }
        out().println(workspace.json ? "{\"file\":" + Json.write(com.fasterxml.jackson.databind.node.TextNode
                .valueOf(file.toAbsolutePath().toString())) + "}" : "wrote " + file);
        return ExitCodes.OK;
    }

    static ExportFormat format(Path out, String format) {
        if (format == null) {
            ExportFormat byName = ExportFormat.ofFile(out);
            return byName != null && byName.picture() ? byName : ExportFormat.PNG;
        }
        for (ExportFormat f : ExportFormat.values()) {
            if (f.picture() && f.extension().equalsIgnoreCase(format.strip())) {
                return f;
            }
        }
        throw CliException.usage("--format " + format + ": use png, svg or pdf");
    }

    private static final String NO_DATA = "No data for these filters";

    static Drawing chart(String id, Workspace ws, Filters filters) {
        FunnelQueries q = ws.queries();
        return switch (id) {
            case "funnel" -> {
                FunnelFacts facts = new MetricsService(ws).select(filters).total();
                List<String> stages = new ArrayList<>();
                double[] reached = new double[Stage.values().length];
                for (Stage s : Stage.values()) {
                    stages.add(s.name());
                    reached[s.ordinal()] = facts.reached(s);
                }
                yield SimpleBarChart.create("Funnel: leads reaching each stage", "", "Leads", stages,
                        Map.of("Leads", reached), true, false, true, NO_DATA);
            }
            case "monthly" -> {
                List<MonthlyPoint> points = q.monthly(filters);
                Map<String, double[]> series = new LinkedHashMap<>();
                series.put("Leads", points.stream().mapToDouble(MonthlyPoint::leads).toArray());
                series.put("Won", points.stream().mapToDouble(MonthlyPoint::won).toArray());
                yield SimpleBarChart.create("Leads and won deals by month", "", "Leads / deals",
                        points.stream().map(p -> p.month().toString()).toList(), series, false, false, true, NO_DATA);
            }
            case "channels" -> {
                // the window's order: largest spend first, then by name
                List<TargetSplit> splits = ChannelOrder.sort(q.targetByChannel(filters), TargetSplit::key,
                        org.funnellab.service.Metrics.of(new MetricsService(ws).select(filters)));
                Map<String, double[]> series = new LinkedHashMap<>();
                series.put("Target", splits.stream().mapToDouble(TargetSplit::target).toArray());
                series.put("Non-target", splits.stream().mapToDouble(TargetSplit::nonTarget).toArray());
                series.put("Unknown", splits.stream().mapToDouble(TargetSplit::unknown).toArray());
                yield SimpleBarChart.create("Target and non-target leads by channel", "", "Leads",
                        splits.stream().map(t -> t.key() == null || t.key().isEmpty() ? "(no channel)" : t.key())
                                .toList(), series, true, true, true, NO_DATA);
            }
            case "loss-reasons" -> {
                List<LossReasonCount> reasons = q.lossReasons(filters);
                List<String> names = new ArrayList<>();
                Set<String> seen = new TreeSet<>();
                for (LossReasonCount r : reasons) {
                    String n = r.reason() == null || r.reason().isBlank() ? "(no reason)" : r.reason();
                    names.add(seen.add(n) ? n : n + " · " + r.target());
                }
                yield SimpleBarChart.create("Top loss reasons", "", "Leads", names,
                        Map.of("Leads", reasons.stream().mapToDouble(LossReasonCount::leads).toArray()), true, false,
                        true, NO_DATA);
            }
            case "cycle" -> {
                List<HistogramBucket> buckets = q.cycleDaysHistogram(filters);
                yield SimpleBarChart.create("Sales cycle of won deals", "Days", "Won deals",
                        buckets.stream().map(b -> b.toDay() == null ? b.fromDay() + "+" : b.fromDay() + "–" + b.toDay())
                                .toList(),
                        Map.of("Won deals", buckets.stream().mapToDouble(HistogramBucket::leads).toArray()), false,
                        false, true, NO_DATA);
            }
            default -> throw CliException.usage("no chart '" + id + "'");
        };
    }

    static List<String> notes(Filters f, MonthRange range) {
        String period = f.from() == null && f.to() == null ? "all"
                : (f.from() == null ? "…" : f.from().toString()) + " — " + (f.to() == null ? "…" : f.to().toString());
        return List.of("Period " + period + " · channels: " + set(f.channels()) + " · campaigns: " + set(f.campaigns())
                        + " · owners: " + set(f.owners()),
                "Data " + (range == null ? "none" : range.from() + " — " + range.to()) + " · exported "
                        + java.time.LocalDate.now());
    }

    private static String set(Set<String> s) {
        return s.isEmpty() ? "all" : String.join(", ", new TreeSet<>(s));
    }
}
