package org.funnellab.service;

import org.funnellab.domain.MetricValue;

/**
 * Unit economics of one slice (the selection, or one channel): every cost figure counts the categories of
 * {@link MetricSettings#cacCosts()}; CLV and payback follow {@link MetricSettings#clv()}.
 *
 * @param channel          channel name; "" for leads without a channel; null for the whole selection
 * @param costs            costs counted (its own plus attributed shared costs for a channel)
 * @param cac              costs ÷ WON
 * @param costPerLead      costs ÷ leads
 * @param costPerTargetLead costs ÷ TARGET leads
 * @param averageDeal      won revenue ÷ won leads with a value
 * @param clv              see {@link ClvAssumptions}
 * @param ltvToCac         CLV ÷ CAC
 * @param paybackMonths    CAC ÷ monthly gross profit per customer
 */
public record Economics(String channel, long leads, long targetLeads, long won, MetricValue costs, MetricValue cac,
                        MetricValue costPerLead, MetricValue costPerTargetLead, MetricValue averageDeal,
                        MetricValue clv, MetricValue ltvToCac, MetricValue paybackMonths) {
}
