package org.funnellab.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One currency per workspace: amounts in it pass; the first amount that names a currency sets it when the workspace
 * has none yet; an amount in another currency is converted with a rate the user gave (units of the workspace
 * currency per unit of the other, so {@code USD=92.5} into RUB) or its row is rejected.
 */
final class CurrencyPolicy {
    private String currency;
    private final boolean preset;
    private final Map<String, BigDecimal> rates = new HashMap<>();

    /** {@code isWorkspaces}: false when {@code currency} is only proposed for a workspace that has none yet. */
    CurrencyPolicy(String currency, boolean isWorkspaces, Map<String, BigDecimal> rates) {
        this.currency = code(currency);
        this.preset = isWorkspaces && this.currency != null;
        rates.forEach((k, v) -> this.rates.put(code(k), v));
    }

    String currency() {
        return currency;
    }

    /** True when this import chose the workspace currency (it had none). */
    boolean setHere() {
        return !preset && currency != null;
    }

    private final Map<String, String> codes = new HashMap<>();

    /** The amount in the workspace currency; null when {@code from} is another currency without a rate. */
    BigDecimal convert(BigDecimal amount, String from) {
        // a currency column repeats a handful of spellings a million times: normalise each once
        String code = from == null ? null : codes.size() < 1000 ? codes.computeIfAbsent(from, CurrencyPolicy::code) : code(from);
        if (code == null) {
            return amount;
        }
        if (currency == null) {
            currency = code;
        }
        if (code.equals(currency)) {
            return amount;
        }
        BigDecimal rate = rates.get(code);
        return rate == null ? null : amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** An ISO-like code for what exports write: "руб.", "₽", "RUR" are RUB, "$" USD, "€" EUR; null for blank. */
    static String code(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "₽", "РУБ", "РУБ.", "Р.", "RUR", "РУБЛЬ", "РУБЛИ" -> "RUB";
            case "$", "US$" -> "USD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "₸" -> "KZT";
            default -> t;
        };
    }
}
