package org.funnellab.export;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A table drawn as a picture: a bold header, numbers right-aligned, a rule under each row. Type shrinks until every
 * column fits the width at its widest cell; rows that do not fit the height are left off with a "+N more rows" note.
 */
public final class TableDrawing implements Drawing {
    private final TableData table;
    private final ExportPalette palette;
    private final String moreRows;

    /** {@code moreRows} is a pattern with one {@code %d}, in the reader's language. */
    public TableDrawing(TableData table, ExportPalette palette, String moreRows) {
        this.table = table;
        this.palette = palette;
        this.moreRows = moreRows;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        int n = table.columns().size();
        if (n == 0) {
            return;
        }
        float size = 18;
        double[] widths;
        double pad = 10;
        while (true) {
            widths = widths(g, size, pad);
            double total = 0;
            for (double w : widths) {
                total += w;
            }
            if (total <= area.getWidth() || size <= 6) {
                double extra = Math.max(0, area.getWidth() - total) / n;
                for (int i = 0; i < n; i++) {
                    widths[i] += extra;
                }
                break;
            }
            size -= 0.5f;
        }
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size));
        Font bold = plain.deriveFont(Font.BOLD);
        FontMetrics fm = g.getFontMetrics(plain);
        double rowH = fm.getHeight() + 8;
        double y = area.getY();
        g.setStroke(new BasicStroke(1f));
        drawRow(g, area.getX(), y, rowH, widths, table.columns(), null,
                bold, pad);
        y += rowH;
        g.setPaint(palette.text());
        g.draw(new Line2D.Double(area.getX(), y, area.getMaxX(), y));
        int maxRows = (int) Math.floor((area.getMaxY() - y) / rowH);
        List<List<TableData.Cell>> rows = table.rows();
        boolean cut = rows.size() > maxRows;
        int shown = cut ? Math.max(0, maxRows - 1) : rows.size();
        for (int r = 0; r < shown; r++) {
            List<TableData.Cell> row = rows.get(r);
            drawRow(g, area.getX(), y, rowH, widths, row.stream().map(TableData.Cell::text).toList(), row, plain, pad);
            y += rowH;
            g.setPaint(palette.rule());
            g.draw(new Line2D.Double(area.getX(), y, area.getMaxX(), y));
        }
        if (cut) {
            g.setFont(plain);
            g.setPaint(palette.muted());
            g.drawString(String.format(moreRows, rows.size() - shown), (float) (area.getX() + pad),
                    (float) (y + 4 + fm.getAscent()));
        }
    }

    private double[] widths(Graphics2D g, float size, double pad) {
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size));
        FontMetrics fm = g.getFontMetrics(plain);
        FontMetrics bm = g.getFontMetrics(plain.deriveFont(Font.BOLD));
        double[] w = new double[table.columns().size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = bm.stringWidth(table.columns().get(c)) + 2 * pad;
            for (List<TableData.Cell> row : table.rows()) {
                if (c < row.size()) {
                    w[c] = Math.max(w[c], fm.stringWidth(row.get(c).text()) + 2 * pad);
                }
            }
        }
        return w;
    }

    private void drawRow(Graphics2D g, double x0, double y, double h, double[] widths, List<String> texts,
                         List<TableData.Cell> cells, Font font, double pad) {
        g.setFont(font);
        g.setPaint(palette.text());
        FontMetrics fm = g.getFontMetrics();
        double x = x0;
        for (int c = 0; c < widths.length && c < texts.size(); c++) {
            String t = texts.get(c);
            boolean right = cells != null ? cells.get(c).numeric() : c > 0 && numericColumn(c);
            double tx = right ? x + widths[c] - pad - fm.stringWidth(t) : x + pad;
            g.drawString(t, (float) tx, (float) (y + (h - fm.getHeight()) / 2 + fm.getAscent()));
            x += widths[c];
        }
    }

    private boolean numericColumn(int c) {
        return !table.rows().isEmpty() && table.rows().stream().allMatch(r -> c < r.size() && r.get(c).numeric());
    }
}
