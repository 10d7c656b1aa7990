package org.funnellab.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/** A group of KPI cards — name, value in large type, a detail line — drawn in a grid that fills the area. */
public final class CardsDrawing implements Drawing {
    /** One card as the screen shows it. */
    public record Card(String name, String value, String detail) {
    }

    private final List<Card> cards;
    private final ExportPalette palette;

    public CardsDrawing(List<Card> cards, ExportPalette palette) {
        this.cards = List.copyOf(cards);
        this.palette = palette;
    }

    /** Columns for {@code n} cards: up to 4 in a row, rows as even as possible. */
    static int columns(int n) {
        if (n <= 4) {
            return Math.max(1, n);
        }
        int rows = (n + 3) / 4;
        return (n + rows - 1) / rows;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        if (cards.isEmpty()) {
            return;
        }
        int cols = columns(cards.size());
        int rows = (cards.size() + cols - 1) / cols;
        double gap = 12;
        double w = (area.getWidth() - gap * (cols - 1)) / cols;
        double h = Math.min(118, (area.getHeight() - gap * (rows - 1)) / rows);
        Color muted = palette.muted();
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            double x = area.getX() + (i % cols) * (w + gap);
            double y = area.getY() + (i / cols) * (h + gap);
            RoundRectangle2D box = new RoundRectangle2D.Double(x, y, w, h, 10, 10);
            g.setPaint(palette.rule());
            g.setStroke(new BasicStroke(1f));
            g.draw(box);
            double pad = 12;
            double inner = w - 2 * pad;
            Font nameFont = PageRenderer.fitted(g, new Font(Font.SANS_SERIF, Font.PLAIN, 13), c.name(), inner, 8);
            Font valueFont = PageRenderer.fitted(g, new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(Math.min(30, h / 3.2))),
                    c.value(), inner, 9);
            Font detailFont = PageRenderer.fitted(g, new Font(Font.SANS_SERIF, Font.PLAIN, 11), c.detail(), inner, 7);
            double ty = y + pad;
            g.setFont(nameFont);
            FontMetrics fm = g.getFontMetrics();
            g.setPaint(muted);
            g.drawString(c.name(), (float) (x + pad), (float) (ty + fm.getAscent()));
            ty += fm.getHeight() + 4;
            g.setFont(valueFont);
            fm = g.getFontMetrics();
            g.setPaint(palette.text());
            g.drawString(c.value(), (float) (x + pad), (float) (ty + fm.getAscent()));
            ty += fm.getHeight() + 2;
            if (c.detail() != null && !c.detail().isBlank()) {
                g.setFont(detailFont);
                fm = g.getFontMetrics();
                g.setPaint(muted);
                g.drawString(c.detail(), (float) (x + pad), (float) (ty + fm.getAscent()));
            }
        }
    }
}
