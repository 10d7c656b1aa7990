package org.funnellab.export;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.Dimension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A page as SVG (Apache Batik): shapes stay vector and text stays text, so it can be edited and searched. */
public final class SvgExport {
    private SvgExport() {
    }

    public static byte[] toBytes(ExportPage page, double width, double height, ExportPalette palette)
            throws IOException {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder", e);
        }
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
        ctx.setComment("FunnelLab");
        ctx.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(ctx, false);
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(width), (int) Math.ceil(height)));
        PageRenderer.render(g, width, height, page, palette);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            g.stream(w, true);
        }
        g.dispose();
        return out.toByteArray();
    }

    public static void write(Path file, ExportPage page, double width, double height, ExportPalette palette)
            throws IOException {
        AtomicFiles.write(file, toBytes(page, width, height, palette));
    }
}
