package org.funnellab.domain;

/**
 * Canonical funnel stages, in order. A lead counts as having reached every stage up to its own.
 * SAL ("sales accepted") is treated as an alias of {@link #SQL}.
 */
public enum Stage {
    LEAD, MQL, SQL, OPPORTUNITY, WON;

    /** True when a lead whose furthest stage is {@code this} has also reached {@code other}. */
    public boolean hasReached(Stage other) {
        return ordinal() >= other.ordinal();
    }

    public Stage previous() {
        return this == LEAD ? null : values()[ordinal() - 1];
    }

    /** Parses a canonical name, accepting SAL as SQL; null when the text is not a canonical stage. */
    public static Stage parseCanonical(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.equals("SAL")) {
            return SQL;
        }
        for (Stage s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        return null;
    }
}
