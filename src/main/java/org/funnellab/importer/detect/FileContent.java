package org.funnellab.importer.detect;

import org.funnellab.importer.cost.CostImport;
import org.funnellab.importer.cost.FunnelAggregateImport;

import java.util.List;

/** What a file holds, read from its header: deals or leads, a cost sheet, or aggregated funnel rows. */
public enum FileContent {
    LEADS, COSTS, FUNNEL;

    /**
     * The kind {@code header} reads as. A header that binds a lead id and a stage is leads whatever else it has;
     * otherwise aggregated funnel columns (month, leads, MQL, SQL, won…) or cost columns (month, amount, channel or
     * category) decide; leads when nothing does.
     */
    public static FileContent of(List<String> header) {
        ColumnDetector.Detection d = ColumnDetector.detect(header, List.of());
        boolean leads = d.bound().contains(org.funnellab.importer.mapping.ColumnRole.EXTERNAL_ID)
                && d.bound().contains(org.funnellab.importer.mapping.ColumnRole.STAGE);
        if (leads) {
            return LEADS;
        }
        if (FunnelAggregateImport.looksLikeFunnelRows(header)) {
            return FUNNEL;
        }
        if (CostImport.looksLikeCostSheet(header)) {
            return COSTS;
        }
        return LEADS;
    }
}
