package org.funnellab.app;

import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.whatif.NonTargetCostView;
import org.funnellab.ui.whatif.NonTargetCostViewModel;

import java.util.Locale;

/**
 * Composition root: builds the application's services and screens once, for one UI locale and theme,
 * and hands each its collaborators through its constructor.
 */
public final class AppContext {
    private final I18n i18n;
    private final Formats formats;
    private final boolean dark;

    public AppContext(Locale locale, String currency, boolean dark) {
        this.i18n = new I18n(locale);
        this.formats = new Formats(locale, currency);
        this.dark = dark;
    }

    public I18n i18n() {
        return i18n;
    }

    public Formats formats() {
        return formats;
    }

    public boolean dark() {
        return dark;
    }

    public ChartStyle chartStyle() {
        return new ChartStyle(dark, 1f);
    }

    public NonTargetCostViewModel nonTargetCostViewModel(NonTargetCostModel.Inputs baseline) {
        return new NonTargetCostViewModel(baseline, formats);
    }

    public NonTargetCostView nonTargetCostView(NonTargetCostViewModel vm) {
        return new NonTargetCostView(vm, i18n, chartStyle());
    }
}
