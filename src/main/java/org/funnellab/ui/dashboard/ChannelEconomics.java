package org.funnellab.ui.dashboard;

import org.funnellab.domain.MetricValue;

/**
 * CAC and CLV of one channel ("" = leads without a channel) for the CAC-vs-CLV chart.
 *
 * @param cac       the channel's costs (own plus attributed shared costs) ÷ its WON leads
 * @param clv       CLV under the workspace's CLV assumptions (undefined when no won deal has a value)
 * @param ltvToCac  CLV ÷ CAC
 */
public record ChannelEconomics(String channel, long leads, long won, MetricValue cac, MetricValue clv,
                               MetricValue ltvToCac) {
}
