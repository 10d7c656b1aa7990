package org.funnellab.importer.parse;

import java.math.BigDecimal;
import java.util.Objects;

/** An exact amount with the currency found next to it (null when the text carried none). */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
    }
}
