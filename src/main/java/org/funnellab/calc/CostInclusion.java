package org.funnellab.calc;

import org.funnellab.domain.CostCategory;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Which cost categories a metric counts. Shared by the window and the command line so both report one CAC. */
public final class CostInclusion {
    /** Costs counted in CAC and cost per lead: marketing's own, not the sales team's salaries or office overhead. */
    public static final Set<CostCategory> MARKETING = Collections.unmodifiableSet(EnumSet.of(CostCategory.PAID_MEDIA,
            CostCategory.CONTENT, CostCategory.SOFTWARE, CostCategory.AGENCY, CostCategory.MARKETING_SALARIES,
            CostCategory.OTHER));

    private CostInclusion() {
    }
}
