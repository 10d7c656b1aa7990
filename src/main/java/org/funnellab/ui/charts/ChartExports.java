package org.funnellab.ui.charts;

import javafx.scene.Node;
import org.funnellab.export.Drawing;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What copy, export and presentation need from the charts without touching JFreeChart themselves: the chart shown by
 * a node as a {@link Drawing} with its title, and larger type for a projector.
 */
public final class ChartExports {
    private ChartExports() {
    }

    /** A chart ready to export: its title (may be empty) and how to draw it. */
    public record ChartPicture(String title, Drawing drawing) {
    }

    /** The chart {@code node} shows, when it is a chart. */
    public static Optional<ChartPicture> of(Node node) {
        if (node instanceof ChartViewer viewer && viewer.getChart() != null) {
            JFreeChart chart = viewer.getChart();
            String title = chart.getTitle() == null || chart.getTitle().getText() == null ? ""
                    : chart.getTitle().getText();
            return Optional.of(new ChartPicture(title, (g, area) -> chart.draw(g, area)));
        }
        return Optional.empty();
    }

    /** Every chart under {@code root}. */
    static List<JFreeChart> chartsUnder(Node root) {
        List<JFreeChart> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<JFreeChart> out) {
        if (n instanceof ChartViewer v && v.getChart() != null) {
            out.add(v.getChart());
        } else if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
            if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                collect(sp.getContent(), out);
            }
        }
    }

    /**
     * Scales the type of every chart under {@code root} by {@code factor} (titles, legends, axes, bar labels) and
     * returns how to put it back exactly.
     */
    public static Runnable enlargeType(Node root, float factor) {
        List<Runnable> restore = new ArrayList<>();
        for (JFreeChart chart : chartsUnder(root)) {
            Plot plot = chart.getPlot();
            plot.setNotify(false);
            try {
                for (int i = 0; i < chart.getSubtitleCount(); i++) {
                    Title t = chart.getSubtitle(i);
                    if (t instanceof TextTitle tt) {
                        scale(tt::getFont, tt::setFont, factor, restore);
                    } else if (t instanceof LegendTitle lt) {
                        scale(lt::getItemFont, lt::setItemFont, factor, restore);
                    }
                }
                if (chart.getTitle() != null) {
                    TextTitle tt = chart.getTitle();
                    scale(tt::getFont, tt::setFont, factor, restore);
                }
                List<Axis> axes = new ArrayList<>();
                if (plot instanceof CategoryPlot cp) {
                    for (int i = 0; i < cp.getDomainAxisCount(); i++) {
                        axes.add(cp.getDomainAxis(i));
                    }
                    for (int i = 0; i < cp.getRangeAxisCount(); i++) {
                        axes.add(cp.getRangeAxis(i));
                    }
                    for (int i = 0; i < cp.getRendererCount(); i++) {
                        if (cp.getRenderer(i) instanceof AbstractCategoryItemRenderer r) {
                            scaleItemLabels(r::getDefaultItemLabelFont, r::setDefaultItemLabelFont,
                                    r::getSeriesItemLabelFont, r::setSeriesItemLabelFont, factor, restore);
                        }
                    }
                } else if (plot instanceof XYPlot xp) {
                    for (int i = 0; i < xp.getDomainAxisCount(); i++) {
                        axes.add(xp.getDomainAxis(i));
                    }
                    for (int i = 0; i < xp.getRangeAxisCount(); i++) {
                        axes.add(xp.getRangeAxis(i));
                    }
                    for (int i = 0; i < xp.getRendererCount(); i++) {
                        if (xp.getRenderer(i) instanceof AbstractXYItemRenderer r) {
                            scaleItemLabels(r::getDefaultItemLabelFont, r::setDefaultItemLabelFont,
                                    r::getSeriesItemLabelFont, r::setSeriesItemLabelFont, factor, restore);
                        }
                    }
                }
                for (Axis a : axes) {
                    if (a != null) {
                        scale(a::getLabelFont, a::setLabelFont, factor, restore);
                        scale(a::getTickLabelFont, a::setTickLabelFont, factor, restore);
                    }
                }
            } finally {
                plot.setNotify(true);
            }
            chart.fireChartChanged();
        }
        return () -> {
            for (int i = restore.size() - 1; i >= 0; i--) {
                restore.get(i).run();
            }
        };
    }

    /** A renderer's item-label fonts: the default one and those of the first eight series that have their own. */
    private static void scaleItemLabels(Supplier<Font> getDefault, Consumer<Font> setDefault,
                                        java.util.function.IntFunction<Font> getSeries,
                                        java.util.function.BiConsumer<Integer, Font> setSeries, float factor,
                                        List<Runnable> restore) {
        scale(getDefault, setDefault, factor, restore);
        for (int s = 0; s < 8; s++) {
            int series = s;
            if (getSeries.apply(s) != null) {
                scale(() -> getSeries.apply(series), f -> setSeries.accept(series, f), factor, restore);
            }
        }
    }

    private static void scale(Supplier<Font> get, Consumer<Font> set, float factor, List<Runnable> restore) {
        Font f = get.get();
        if (f == null) {
            return;
        }
        set.accept(f.deriveFont(f.getSize2D() * factor));
        restore.add(() -> set.accept(f));
    }
}
