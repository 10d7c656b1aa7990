package org.funnellab.store;

/** Leads of one group (a channel) split by target flag. */
public record TargetSplit(String key, long target, long nonTarget, long unknown) {
    public long leads() {
        return target + nonTarget + unknown;
    }
}
