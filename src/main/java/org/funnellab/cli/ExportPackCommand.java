package org.funnellab.cli;

import org.funnellab.domain.Filters;
import org.funnellab.export.ExportFormat;
import org.funnellab.export.ExportPage;
import org.funnellab.export.ExportPalette;
import org.funnellab.export.ImageSize;
import org.funnellab.export.PackSlide;
import org.funnellab.export.PdfExport;
import org.funnellab.export.PptxExport;
import org.funnellab.export.TitleDrawing;
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
                "Scenarios are not stored yet, so there is no scenario comparison page."})
final class ExportPackCommand extends CliCommand {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "FILE.pdf or FILE.pptx; .pdf is added when there is neither.")
    Path out;

    @Mixin
    FilterOptions filterOptions;

    @Override
    int execute() throws IOException {
        boolean pptx = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pptx");
        Path file = pptx ? out : ExportFormat.PDF.withExtension(out);
        Filters filters = filterOptions.filters();
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
}
