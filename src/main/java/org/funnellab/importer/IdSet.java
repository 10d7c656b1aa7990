package org.funnellab.importer;

/**
 * The ids seen in one import, kept as 64-bit hashes in 256 small open-addressing tables (load factor ≤ 0.75):
 * 11–21 bytes per id, so a million-row file needs ~16 MB instead of the ~100 MB a set of strings would, in pieces small
 * enough for a small heap to place. Two different ids share a 64-bit FNV-1a hash (over UTF-16 code units) with negligible probability
 * (~3·10⁻⁸ for a million ids); such a pair would only be misreported as a duplicate.
 */
final class IdSet {
    private static final int SHARDS = 256;
    private final long[][] tables = new long[SHARDS][];
    private final int[] sizes = new int[SHARDS];
    private boolean hasZero;

    /** Adds the id; returns false when it was already present. */
    boolean add(String id) {
        long h = hash(id);
        if (h == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        int shard = (int) (h >>> 56);
        long[] table = tables[shard];
        if (table == null) {
            table = new long[64];
            tables[shard] = table;
        } else if (sizes[shard] * 4L >= table.length * 3L) {
            table = grow(table);
            tables[shard] = table;
        }
        boolean added = insert(table, h);
        if (added) {
            sizes[shard]++;
        }
        return added;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 29)) & mask;
        while (table[i] != 0) {
            if (table[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        return true;
    }

    private static long[] grow(long[] old) {
        long[] table = new long[old.length * 2];
        for (long h : old) {
            if (h != 0) {
                insert(table, h);
            }
        }
        return table;
    }

    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            h ^= c & 0xFF;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
