package org.funnellab.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** The meeting pack's first page: a large title and the lines that say what the pack is about. */
public final class TitleDrawing implements Drawing {
    private final String title;
    private final List<String> lines;
    private final ExportPalette palette;

    public TitleDrawing(String title, List<String> lines, ExportPalette palette) {
        this.title = title;
        this.lines = List.copyOf(lines);
        this.palette = palette;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        double x = area.getX() + 40;
        double width = area.getWidth() - 80;
        double y = area.getY() + area.getHeight() * 0.32;
        g.setFont(PageRenderer.fitted(g, new Font(Font.SANS_SERIF, Font.BOLD, 40), title, width, 16));
        g.setPaint(palette.text());
        FontMetrics fm = g.getFontMetrics();
        g.drawString(title, (float) x, (float) y);
        y += fm.getDescent() + 28;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        fm = g.getFontMetrics();
        g.setPaint(palette.muted());
        for (String line : lines) {
            for (String part : PageRenderer.wrap(line, fm, width)) {
                g.drawString(part, (float) x, (float) (y + fm.getAscent()));
                y += fm.getHeight() + 4;
            }
        }
    }
}
