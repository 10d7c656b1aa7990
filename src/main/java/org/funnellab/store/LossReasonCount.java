package org.funnellab.store;

import org.funnellab.domain.Target;

/** Lost leads with one loss reason (null = none given) and target flag. */
public record LossReasonCount(String reason, Target target, long leads) {
}
