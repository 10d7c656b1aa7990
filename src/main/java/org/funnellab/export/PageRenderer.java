package org.funnellab.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one {@link ExportPage} on a page of layout size {@code width × height} (points): background, title, the
 * body, and the notes (filters, date range) in small type beneath it. The same code draws PNG, SVG and PDF pages.
 */
public final class PageRenderer {
    static final double MARGIN = 20;

    private PageRenderer() {
    }

    public static void render(Graphics2D g, double width, double height, ExportPage page, ExportPalette palette) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setPaint(palette.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double top = MARGIN;
        double textWidth = width - 2 * MARGIN;
        if (page.title() != null && !page.title().isBlank()) {
            Font titleFont = fitted(g, new Font(Font.SANS_SERIF, Font.BOLD, 20), page.title(), textWidth, 11);
            g.setFont(titleFont);
            g.setPaint(palette.text());
            FontMetrics fm = g.getFontMetrics();
            g.drawString(page.title(), (float) MARGIN, (float) (top + fm.getAscent()));
            top += fm.getHeight() + 8;
        }
        Font noteFont = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        g.setFont(noteFont);
        FontMetrics nm = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        for (String note : page.notes()) {
            lines.addAll(wrap(note, nm, textWidth));
        }
        double notesHeight = lines.isEmpty() ? 0 : lines.size() * nm.getHeight() + 8;
        double bodyHeight = Math.max(10, height - top - MARGIN - notesHeight);
        Rectangle2D area = new Rectangle2D.Double(MARGIN, top, textWidth, bodyHeight);
        Graphics2D body = (Graphics2D) new RecolouringGraphics2D((Graphics2D) g.create(), palette.recolour());
        try {
            body.clip(area);
            page.body().draw(body, area);
        } finally {
            body.dispose();
        }
        g.setFont(noteFont);
        g.setPaint(palette.muted());
        double y = height - MARGIN - notesHeight + 8 + nm.getAscent();
        for (String line : lines) {
            g.drawString(line, (float) MARGIN, (float) y);
            y += nm.getHeight();
        }
    }

    /** The font at {@code base}'s size or smaller (down to {@code min}) so that {@code text} fits {@code width}. */
    static Font fitted(Graphics2D g, Font base, String text, double width, float min) {
        Font f = base;
        while (f.getSize2D() > min && g.getFontMetrics(f).stringWidth(text) > width) {
            f = f.deriveFont(f.getSize2D() - 1);
        }
        return f;
    }

    /** Greedy word wrap to {@code width}. */
    static List<String> wrap(String text, FontMetrics fm, double width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) > width && !line.isEmpty()) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
