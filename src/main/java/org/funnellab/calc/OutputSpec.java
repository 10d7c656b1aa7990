package org.funnellab.calc;

import java.util.Objects;

/** One output of a what-if model: a stable id (translation key suffix) and its unit. */
public record OutputSpec(String id, Unit unit) {
    public OutputSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
    }
}
