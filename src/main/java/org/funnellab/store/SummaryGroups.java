package org.funnellab.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lead_summary and lead_loss_summary groups of a first import, added up on the writer thread as rows are written. A group is keyed
 * by the stored references (term ids) packed into primitives — month index, channel, campaign and owner in one long,
 * stage/status/target or target/loss reason in one int — so a row costs one hash lookup with a reused probe and no
 * allocation. Returns false (and the import leaves the summary to SQL) when a row's texts are not all dictionary ids
 * that fit, or past {@value #MAX_GROUPS} groups.
 */
final class SummaryGroups {
    /** Above this many groups the summary is left to SQL: free-text columns must not exhaust the heap. */
    static final int MAX_GROUPS = 200_000;

    private static final class Key {
        long dims;
        int state;
        int hash;

        Key set(long d, int s) {
            dims = d;
            state = s;
            hash = Long.hashCode(d * 0x9E3779B97F4A7C15L) * 31 + s;
            return this;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.dims == dims && k.state == state;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<Key, long[]> main = new HashMap<>();
    private final Map<Key, long[]> loss = new HashMap<>();
    private final Key probe = new Key();

    /**
     * Adds one lead (its {@link #monthIndex month index}, stored references, stage/status/target packed as {@code stage << 16 | status << 8 | target},
     * deal value in minor units, whole days created → closed or null); false when it cannot be kept here (see the class
     * comment): drop this object then.
     */
    boolean add(int month, Object channel, Object campaign, Object owner, int state, Object lossReason,
                Long minor, Integer cycleDays) {
        int ch = small(channel);
        int ca = small(campaign);
        int ow = small(owner);
        if (month < 0 || ch < 0 || ca < 0 || ow < 0) {
            return false;
        }
        long dims = (long) month << 48 | (long) ch << 32 | (long) ca << 16 | ow;
        long[] v = main.get(probe.set(dims, state));
        if (v == null) {
            v = new long[6];
            main.put(new Key().set(dims, state), v);
        }
        v[0]++;
        try {
            if (minor != null) {
                v[1] = Math.addExact(v[1], minor);
                v[2]++;
            }
            if (cycleDays != null) {
                if (cycleDays >= 0) {
                    v[3] = Math.addExact(v[3], cycleDays);
                    v[4]++;
                } else {
                    v[5]++; // closed before created: not a cycle, counted apart
                }
            }
        } catch (ArithmeticException e) {
            throw new WorkspaceException("The deal values of " + (month == 0 ? "undated leads" : month(month))
                    + " add up to more than can be stored; the import was not saved", e);
        }
        if ((state >>> 8 & 0xFF) == Terms.LOST) {
            int reason = small(lossReason);
            if (reason < 0) {
                return false;
            }
            int lossState = (state & 0xFF) << 16 | reason;
            long[] n = loss.get(probe.set(dims, lossState));
            if (n == null) {
                n = new long[1];
                loss.put(new Key().set(dims, lossState), n);
            }
            n[0]++;
        }
        return main.size() + loss.size() <= MAX_GROUPS;
    }

    /** The lead_summary groups keyed like {@link LeadSummary#MAIN}, texts looked up in {@code texts} (id → text). */
    Map<LeadBatchWriter.SummaryKey, long[]> main(Map<Integer, String> texts) {
        Map<LeadBatchWriter.SummaryKey, long[]> out = new LinkedHashMap<>();
        for (Map.Entry<Key, long[]> e : main.entrySet()) {
            long d = e.getKey().dims;
            int s = e.getKey().state;
            out.put(new LeadBatchWriter.MainKey(month((int) (d >>> 48)), text(texts, d >>> 32), text(texts, d >>> 16),
                    text(texts, d), texts.get(s >>> 16), texts.get(s >>> 8 & 0xFF), texts.get(s & 0xFF)), e.getValue());
        }
        return out;
    }

    /** The lead_loss_summary groups keyed like {@link LeadSummary#LOSS}. */
    Map<LeadBatchWriter.SummaryKey, long[]> loss(Map<Integer, String> texts) {
        Map<LeadBatchWriter.SummaryKey, long[]> out = new LinkedHashMap<>();
        for (Map.Entry<Key, long[]> e : loss.entrySet()) {
            long d = e.getKey().dims;
            int s = e.getKey().state;
            out.put(new LeadBatchWriter.LossKey(month((int) (d >>> 48)), text(texts, d >>> 32), text(texts, d >>> 16),
                    text(texts, d), texts.get(s >>> 16), text(texts, s)), e.getValue());
        }
        return out;
    }

    private static String text(Map<Integer, String> texts, long packed) {
        int id = (int) (packed & 0xFFFF);
        return id == 0 ? null : texts.get(id);
    }

    /** A term id that fits 16 bits (0 = no value), or -1. */
    private static int small(Object ref) {
        if (ref == null) {
            return 0;
        }
        return ref instanceof Integer i && i > 0 && i < 0x10000 ? i : -1;
    }

    /** The created month as year × 12 + month (1 …), 0 for undated, -1 when it does not fit 16 bits (years 0–5460). */
    static int monthIndex(java.time.LocalDateTime created) {
        if (created == null) {
            return 0;
        }
        int index = created.getYear() * 12 + created.getMonthValue();
        return created.getYear() >= 0 && index < 0x10000 ? index : -1;
    }

    private static String month(int index) {
        if (index == 0) {
            return null;
        }
        int year = (index - 1) / 12;
        int month = index - year * 12;
        return String.format("%04d-%02d", year, month);
    }
}
