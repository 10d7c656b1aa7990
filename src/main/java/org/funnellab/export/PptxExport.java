package org.funnellab.export;

import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A meeting pack as PPTX (Apache POI): a 16:9 deck (13.33 × 7.5 in), each page a picture at slide resolution
 * (1920×1080 drawn at 2×) filling its slide, and the page's assumptions as the slide's speaker notes.
 */
public final class PptxExport {
    private PptxExport() {
    }

    public static byte[] toBytes(List<PackSlide> slides, ImageSize size, ExportPalette palette) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            Dimension page = new Dimension((int) Math.round(size.layoutWidth()), (int) Math.round(size.layoutHeight()));
            show.setPageSize(page);
            for (PackSlide s : slides) {
                byte[] png = PngExport.toBytes(s.page(), size, palette);
                XSLFPictureData picture = show.addPicture(png, PictureData.PictureType.PNG);
                XSLFSlide slide = show.createSlide();
                XSLFPictureShape shape = slide.createPicture(picture);
                shape.setAnchor(new Rectangle2D.Double(0, 0, page.width, page.height));
                if (s.speakerNotes() != null && !s.speakerNotes().isBlank()) {
                    XSLFNotes notes = show.getNotesSlide(slide);
                    for (XSLFTextShape placeholder : notes.getPlaceholders()) {
                        var type = placeholder.getTextType();
                        if (type == org.apache.poi.sl.usermodel.Placeholder.BODY) {
                            placeholder.setText(s.speakerNotes());
                        } else if (type == org.apache.poi.sl.usermodel.Placeholder.DATETIME) {
                            // the template's sample date would read as the meeting's
                            placeholder.setText("");
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            show.write(out);
            return out.toByteArray();
        }
    }

    public static void write(Path file, List<PackSlide> slides, ImageSize size, ExportPalette palette)
            throws IOException {
        AtomicFiles.write(file, toBytes(slides, size, palette));
    }
}
