package org.funnellab.export;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every writer on real files, read back with an independent reader (ImageIO, the JDK's XML parser, PDFBox, POI). */
class ExportWritersTest {
    private static final Color DARK_BACKGROUND = new Color(0x0D1117);
    @TempDir
    Path dir;

    private static ExportPage chartPage(String title) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(5000, "Leads", "Lead");
        data.addValue(2376, "Leads", "MQL");
        data.addValue(968, "Leads", "SQL");
        JFreeChart chart = ChartFactory.createBarChart(title, "Stage", "Leads", data);
        chart.setBackgroundPaint(DARK_BACKGROUND);
        chart.getPlot().setBackgroundPaint(DARK_BACKGROUND);
        return new ExportPage(null, List.of("Filters: all channels", "Data: Jul 2025 — Dec 2026"), chart::draw);
    }

    private static ExportPalette lightFromDark() {
        return ExportPalette.light(c -> c.equals(DARK_BACKGROUND) ? Color.WHITE : c);
    }

    @Test
    void pngHasTheChosenPixelSizeAndDeclaresItsDpi() throws Exception {
        Path file = ExportFormat.PNG.withExtension(dir.resolve("funnel"));
        PngExport.write(file, chartPage("Funnel"), ImageSize.SLIDE, lightFromDark());

        assertThat(file.getFileName().toString()).isEqualTo("funnel.png");
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
        // a dark-theme chart exported on a light page: the corners are white
        assertThat(new Color(image.getRGB(5, 5))).isEqualTo(Color.WHITE);
        assertThat(new Color(image.getRGB(960, 540)).getRed()).isGreaterThan(200);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata md = reader.getImageMetadata(0);
            IIOMetadataNode root = (IIOMetadataNode) md.getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            double dpi = Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
            assertThat(dpi).isCloseTo(144, org.assertj.core.data.Offset.offset(0.1));
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
        }
    }

    @Test
    void aDarkPaletteKeepsTheDarkBackground() throws Exception {
        BufferedImage image = PngExport.render(chartPage("Funnel"), new ImageSize(640, 360, 1),
                ExportPalette.dark(c -> c));
        assertThat(new Color(image.getRGB(5, 5))).isEqualTo(DARK_BACKGROUND);
    }

    @Test
    void svgIsWellFormedXmlWithTheTitleAndNotesAsText() throws Exception {
        Path file = dir.resolve("funnel.svg");
        SvgExport.write(file, chartPage("Воронка: лиды по этапам"), 960, 540, lightFromDark());

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // the file names the SVG 1.0 DTD; parse without fetching it (tests run offline)
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        assertThat(doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getNodeName()
                : doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        NodeList texts = doc.getElementsByTagName("text");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            all.add(texts.item(i).getTextContent());
        }
        assertThat(all).contains("Воронка: лиды по этапам", "Filters: all channels", "Data: Jul 2025 — Dec 2026",
                "MQL");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("960");
    }

    @Test
    void pdfHasOneVectorPagePerSlideWithSearchableText() throws Exception {
        Path file = dir.resolve("pack.pdf");
        ExportPage cards = new ExportPage("Ключевые показатели", List.of("Period: all"),
                new CardsDrawing(List.of(new CardsDrawing.Card("Leads", "5,000", "278 per month"),
                        new CardsDrawing.Card("Win rate", "18.64%", "")), ExportPalette.light()));
        PdfExport.write(file, List.of(chartPage("Funnel: leads reaching each stage"), cards), 960, 540,
                lightFromDark(), "FunnelLab");

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isEqualTo(960f);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Funnel: leads reaching each stage", "Ключевые показатели", "18.64%",
                    "Data: Jul 2025 — Dec 2026");
            String ops = contentOf(first.getResources());
            assertThat(images(first.getResources())).isZero();
            assertThat(ops).containsPattern("\\sre\\s|\\sl\\s");
        }
    }

    private static String contentOf(PDResources res) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDFormXObject form) {
                try (InputStream in = form.getContents()) {
                    sb.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
                if (form.getResources() != null) {
                    sb.append(contentOf(form.getResources()));
                }
            }
        }
        return sb.toString();
    }

    private static int images(PDResources res) throws Exception {
        int n = 0;
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form && form.getResources() != null) {
                n += images(form.getResources());
            }
        }
        return n;
    }

    private static TableData sampleTable() {
        return new TableData("Plan", List.of("Channel", "Spend, ₽", "Leads"), List.of(
                List.of(TableData.Cell.text("=HYPERLINK(\"x\")"), TableData.Cell.number(302444.5, "302,445"),
                        TableData.Cell.number(63, "63")),
                List.of(TableData.Cell.text("+7 495"), TableData.Cell.number(-1200, "−1,200"),
                        TableData.Cell.number(0, "0")),
                List.of(TableData.Cell.text("-minus"), TableData.Cell.text("—"), TableData.Cell.number(1, "1")),
                List.of(TableData.Cell.text("@user"), TableData.Cell.number(0.5, "0.5"), TableData.Cell.number(2, "2")),
                List.of(TableData.Cell.text("Яндекс Директ"), TableData.Cell.number(1e6, "1,000,000"),
                        TableData.Cell.number(3, "3"))));
    }

    @Test
    void csvNeutralisesFormulaCellsAndKeepsNumbersPlain() throws Exception {
        Path file = dir.resolve("plan.csv");
        CsvExport.write(file, sampleTable());

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            r.forEach(rec -> rows.add(rec.getFields()));
        }
        assertThat(rows.get(0)).containsExactly("Channel", "Spend, ₽", "Leads");
        assertThat(rows.get(1)).containsExactly("'=HYPERLINK(\"x\")", "302444.5", "63");
        assertThat(rows.get(2)).containsExactly("'+7 495", "-1200", "0");
        assertThat(rows.get(3)).containsExactly("'-minus", "—", "1");
        assertThat(rows.get(4)).containsExactly("'@user", "0.5", "2");
        assertThat(rows.get(5)).containsExactly("Яндекс Директ", "1000000", "3");
    }

    @Test
    void xlsxHasTitleNotesHeaderAndTypedNumericCells() throws Exception {
        Path file = dir.resolve("plan.xlsx");
        XlsxExport.write(file, sampleTable(), List.of("Filters: all channels"));

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Plan");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Plan");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Filters: all channels");
            Row header = s.getRow(3);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Spend, ₽");
            Row first = s.getRow(4);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(302444.5);
            assertThat(s.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(-1200);
            assertThat(s.getRow(6).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Яндекс Директ");
        }
    }

    @Test
    void tabSeparatedTextHoldsTheDisplayedCells() {
        String tsv = sampleTable().toTsv();
        assertThat(tsv.lines().toList()).startsWith("Channel\tSpend, ₽\tLeads", "=HYPERLINK(\"x\")\t302,445\t63");
    }

    @Test
    void aMissingExtensionIsAddedAndAPresentOneKept() {
        assertThat(ExportFormat.PDF.withExtension(Path.of("a", "report")).getFileName().toString())
                .isEqualTo("report.pdf");
        assertThat(ExportFormat.PDF.withExtension(Path.of("Report.PDF")).getFileName().toString())
                .isEqualTo("Report.PDF");
        assertThat(ExportFormat.XLSX.withExtension(Path.of("plan.v2")).getFileName().toString())
                .isEqualTo("plan.v2.xlsx");
        assertThat(ExportFormat.ofFile(Path.of("x.SVG"))).isEqualTo(ExportFormat.SVG);
    }

    @Test
    void imageSizesParseAndRefuseNonsense() {
        ImageSize s = ImageSize.parse("1280×720", 1.5);
        assertThat(s.width()).isEqualTo(1280);
        assertThat(s.layoutWidth()).isEqualTo(1280 / 1.5);
        assertThat(s.dpi()).isEqualTo(108);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImageSize.parse("big", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WIDTHxHEIGHT");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImageSize.parse("0x10", 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongTableIsCutWithANoteInsteadOfOverflowing() throws Exception {
        List<List<TableData.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(List.of(TableData.Cell.text("row " + i), TableData.Cell.number(i, Integer.toString(i))));
        }
        TableData t = new TableData("Long", List.of("Name", "Value"), rows);
        byte[] pdf = PdfExport.toBytes(List.of(new ExportPage("Long", List.of(),
                new TableDrawing(t, ExportPalette.light(), "+%d more rows"))), 960, 540, ExportPalette.light(), "t");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("row 0").contains("more rows").doesNotContain("row 199");
        }
    }
}
