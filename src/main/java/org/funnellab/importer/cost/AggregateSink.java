package org.funnellab.importer.cost;

import org.funnellab.domain.FunnelAggregateRow;
import org.funnellab.importer.RejectedRow;

/** Receives aggregated funnel rows in file order, and rejected rows. */
public interface AggregateSink {
    void accept(FunnelAggregateRow row);

    void reject(RejectedRow row);
}
