package org.funnellab.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class ExportChartCommandTest {
    @TempDir
    Path dir;

    private Path demo() throws Exception {
        Path ws = dir.resolve("demo.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2025, 12), 1500, 4);
        }
        return ws;
    }

    @Test
    void listNamesEveryChart() {
        Cli.Result r = Cli.run("export", "chart", "--list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("funnel", "monthly", "channels", "loss-reasons", "cycle");
    }

    @Test
    void aPngGetsTheRequestedSizeAndItsExtension() throws Exception {
        Path ws = demo();
        Cli.Result r = Cli.run("export", "chart", "funnel", "--workspace", ws.toString(), "--out",
                dir.resolve("funnel").toString(), "--size", "1280x720", "--scale", "1.5");
        assertThat(r.exit()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(dir.resolve("funnel.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
    }

    @Test
    void aPdfHoldsTheChartTitleAndTheFilters() throws Exception {
        Path ws = demo();
        Cli.Result r = Cli.run("export", "chart", "channels", "--workspace", ws.toString(), "--out",
                dir.resolve("channels.pdf").toString(), "--from", "2025-06", "--to", "2025-12");
        assertThat(r.exit()).as(r.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("channels.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(960f);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Target and non-target leads by channel", "Period 2025-06 — 2025-12");
        }
    }

    @Test
    void anSvgIsWrittenWhenAskedByFormat() throws Exception {
        Path ws = demo();
        Cli.Result r = Cli.run("export", "chart", "monthly", "--workspace", ws.toString(), "--format", "svg",
                "--out", dir.resolve("monthly").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("monthly.svg"))).contains("<svg", "Leads and won deals by month");
    }

    @Test
    void anUnknownChartOrSizeIsAUsageErrorAndWritesNothing() throws Exception {
        Path ws = demo();
        Cli.Result unknown = Cli.run("export", "chart", "pie", "--workspace", ws.toString(), "--out",
                dir.resolve("x.png").toString());
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no chart 'pie'").contains("funnel");
        Cli.Result badSize = Cli.run("export", "chart", "funnel", "--workspace", ws.toString(), "--out",
                dir.resolve("x.png").toString(), "--size", "huge");
        assertThat(badSize.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badSize.err()).contains("WIDTHxHEIGHT").doesNotContain("Exception");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void aPdfPackHasATitlePageAndEveryChart() throws Exception {
        Path ws = demo();
        Cli.Result r = Cli.run("export", "pack", "--workspace", ws.toString(), "--out", dir.resolve("pack").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("pack.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + ExportChartCommand.CHARTS.size());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("FunnelLab — demo.sqlite", "Funnel: leads reaching each stage",
                    "Sales cycle of won deals");
        }
    }

    @Test
    void aPptxPackHasOneSlidePerPageWithSpeakerNotes() throws Exception {
        Path ws = demo();
        Cli.Result r = Cli.run("export", "pack", "--workspace", ws.toString(), "--out",
                dir.resolve("pack.pptx").toString(), "--channel", "SEO");
        assertThat(r.exit()).as(r.err()).isZero();
        try (org.apache.poi.xslf.usermodel.XMLSlideShow show = new org.apache.poi.xslf.usermodel.XMLSlideShow(
                Files.newInputStream(dir.resolve("pack.pptx")))) {
            assertThat(show.getSlides()).hasSize(1 + ExportChartCommand.CHARTS.size());
            assertThat(show.getPageSize().width).isEqualTo(960);
            var notes = show.getSlides().get(1).getNotes();
            assertThat(notes).isNotNull();
            String text = notes.getTextParagraphs().stream().flatMap(java.util.List::stream)
                    .map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("Leads reaching each stage", "channels: SEO");
            assertThat(show.getSlides().get(1).getShapes().get(0))
                    .isInstanceOf(org.apache.poi.xslf.usermodel.XSLFPictureShape.class);
        }
    }

    private Path demoWithScenarios() throws Exception {
        Path ws = demo();
        assertThat(Cli.run("scenario", "save", "Slow calls", "--workspace", ws.toString(),
                "--set", "nonTarget.minutesPerCall=30", "--note", "twice as long").exit()).isZero();
        assertThat(Cli.run("scenario", "save", "Win more", "--workspace", ws.toString(),
                "--set", "velocity.winRate=0.5").exit()).isZero();
        return ws;
    }

    @Test
    void aPdfPackWithScenariosEndsWithTheComparisonTableAndItsChart() throws Exception {
        Path ws = demoWithScenarios();
        Cli.Result r = Cli.run("export", "pack", "--workspace", ws.toString(), "--out", dir.resolve("pack.pdf").toString(),
                "--scenario", "Slow calls", "--scenario", "Win more");
        assertThat(r.exit()).as(r.err()).isZero();
        // the figures the comparison command prints for the same scenarios
        com.fasterxml.jackson.databind.JsonNode compared = Cli.run("scenario", "compare", "Slow calls", "Win more",
                "--workspace", ws.toString(), "--json").json();
        java.util.List<String> deltas = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode row : compared.get("rows")) {
            if (row.get("headline").asBoolean() && row.get("deltas").get(1).isNumber()
                    && row.get("deltas").get(1).asDouble() != 0) {
                double d = row.get("deltas").get(1).asDouble();
                deltas.add((d > 0 ? "+" : "−") + ScenarioCommand.plain(Math.abs(d)));
            }
        }
        assertThat(deltas).isNotEmpty();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("pack.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + ExportChartCommand.CHARTS.size() + 2);
            PDFTextStripper strip = new PDFTextStripper();
            strip.setStartPage(pdf.getNumberOfPages() - 1);
            strip.setEndPage(pdf.getNumberOfPages() - 1);
            String table = strip.getText(pdf);
            assertThat(table).contains("Scenario comparison: headline outputs", "Slow calls", "Win more", "baseline");
            for (String d : deltas) {
                assertThat(table).contains(d);
            }
            strip.setStartPage(pdf.getNumberOfPages());
            strip.setEndPage(pdf.getNumberOfPages());
            assertThat(strip.getText(pdf)).contains("baseline and scenarios", "Win more", "velocity");
        }
    }

    @Test
    void aPptxPackWithScenariosNamesWhatEachScenarioSetsInTheNotes() throws Exception {
        Path ws = demoWithScenarios();
        Cli.Result r = Cli.run("export", "pack", "--workspace", ws.toString(), "--out",
                dir.resolve("pack.pptx").toString(), "--scenario", "Win more", "--scenario", "Slow calls");
        assertThat(r.exit()).as(r.err()).isZero();
        try (org.apache.poi.xslf.usermodel.XMLSlideShow show = new org.apache.poi.xslf.usermodel.XMLSlideShow(
                Files.newInputStream(dir.resolve("pack.pptx")))) {
            assertThat(show.getSlides()).hasSize(1 + ExportChartCommand.CHARTS.size() + 2);
            var last = show.getSlides().get(show.getSlides().size() - 2);
            String text = last.getNotes().getTextParagraphs().stream().flatMap(java.util.List::stream)
                    .map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("Scenario comparison", "Slow calls — twice as long",
                    "nonTarget.minutesPerCall = 30", "velocity.winRate = 0.5");
        }
    }

    @Test
    void oneScenarioOrAnUnknownOneWritesNoPack() throws Exception {
        Path ws = demoWithScenarios();
        Cli.Result one = Cli.run("export", "pack", "--workspace", ws.toString(), "--out",
                dir.resolve("one.pdf").toString(), "--scenario", "Win more");
        assertThat(one.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(one.err()).contains("2 to 4 scenarios");
        Cli.Result unknown = Cli.run("export", "pack", "--workspace", ws.toString(), "--out",
                dir.resolve("two.pdf").toString(), "--scenario", "Win more", "--scenario", "Nope");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).contains("Nope").doesNotContain("Exception");
        assertThat(dir.resolve("one.pdf")).doesNotExist();
        assertThat(dir.resolve("two.pdf")).doesNotExist();
    }

    @Test
    void theChannelsChartListsChannelsLargestSpendFirstAsTheWindowDoes() throws Exception {
        Path ws = demo();
        java.util.List<String> order;
        try (Workspace w = Workspace.open(ws)) {
            order = org.funnellab.service.ChannelOrder.of(org.funnellab.service.Metrics.of(
                    new org.funnellab.service.MetricsService(w).select(org.funnellab.domain.Filters.ALL)));
        }
        assertThat(order).hasSizeGreaterThan(2);
        Cli.Result r = Cli.run("export", "chart", "channels", "--workspace", ws.toString(), "--format", "svg",
                "--out", dir.resolve("channels.svg").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // category labels are drawn top to bottom, in the order the chart lists them
        String svg = Files.readString(dir.resolve("channels.svg"));
        int at = -1;
        for (String channel : order) {
            int next = svg.indexOf(">" + (channel.isEmpty() ? "(no channel)" : channel) + "<");
            assertThat(next).as(channel).isGreaterThan(at);
            at = next;
        }
    }
}
