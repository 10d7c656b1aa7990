package org.funnellab.ui.whatif.tools;

import org.funnellab.calc.BudgetPlannerModel;
import org.funnellab.calc.Unit;
import org.funnellab.ui.common.I18n;

import java.text.NumberFormat;
import java.util.Locale;

/** Names of a model's inputs and outputs for the tools, and number formats for their chart axes. */
public final class ToolLabels {
    private ToolLabels() {
    }

    /**
     * The translated name of a parameter ({@code <modelId>.param.<id>}). The budget planner's spend sliders are one
     * per channel and named after the channel as the data spells it, so they have no key: the channel is shown as is.
     */
    public static String parameter(I18n i18n, String modelId, String parameterId) {
        String key = modelId + ".param." + parameterId;
        if (!i18n.has(key) && parameterId.startsWith(BudgetPlannerModel.SPEND_PREFIX)) {
            return i18n.format("tools.param.spend", parameterId.substring(BudgetPlannerModel.SPEND_PREFIX.length()));
        }
        return i18n.get(key);
    }

    /** The translated name of an output ({@code <modelId>.output.<id>}). */
    public static String output(I18n i18n, String modelId, String outputId) {
        return i18n.get(modelId + ".output." + outputId);
    }

    /** Axis numbers for a unit: shares as percent, everything else as grouped numbers. */
    public static NumberFormat axisFormat(Locale locale, Unit unit) {
        NumberFormat f = unit == Unit.SHARE ? NumberFormat.getPercentInstance(locale)
                : NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(unit == Unit.SHARE || unit == Unit.RATIO || unit == Unit.FACTOR ? 1 : 0);
        if (unit == Unit.HOURS || unit == Unit.COUNT || unit == Unit.PEOPLE) {
            f.setMaximumFractionDigits(1);
        }
        return f;
    }
}
