package org.funnellab.export;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** A page as a PNG bitmap of the chosen pixel size, drawn at the chosen scale, with its DPI in the file (pHYs). */
public final class PngExport {
    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    private PngExport() {
    }

    public static BufferedImage render(ExportPage page, ImageSize size, ExportPalette palette) {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(size.scale(), size.scale());
            PageRenderer.render(g, size.layoutWidth(), size.layoutHeight(), page, palette);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] encode(BufferedImage image, double dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            String dotsPerMetre = Long.toString(Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", dotsPerMetre);
            phys.setAttribute("pixelsPerUnitYAxis", dotsPerMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
            root.appendChild(phys);
            metadata.mergeTree(PNG_METADATA, root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return out.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    public static byte[] toBytes(ExportPage page, ImageSize size, ExportPalette palette) throws IOException {
        return encode(render(page, size, palette), size.dpi());
    }

    public static void write(Path file, ExportPage page, ImageSize size, ExportPalette palette) throws IOException {
        AtomicFiles.write(file, toBytes(page, size, palette));
    }
}
