package org.funnellab.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** A marketing or sales cost for one month. A null channel is a shared cost. */
public record CostEntry(YearMonth period, String channel, String campaign, CostCategory category,
                        BigDecimal amount, String currency) {
    public CostEntry {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
    }

    public boolean isShared() {
        return channel == null || channel.isBlank();
    }
}
