package org.funnellab.ui.common;

import org.funnellab.service.CacCostCategories;
import org.funnellab.service.ClvAssumptions;
import org.funnellab.service.MetricSettings;
import org.funnellab.service.SharedCosts;

import java.util.ArrayList;
import java.util.List;

/**
 * The workspace's metric settings in the user's words, one wording for every screen that names them: which costs
 * CAC counts, how shared costs reach a channel, and the CLV assumptions.
 */
public final class SettingsTexts {
    private final I18n i18n;
    private final Formats formats;

    public SettingsTexts(I18n i18n, Formats formats) {
        this.i18n = i18n;
        this.formats = formats;
    }

    /** "all costs (fully loaded)", "marketing costs only" or "custom set". */
    public String cacChoice(CacCostCategories c) {
        return i18n.get("settings.cacCosts." + c.choice().name());
    }

    /** The categories counted, translated and joined. */
    public String categories(CacCostCategories c) {
        List<String> names = new ArrayList<>();
        c.categoryNames().forEach(n -> names.add(i18n.get("costCategory." + n)));
        return names.isEmpty() ? i18n.get("settings.cacCosts.none") : String.join(", ", names);
    }

    /** "CAC counts: all costs (fully loaded): paid media, …" */
    public String cacCosts(CacCostCategories c) {
        return i18n.format("settings.cacCosts.line", cacChoice(c), categories(c));
    }

    public String sharedCosts(SharedCosts s) {
        return i18n.get("settings.sharedCosts." + s.name());
    }

    /** The CLV formula with the workspace's assumptions in it. */
    public String clv(ClvAssumptions a) {
        if (a.model() == ClvAssumptions.Model.SUBSCRIPTION) {
            return i18n.format("settings.clv.line.SUBSCRIPTION", formats.money(a.monthlyRevenuePerAccount()),
                    formats.percent(a.grossMargin()), formats.percent(a.monthlyChurn()));
        }
        return i18n.format("settings.clv.line.PURCHASES", formats.number(a.purchasesPerYear(), 2),
                formats.number(a.lifetimeYears(), 2), formats.percent(a.grossMargin()));
    }

    /** All three, one per line. */
    public String all(MetricSettings s) {
        return cacCosts(s.cacCosts()) + "\n" + sharedCosts(s.sharedCosts()) + "\n" + clv(s.clv());
    }
}
