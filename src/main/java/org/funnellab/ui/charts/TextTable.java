package org.funnellab.ui.charts;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

import java.util.HashMap;
import java.util.Map;

/**
 * Tooltips and bar labels written by the caller (already translated and formatted), looked up by series and item;
 * JFreeChart's pattern generators cannot say "WON 120 of 500 (24%)" in two languages.
 */
final class TextTable implements CategoryToolTipGenerator, CategoryItemLabelGenerator, XYToolTipGenerator {
    private final Map<Long, String> texts = new HashMap<>();

    void clear() {
        texts.clear();
    }

    void put(int series, int item, String text) {
        texts.put(((long) series << 32) | item, text);
    }

    private String get(int series, int item) {
        return texts.get(((long) series << 32) | item);
    }

    @Override
    public String generateToolTip(CategoryDataset dataset, int row, int column) {
        return get(row, column);
    }

    @Override
    public String generateToolTip(XYDataset dataset, int series, int item) {
        return get(series, item);
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return String.valueOf(dataset.getRowKey(row));
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return String.valueOf(dataset.getColumnKey(column));
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        return get(row, column);
    }
}
