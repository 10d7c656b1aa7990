package org.funnellab.importer;

import java.nio.charset.StandardCharsets;

/**
 * The ids seen in one import, kept as 64-bit hashes in an open-addressing table: about 16 bytes per id, so a
 * million-row file needs ~16 MB instead of the ~100 MB a set of strings would. Two different ids share a 64-bit
 * FNV-1a hash with negligible probability (~3·10⁻⁸ for a million ids); such a pair would only be misreported as a duplicate.
 */
final class IdSet {
    private long[] table = new long[1 << 12];
    private boolean hasZero;
    private int size;

    /** Adds the id; returns false when it was already present. */
    boolean add(String id) {
        long h = hash(id);
        if (h == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (size * 2 >= table.length) {
            grow();
        }
        return insert(table, h);
    }

    private boolean insert(long[] t, long h) {
        int mask = t.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (t[i] != 0) {
            if (t[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        t[i] = h;
        if (t == table) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (long h : old) {
            if (h != 0) {
                insert(table, h);
            }
        }
    }

    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
