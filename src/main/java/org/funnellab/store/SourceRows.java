package org.funnellab.store;

import com.fasterxml.jackson.core.JsonParser;
import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The source rows of an import, kept for audit at a fraction of their size: records are packed
 * {@value #BLOCK_ROWS} to a block, each block compressed (Zstandard, one frame) and stored in {@code source_block}, keyed by the import and the
 * ordinal of its first record. A lead points at its record by (source_batch_id, source_row); the column names are kept
 * once per import ({@code import_batch.source_header}).
 *
 * <p>A record: varint line (0 = not known), varint {@code cells << 1 | ownKeys}, then (only with ownKeys: the record's
 * own column names, as many as cells) each cell as varint {@code UTF-8 length + 1} (0 = null) and its bytes. Own keys
 * carry rows moved from an older workspace whose stored object had other keys than the import's first row.
 */
public final class SourceRows {
    /** Records per block: big enough for the compressor to find the file's repetitions, small enough to read one row fast. */
    static final int BLOCK_ROWS = 1024;
    /** Characters a block holds at most (a file of very long cells makes shorter blocks, not huge ones). */
    static final int BLOCK_CHARS = 4 << 20;
    /**
     * Zstandard's fast level 1: a 189 MB export of a million leads compresses about 7 × in 0.3 s of one core; deflate's
     * fastest level took 1.1 s for 5.9 × (measured with the command-line tools on the same file).
     */
    static final int LEVEL = 1;

    /** One stored source row: where it was in the file, its column names and cells (same length). */
    public record Record(long line, List<String> header, List<String> cells) {
    }

    private SourceRows() {
    }

    /** Packs records into blocks; not thread-safe (one reading thread fills it). */
    static final class Packer {
        private byte[] buf = new byte[1 << 18];
        private int size;
        private int rows;
        private long firstRow;
        private long nextRow;

        Packer() {
            this(0);
        }

        /** A packer whose first record is the import's record {@code firstRow}. */
        Packer(long firstRow) {
            this.nextRow = firstRow;
        }

        /** Adds a record and returns its ordinal in the import. */
        long add(long line, List<String> keys, List<String> cells) {
            if (rows == 0) {
                firstRow = nextRow;
            }
            varint(line);
            varint((long) cells.size() << 1 | (keys == null ? 0 : 1));
            if (keys != null) {
                for (String k : keys) {
                    text(k);
                }
            }
            for (String c : cells) {
                text(c);
            }
            rows++;
            return nextRow++;
        }

        boolean full() {
            return rows >= BLOCK_ROWS || size > BLOCK_CHARS;
        }

        boolean isEmpty() {
            return rows == 0;
        }

        /** The block filled so far (uncompressed), and a fresh one begins. */
        Block take() {
            Block b = new Block(firstRow, rows, Arrays.copyOf(buf, size));
            size = 0;
            rows = 0;
            return b;
        }

        private void text(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            int n = s.length();
            boolean ascii = true;
            for (int i = 0; i < n; i++) {
                if (s.charAt(i) >= 0x80) {
                    ascii = false;
                    break;
                }
            }
            if (ascii) {
                varint(n + 1L);
                ensure(n);
                for (int i = 0; i < n; i++) {
                    buf[size++] = (byte) s.charAt(i);
                }
            } else {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                varint(b.length + 1L);
                ensure(b.length);
                System.arraycopy(b, 0, buf, size, b.length);
                size += b.length;
            }
        }

        private void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }
    }

    /** A block of records, uncompressed until {@link #compressed()}. */
    record Block(long firstRow, int rows, byte[] data) {
        /** The same block with its data compressed (CPU-heavy: run it off the reading thread). */
        Block compressed() {
            return new Block(firstRow, rows, Zstd.compress(data, LEVEL));
        }

        /** The same, with a context kept by the calling thread (no native workspace allocated per block). */
        Block compressed(ZstdCompressCtx context) {
            return new Block(firstRow, rows, context.compress(data));
        }
    }

    /** Stores compressed blocks of one import (on the connection's thread). */
    static void insert(Connection c, long batchId, List<Block> blocks) throws SQLException {
        if (blocks.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO source_block (import_batch_id, first_row, rows, data) VALUES (?, ?, ?, ?)")) {
            for (Block b : blocks) {
                ps.setLong(1, batchId);
                ps.setLong(2, b.firstRow());
                ps.setInt(3, b.rows());
                ps.setBytes(4, b.data());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A 32-bit digest of a row's cells: a re-import rewrites a lead whose source row changed, even in a column not mapped. */
    static int hash(List<String> cells) {
        int h = cells.size();
        for (String c : cells) {
            h = 31 * h + (c == null ? 0 : c.hashCode() * 17 + 1);
        }
        return h;
    }

    /** The stored source row of lead {@code leadId}, or null when it has none (generated data, a linked file's update). */
    static Record read(Connection c, long leadId) throws SQLException {
        long batch;
        long row;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT source_batch_id, source_row FROM lead_data WHERE id = ? AND source_row IS NOT NULL")) {
            ps.setLong(1, leadId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                batch = rs.getLong(1);
                row = rs.getLong(2);
            }
        }
        List<String> header = header(c, batch);
        try (PreparedStatement ps = c.prepareStatement("SELECT first_row, rows, data FROM source_block"
                + " WHERE import_batch_id = ? AND first_row <= ? ORDER BY first_row DESC LIMIT 1")) {
            ps.setLong(1, batch);
            ps.setLong(2, row);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || row >= rs.getLong(1) + rs.getInt(2)) {
                    throw new WorkspaceException("The source row of lead " + leadId + " is missing from the workspace"
                            + " (the file was changed by another program)");
                }
                return decode(decompress(rs.getBytes(3)), (int) (row - rs.getLong(1)), header);
            }
        }
    }

    /** A lead found by its CRM id, with the file and row it was last imported from (row null: none kept). */
    public record Found(String sourceSystem, String externalId, String fileName, Record row) {
    }

    /** Every lead with CRM id {@code externalId} (one per source system), with its source row. */
    static List<Found> find(Connection c, String externalId) throws SQLException {
        List<String> sources = Arrays.stream(org.funnellab.domain.SourceSystem.values()).map(DbValues::sourceId).toList();
        List<Found> out = new ArrayList<>();
        // one lookup of the key index per source system, whether its name is a dictionary id or stored inline
        try (PreparedStatement ps = c.prepareStatement("SELECT l.id, " + Terms.decode("l.source_ref")
                + ", b.file_name FROM lead_data l LEFT JOIN import_batch b ON b.id = l.source_batch_id"
                + " WHERE l.external_id = ? AND " + Terms.in("l.source_ref", sources.size()) + " ORDER BY l.id")) {
            int p = 1;
            ps.setString(p++, externalId);
            for (int twice = 0; twice < 2; twice++) {
                for (String source : sources) {
                    ps.setString(p++, source);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Found(rs.getString(2), externalId, rs.getString(3), read(c, rs.getLong(1))));
                }
            }
        }
        return out;
    }

    static List<String> header(Connection c, long batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT source_header FROM import_batch WHERE id = ?")) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                String json = rs.next() ? rs.getString(1) : null;
                return json == null ? List.of() : HeaderJson.read(json);
            }
        }
    }

    static byte[] decompress(byte[] data) {
        try {
            long size = Zstd.getFrameContentSize(data);
            if (size < 0 || size > Integer.MAX_VALUE - 8) {
                throw new WorkspaceException("A stored source block is damaged", null);
            }
            return Zstd.decompress(data, (int) size);
        } catch (ZstdException | IllegalArgumentException e) {
            throw new WorkspaceException("A stored source block is damaged", e);
        }
    }

    /** Record {@code index} of a decompressed block. Cells the header does not name get the key "#n" (1-based). */
    static Record decode(byte[] block, int index, List<String> header) {
        int[] pos = {0};
        for (int r = 0; ; r++) {
            long line = varint(block, pos);
            long shape = varint(block, pos);
            int n = (int) (shape >>> 1);
            List<String> keys = null;
            if ((shape & 1) != 0) {
                keys = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    keys.add(text(block, pos, r == index));
                }
            }
            List<String> cells = r == index ? new ArrayList<>(n) : null;
            for (int i = 0; i < n; i++) {
                String t = text(block, pos, r == index);
                if (cells != null) {
                    cells.add(t);
                }
            }
            if (r == index) {
                if (keys == null) {
                    keys = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        keys.add(i < header.size() ? header.get(i) : "#" + (i + 1));
                    }
                }
                return new Record(line, List.copyOf(keys), java.util.Collections.unmodifiableList(cells));
            }
        }
    }

    private static long varint(byte[] b, int[] pos) {
        long v = 0;
        int shift = 0;
        while (true) {
            byte x = b[pos[0]++];
            v |= (long) (x & 0x7F) << shift;
            if (x >= 0) {
                return v;
            }
            shift += 7;
        }
    }

    private static String text(byte[] b, int[] pos, boolean wanted) {
        long len = varint(b, pos);
        if (len == 0) {
            return null;
        }
        int n = (int) len - 1;
        String s = wanted ? new String(b, pos[0], n, StandardCharsets.UTF_8) : null;
        pos[0] += n;
        return s;
    }

    /**
     * Leaves only the source blocks some lead points at (a re-import that changed nothing, or leads since replaced,
     * leave blocks no lead reads). Returns how many blocks were dropped.
     */
    static int dropUnused(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TEMP TABLE used_block AS SELECT DISTINCT b.id FROM lead_data l"
                    + " JOIN source_block b ON b.import_batch_id = l.source_batch_id AND b.first_row = ("
                    + "SELECT max(first_row) FROM source_block WHERE import_batch_id = l.source_batch_id"
                    + " AND first_row <= l.source_row) WHERE l.source_row IS NOT NULL");
            int n = st.executeUpdate("DELETE FROM source_block WHERE id NOT IN (SELECT id FROM temp.used_block)");
            st.executeUpdate("DROP TABLE temp.used_block");
            return n;
        }
    }

    /** The import's column names as a JSON array (the same text in and out). */
    static final class HeaderJson {
        private static final ObjectMapper JSON = new ObjectMapper();

        private HeaderJson() {
        }

        static String write(List<String> header) {
            try {
                return JSON.writeValueAsString(header);
            } catch (IOException e) {
                throw new IllegalStateException("strings always serialise", e);
            }
        }

        static List<String> read(String json) {
            try {
                return List.of(JSON.readValue(json, String[].class));
            } catch (IOException | NullPointerException e) {
                throw new WorkspaceException("The column names of an import are damaged", e);
            }
        }
    }
}
