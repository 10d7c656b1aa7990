package org.funnellab.cli;

import org.funnellab.domain.Filters;
import org.funnellab.export.ExportFormat;
import org.funnellab.export.ExportPage;
import org.funnellab.export.ExportPalette;
import org.funnellab.export.ImageSize;
import org.funnellab.export.PackSlide;
import org.funnellab.export.PdfExport;
import org.funnellab.export.PptxExport;
import org.funnellab.export.ScenarioPackPages;
import org.funnellab.export.TitleDrawing;
import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;
import org.funnellab.service.Scenario;
import org.funnellab.service.ScenarioComparison;
import org.funnellab.service.ScenarioService;
import org.funnellab.store.FunnelQueries;
import org.funnellab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code export pack --out FILE.pdf|FILE.pptx} with the filters of {@code metrics}: a title page and every chart of
 * {@code export chart --list}, as a vector PDF or a PPTX of slide-sized pictures with speaker notes.
 */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = {"Write a meeting pack: a title page and every chart, as PDF or PPTX (by the file name).",
                "With two to four --scenario names, also the scenario comparison: a table of each panel's headline"
                        + " output with the changes from the baseline, and its grouped bar chart."})
final class ExportPackCommand extends CliCommand {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "FILE.pdf or FILE.pptx; .pdf is added when there is neither.")
    Path out;

    @Mixin
    FilterOptions filterOptions;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "A saved scenario to compare (repeat: two to four names).")
    List<String> scenarios = new ArrayList<>();

    @Override
    int execute() throws IOException {
        boolean pptx = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pptx");
        Path file = pptx ? out : ExportFormat.PDF.withExtension(out);
        Filters filters = filterOptions.filters();
        if (!scenarios.isEmpty()
                && (scenarios.size() < ScenarioComparison.MIN || scenarios.size() > ScenarioComparison.MAX)) {
            throw CliException.usage("--scenario: compare " + ScenarioComparison.MIN + " to " + ScenarioComparison.MAX
                    + " scenarios, not " + scenarios.size());
        }
        ExportPalette light = ExportPalette.light();
        List<PackSlide> slides = new ArrayList<>();
        long start = System.nanoTime();
        try (Workspace ws = workspace.openForReading()) {
            FunnelQueries q = ws.queries();
            List<String> notes = ExportChartCommand.notes(filters, q.dataRange().orElse(null));
            String title = "FunnelLab — " + ws.file().getFileName();
            slides.add(new PackSlide(new ExportPage(null, List.of(), new TitleDrawing(title, notes, light)),
                    String.join("\n", notes)));
            for (Map.Entry<String, String> c : ExportChartCommand.CHARTS.entrySet()) {
                slides.add(new PackSlide(new ExportPage(null, notes, ExportChartCommand.chart(c.getKey(), ws, filters)),
                        c.getValue() + "\n" + String.join("\n", notes)));
            }
            if (!scenarios.isEmpty()) {
                ScenarioService svc = new ScenarioService(ws);
                List<Scenario> list = new ArrayList<>();
                for (String n : scenarios) {
                    list.add(ScenarioCommand.refused(() -> svc.get(n)));
                }
                ScenarioComparison comparison = svc.compare(list, ScenarioCommand.EVALUATOR);
                slides.addAll(ScenarioPackPages.slides(comparison, new EnglishTexts(), light, notes));
            }
        }
        if (pptx) {
            PptxExport.write(file, slides, ImageSize.SLIDE, light);
        } else {
            PdfExport.write(file, slides.stream().map(PackSlide::page).toList(), ImageSize.SLIDE.layoutWidth(),
                    ImageSize.SLIDE.layoutHeight(), light, "FunnelLab meeting pack");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out().println(workspace.json
                ? "{\"file\":" + Json.write(com.fasterxml.jackson.databind.node.TextNode.valueOf(
                        file.toAbsolutePath().toString())) + ",\"pages\":" + slides.size() + "}"
                : String.format(Locale.ROOT, "wrote %s (%d pages, %.2f s)", file, slides.size(), seconds));
        return ExitCodes.OK;
    }

    /** The comparison pages in English, numbers as {@code scenario compare} prints them. */
    static final class EnglishTexts implements ScenarioPackPages.Texts {
        @Override
        public String tableTitle() {
            return "Scenario comparison: headline outputs";
        }

        @Override
        public String chartTitle() {
            return "Scenario comparison: headline outputs, baseline and scenarios";
        }

        @Override
        public String panel(String panel) {
            return panel;
        }

        @Override
        public String output(String panel, String id) {
            return id;
        }

        @Override
        public String baseline() {
            return "baseline";
        }

        @Override
        public List<String> columns() {
            return List.of("panel", "output");
        }

        @Override
        public String scenarioHeader(String scenario) {
            return scenario + " (change; %)";
        }

        @Override
        public String value(MetricValue v, Unit unit) {
            return v.isDefined() ? ScenarioCommand.plain(v.value()) : "—";
        }

        @Override
        public String delta(MetricValue d, Unit unit) {
            if (!d.isDefined()) {
                return "—";
            }
            String t = ScenarioCommand.plain(Math.abs(d.value()));
            return d.value() > 0 ? "+" + t : d.value() < 0 ? "−" + t : t;
        }

        @Override
        public String percent(MetricValue p) {
            if (!p.isDefined()) {
                return "—";
            }
            String t = java.math.BigDecimal.valueOf(Math.abs(p.value()) * 100).setScale(1,
                    java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
            return p.value() > 0 ? "+" + t : p.value() < 0 ? "−" + t : t;
        }

        @Override
        public String noData() {
            return "No data";
        }

        @Override
        public String moreRows() {
            return "+%d more rows";
        }

        @Override
        public List<String> describe(Scenario s) {
            List<String> out = new ArrayList<>();
            out.add(s.name() + (s.note().isEmpty() ? "" : " — " + s.note()));
            s.overrides().forEach((panel, inputs) -> inputs.forEach((id, v) ->
                    out.add("  " + panel + "." + id + " = " + ScenarioCommand.plain(v))));
            return out;
        }
    }
}
