package org.funnellab.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lead_summary and lead_loss_summary groups of a first import, added up on the writer thread as rows are written. A group is keyed
 * by the stored references (term ids) packed into primitives — month index, channel, campaign and owner in one long,
 * stage/status/target or target/loss reason in one int — so a row costs one probe of a primitive table and no
 * allocation. Returns false (and the import leaves the summary to SQL) when a row's texts are not all dictionary ids
 * that fit, or past {@value #MAX_GROUPS} groups.
 */
final class SummaryGroups {
    /** Above this many groups the summary is left to SQL: free-text columns must not exhaust the heap. */
    static final int MAX_GROUPS = 200_000;

    /**
     * Groups in one open-addressing table: slot i holds the packed dimensions at {@code slots[2i]} and
     * {@code state << 32 | group + 1} at {@code slots[2i + 1]} (0 = empty), so a lookup reads one cache line, and the
     * group's totals sit side by side in {@code totals}.
     */
    private static final class Table {
        private final int width;
        private long[] slots = new long[2 * 1024];
        private long[] totals;
        private int size;

        Table(int width) {
            this.width = width;
            this.totals = new long[width * 512];
        }

        /** The offset in {@link #totals} of the group (dims, state), created when missing. */
        int group(long dims, int state) {
            int mask = slots.length / 2 - 1;
            int i = mix(dims, state) & mask;
            while (true) {
                long meta = slots[2 * i + 1];
                if (meta == 0) {
                    break;
                }
                if (slots[2 * i] == dims && (int) (meta >>> 32) == state) {
                    return ((int) meta - 1) * width;
                }
                i = (i + 1) & mask;
            }
            if ((size + 1) * 4 > (mask + 1) * 3) {
                grow();
                return group(dims, state);
            }
            slots[2 * i] = dims;
            slots[2 * i + 1] = (long) state << 32 | (size + 1);
            if ((size + 1) * width > totals.length) {
                totals = java.util.Arrays.copyOf(totals, totals.length * 2);
            }
            return size++ * width;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length / 2 - 1;
            for (int j = 0; j < old.length; j += 2) {
                if (old[j + 1] != 0) {
                    int i = mix(old[j], (int) (old[j + 1] >>> 32)) & mask;
                    while (slots[2 * i + 1] != 0) {
                        i = (i + 1) & mask;
                    }
                    slots[2 * i] = old[j];
                    slots[2 * i + 1] = old[j + 1];
                }
            }
        }

        private static int mix(long dims, int state) {
            long h = (dims ^ (long) state * 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
            return (int) (h ^ (h >>> 31) ^ (h >>> 47));
        }
    }

    private final Table main = new Table(6);
    private final Table loss = new Table(1);

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
        int g = main.group(dims, state);
        long[] v = main.totals;
        v[g]++;
        try {
            if (minor != null) {
                v[g + 1] = Math.addExact(v[g + 1], minor);
                v[g + 2]++;
            }
            if (cycleDays != null) {
                if (cycleDays >= 0) {
                    v[g + 3] = Math.addExact(v[g + 3], cycleDays);
                    v[g + 4]++;
                } else {
                    v[g + 5]++; // closed before created: not a cycle, counted apart
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
            int n = loss.group(dims, lossState); // may grow the totals: read them after
            loss.totals[n]++;
        }
        return main.size + loss.size <= MAX_GROUPS;
    }

    /** The lead_summary groups keyed like {@link LeadSummary#MAIN}, texts looked up in {@code texts} (id → text). */
    Map<LeadBatchWriter.SummaryKey, long[]> main(Map<Integer, String> texts) {
        Map<LeadBatchWriter.SummaryKey, long[]> out = new LinkedHashMap<>();
        each(main, (d, s, totals) -> out.put(new LeadBatchWriter.MainKey(month((int) (d >>> 48)), text(texts, d >>> 32),
                text(texts, d >>> 16), text(texts, d), texts.get(s >>> 16), texts.get(s >>> 8 & 0xFF),
                texts.get(s & 0xFF)), totals));
        return out;
    }

    /** The lead_loss_summary groups keyed like {@link LeadSummary#LOSS}. */
    Map<LeadBatchWriter.SummaryKey, long[]> loss(Map<Integer, String> texts) {
        Map<LeadBatchWriter.SummaryKey, long[]> out = new LinkedHashMap<>();
        each(loss, (d, s, totals) -> out.put(new LeadBatchWriter.LossKey(month((int) (d >>> 48)), text(texts, d >>> 32),
                text(texts, d >>> 16), text(texts, d), texts.get(s >>> 16), text(texts, s)), totals));
        return out;
    }

    private interface GroupVisitor {
        void visit(long dims, int state, long[] totals);
    }

    private static void each(Table t, GroupVisitor visitor) {
        for (int j = 0; j < t.slots.length; j += 2) {
            long meta = t.slots[j + 1];
            if (meta != 0) {
                int g = ((int) meta - 1) * t.width;
                visitor.visit(t.slots[j], (int) (meta >>> 32), java.util.Arrays.copyOfRange(t.totals, g, g + t.width));
            }
        }
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
