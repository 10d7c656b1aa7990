package org.funnellab.service;

import org.funnellab.store.Settings;

import java.util.Locale;

/**
 * The workspace settings every figure depends on, stored in the workspace's {@code setting} table so that the
 * window and the command line read the same ones: which costs CAC counts, how shared costs reach a channel, and the
 * CLV assumptions. Unreadable stored values fall back to the defaults rather than failing a whole screen.
 */
public record MetricSettings(CacCostCategories cacCosts, SharedCosts sharedCosts, ClvAssumptions clv) {
    public static final String CAC_COSTS = "cac.costCategories";
    public static final String SHARED_COSTS = "cac.sharedCosts";
    public static final String CLV_MODEL = "clv.model";
    public static final String CLV_PURCHASES_PER_YEAR = "clv.purchasesPerYear";
    public static final String CLV_LIFETIME_YEARS = "clv.lifetimeYears";
    public static final String CLV_GROSS_MARGIN = "clv.grossMargin";
    public static final String CLV_ARPA = "clv.monthlyRevenuePerAccount";
    public static final String CLV_CHURN = "clv.monthlyChurn";

    /** Fully loaded CAC, shared costs by lead share, {@link ClvAssumptions#DEFAULT}. */
    public static final MetricSettings DEFAULT = new MetricSettings(CacCostCategories.ALL, SharedCosts.BY_LEAD_SHARE,
            ClvAssumptions.DEFAULT);

    public MetricSettings {
        cacCosts = cacCosts == null ? CacCostCategories.ALL : cacCosts;
        sharedCosts = sharedCosts == null ? SharedCosts.BY_LEAD_SHARE : sharedCosts;
        clv = clv == null ? ClvAssumptions.DEFAULT : clv;
    }

    public MetricSettings withCacCosts(CacCostCategories c) {
        return new MetricSettings(c, sharedCosts, clv);
    }

    public MetricSettings withSharedCosts(SharedCosts s) {
        return new MetricSettings(cacCosts, s, clv);
    }

    public MetricSettings withClv(ClvAssumptions a) {
        return new MetricSettings(cacCosts, sharedCosts, a);
    }

    /** The settings stored in a workspace, defaults for what is absent or unreadable. */
    public static MetricSettings read(Settings s) {
        CacCostCategories cac = CacCostCategories.ALL;
        try {
            cac = s.get(CAC_COSTS).map(CacCostCategories::parse).orElse(CacCostCategories.ALL);
        } catch (IllegalArgumentException e) {
            // a value written by hand that names no category: the default, not a broken screen
        }
        SharedCosts shared = SharedCosts.BY_LEAD_SHARE;
        try {
            shared = s.get(SHARED_COSTS).map(v -> SharedCosts.valueOf(v.strip().toUpperCase(Locale.ROOT)))
                    .orElse(SharedCosts.BY_LEAD_SHARE);
        } catch (IllegalArgumentException e) {
            // unknown value: default
        }
        ClvAssumptions d = ClvAssumptions.DEFAULT;
        ClvAssumptions clv;
        try {
            ClvAssumptions.Model model = s.get(CLV_MODEL)
                    .map(v -> ClvAssumptions.Model.valueOf(v.strip().toUpperCase(Locale.ROOT))).orElse(d.model());
            clv = new ClvAssumptions(model, s.getDouble(CLV_PURCHASES_PER_YEAR, d.purchasesPerYear()),
                    s.getDouble(CLV_LIFETIME_YEARS, d.lifetimeYears()), s.getDouble(CLV_GROSS_MARGIN, d.grossMargin()),
                    s.getDouble(CLV_ARPA, d.monthlyRevenuePerAccount()), s.getDouble(CLV_CHURN, d.monthlyChurn()));
        } catch (IllegalArgumentException e) {
            clv = d;
        }
        return new MetricSettings(cac, shared, clv);
    }

    /** Stores every setting in the workspace. */
    public void write(Settings s) {
        s.put(CAC_COSTS, cacCosts.text());
        s.put(SHARED_COSTS, sharedCosts.name());
        s.put(CLV_MODEL, clv.model().name());
        s.put(CLV_PURCHASES_PER_YEAR, clv.purchasesPerYear());
        s.put(CLV_LIFETIME_YEARS, clv.lifetimeYears());
        s.put(CLV_GROSS_MARGIN, clv.grossMargin());
        s.put(CLV_ARPA, clv.monthlyRevenuePerAccount());
        s.put(CLV_CHURN, clv.monthlyChurn());
    }
}
