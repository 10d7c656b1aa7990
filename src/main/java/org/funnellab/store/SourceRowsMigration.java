package org.funnellab.store;

import com.fasterxml.jackson.core.JsonParser;
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
import java.util.List;

/** The Java half of schema version 7: each lead's stored JSON row of an older workspace becomes a packed source row. */
final class SourceRowsMigration {
    private SourceRowsMigration() {
    }

    /**
     * Turns the raw JSON rows an older workspace kept per lead (moved to {@code legacy_raw_row} by schema version 7)
     * into source blocks, in the order the script numbered them, then drops that table. A row whose keys differ from
     * its import's first row keeps its own keys; the file line is not known for them (0).
     */
    static void run(Connection c) throws SQLException {
        ObjectMapper json = new ObjectMapper();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT import_batch_id, raw_row FROM legacy_raw_row"
                     + " ORDER BY import_batch_id, id");
             PreparedStatement setHeader = c.prepareStatement(
                     "UPDATE import_batch SET source_header = ? WHERE id = ?")) {
            Long batch = null;
            List<String> header = null;
            SourceRows.Packer packer = new SourceRows.Packer();
            List<SourceRows.Block> done = new ArrayList<>();
            while (rs.next()) {
                long b = rs.getLong(1);
                if (batch == null || b != batch) {
                    flush(c, batch, packer, done);
                    batch = b;
                    header = null;
                    packer = new SourceRows.Packer();
                }
                byte[] raw = rs.getBytes(2);
                List<String> keys = new ArrayList<>();
                List<String> cells = new ArrayList<>();
                parse(json, raw, keys, cells);
                if (header == null) {
                    header = keys;
                    setHeader.setString(1, SourceRows.HeaderJson.write(header));
                    setHeader.setLong(2, b);
                    setHeader.executeUpdate();
                }
                packer.add(0, keys.equals(header) ? null : keys, cells);
                if (packer.full()) {
                    done.add(packer.take().compressed());
                    if (done.size() >= 16) {
                        SourceRows.insert(c, batch, done);
                        done.clear();
                    }
                }
            }
            flush(c, batch, packer, done);
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE legacy_raw_row");
        }
    }

    private static void flush(Connection c, Long batch, SourceRows.Packer packer,
                              List<SourceRows.Block> done) throws SQLException {
        if (batch == null) {
            return;
        }
        if (!packer.isEmpty()) {
            done.add(packer.take().compressed());
        }
        SourceRows.insert(c, batch, done);
        done.clear();
    }

    /** A stored raw row {"key": "cell", ...}; text that is not such an object becomes one cell under the key "raw". */
    private static void parse(ObjectMapper json, byte[] raw, List<String> keys, List<String> cells) {
        try (JsonParser p = json.getFactory().createParser(raw)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                List<String> k = new ArrayList<>();
                List<String> v = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    k.add(p.getCurrentName());
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.VALUE_NULL) {
                        v.add(null);
                    } else if (value.isScalarValue()) {
                        v.add(p.getText());
                    } else {
                        p.skipChildren();
                        v.add(null);
                    }
                }
                if (t == JsonToken.END_OBJECT) {
                    keys.addAll(k);
                    cells.addAll(v);
                    return;
                }
            }
        } catch (IOException e) {
            // not a JSON object: kept as text below
        }
        keys.add("raw");
        cells.add(new String(raw, StandardCharsets.UTF_8));
    }

}
