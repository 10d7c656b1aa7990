package org.funnellab.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.Plot;

/**
 * Shared shape of every chart: one chart in one {@link ChartViewer}, and updates that redraw once.
 * Only touch a chart on the FX thread: the canvas redraws synchronously.
 */
public abstract class FxChart {
    private JFreeChart chart;
    private ChartViewer viewer;
    private EmptyChart empty;

    /** Called once by the subclass constructor with the chart it built, styled here. */
    protected final void init(JFreeChart c, ChartStyle style) {
        style.apply(c);
        init(c);
        empty = EmptyChart.install(c, style);
    }

    /** Called once by the subclass constructor with the chart it built and styled itself. */
    protected final void init(JFreeChart c) {
        this.chart = c;
        // JFreeChart's own menu is English-only and exports at screen size; the app's copy/export menu replaces it.
        this.viewer = new ChartViewer(c, false);
        viewer.getStyleClass().add("chart-viewer");
        // ChartViewer installs its own menu whatever the constructor flag says: remove it.
        viewer.setOnContextMenuRequested(null);
    }

    /** For charts that style themselves: hide made-up ticks and say so while the data is empty or all zeros. */
    protected final void watchEmpty(ChartStyle style) {
        empty = EmptyChart.install(chart, style);
    }

    /** The chart's node for a layout; {@code id} lets tests and stylesheets find it. */
    public javafx.scene.layout.Region node(String id, double minHeight) {
        viewer.setId(id);
        viewer.setMinHeight(minHeight);
        viewer.setPrefHeight(minHeight);
        return viewer;
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Runs {@code change} with notifications off, so the chart redraws once afterwards. */
    protected final void batch(Runnable change) {
        Plot plot = chart.getPlot();
        plot.setNotify(false);
        try {
            change.run();
            if (empty != null) {
                empty.refresh();
            }
        } finally {
            plot.setNotify(true);
        }
    }
}
