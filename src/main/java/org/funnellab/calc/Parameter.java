package org.funnellab.calc;

import java.util.Objects;

/**
 * One input of a what-if model: a stable id (also the translation key suffix), its unit and the slider range.
 *
 * @param assumption true when the value is not measured from data (minutes per call, salary, margin...):
 *                   the UI says so and remembers the user's value
 */
public record Parameter(String id, Unit unit, double min, double max, boolean assumption) {
    public Parameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        if (!(min <= max)) {
            throw new IllegalArgumentException(id + ": min " + min + " > max " + max);
        }
    }

    public double clamp(double v) {
        return Math.max(min, Math.min(max, v));
    }
}
