package org.funnellab.importer.cost;

import org.funnellab.domain.CostEntry;
import org.funnellab.importer.RejectedRow;

/** Receives cost entries in file order (a split row's months in calendar order) and rejected rows. */
public interface CostSink {
    void accept(CostEntry entry);

    void reject(RejectedRow row);
}
