package org.funnellab.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages as a vector PDF (Apache PDFBox + pdfbox-graphics2d): every page is {@code width × height} points. Text is
 * real text in an embedded subset of a system sans-serif font (DejaVu Sans, Liberation Sans, Arial…) so Cyrillic
 * and Latin can be searched and copied; when no such font file is found the glyphs are drawn as vector outlines.
 */
public final class PdfExport {
    private static final List<String> REGULAR = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "C:/Windows/Fonts/arial.ttf", "/System/Library/Fonts/Supplemental/Arial.ttf", "/Library/Fonts/Arial.ttf");
    private static final List<String> BOLD = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
            "C:/Windows/Fonts/arialbd.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
            "/Library/Fonts/Arial Bold.ttf");

    private PdfExport() {
    }

    public static byte[] toBytes(List<ExportPage> pages, double width, double height, ExportPalette palette,
                                 String documentTitle) throws IOException {
        try (PDDocument doc = new PDDocument(); EmbeddedFonts fonts = new EmbeddedFonts()) {
            for (ExportPage page : pages) {
                PDPage pdfPage = new PDPage(new PDRectangle((float) width, (float) height));
                doc.addPage(pdfPage);
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) width, (float) height);
                g.setFontTextDrawer(fonts);
                try {
                    PageRenderer.render(g, width, height, page, palette);
                } finally {
                    g.dispose();
                }
                PDFormXObject form = g.getXFormObject();
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
                    cs.drawForm(form);
                }
            }
            doc.getDocumentInformation().setTitle(documentTitle);
            doc.getDocumentInformation().setCreator("FunnelLab");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static void write(Path file, List<ExportPage> pages, double width, double height, ExportPalette palette,
                             String documentTitle) throws IOException {
        AtomicFiles.write(file, toBytes(pages, width, height, palette, documentTitle));
    }

    /** Maps every AWT font to an embedded system TrueType font (plain or bold), loaded once per document. */
    private static final class EmbeddedFonts extends PdfBoxGraphics2DFontTextDrawer {
        private final Map<Boolean, PDFont> loaded = new HashMap<>();
        private final Map<Boolean, File> files = new HashMap<>();

        EmbeddedFonts() {
            files.put(false, firstExisting(REGULAR));
            files.put(true, firstExisting(BOLD));
            if (files.get(true) == null) {
                files.put(true, files.get(false));
            }
        }

        private static File firstExisting(List<String> paths) {
            return paths.stream().map(File::new).filter(File::isFile).findFirst().orElse(null);
        }

        @Override
        protected PDFont mapFont(Font font, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env) throws IOException {
            boolean bold = font.isBold();
            File file = files.get(bold);
            if (file == null) {
                return null;
            }
            PDFont f = loaded.get(bold);
            if (f == null) {
                f = PDType0Font.load(env.getDocument(), file);
                loaded.put(bold, f);
            }
            return f;
        }
    }
}
