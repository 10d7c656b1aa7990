package org.funnellab.store;

/**
 * A set of 64-bit hashes with open addressing: about 16 bytes per entry, where a set of a million id strings
 * would take a hundred megabytes. Used to spot repeated lead ids during a first import.
 */
final class LongHashSet {
    private long[] slots = new long[1 << 16];
    private int size;

    /** Adds {@code value}; false when it was already present. */
    boolean add(long value) {
        long v = value == 0 ? 1 : value;
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (v ^ (v >>> 32)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }

    /** A 64-bit hash of a lead's key (FNV-1a over both strings, then a murmur finalizer to spread the bits). */
    static long keyHash(String sourceId, String externalId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < sourceId.length(); i++) {
            h = (h ^ sourceId.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0xFFFF) * 0x100000001b3L;
        for (int i = 0; i < externalId.length(); i++) {
            h = (h ^ externalId.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
