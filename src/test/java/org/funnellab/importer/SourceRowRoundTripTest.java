package org.funnellab.importer;

import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FilePreview;
import org.funnellab.importer.read.FormatDetector;
import org.funnellab.importer.read.ReadSettings;
import org.funnellab.importer.read.SourceRow;
import org.funnellab.importer.read.TableReader;
import org.funnellab.store.SourceRows;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit promise: every imported lead shows the row of the file it came from, exactly — for every preset fixture
 * and CRM export shape, imported as a user would (detected preset, default mapping) into a real workspace file.
 */
class SourceRowRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyLeadShowsItsFileRowExactly() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("fixtures", "crm", "real")) {
            try (Stream<Path> s = Files.list(resource(folder))) {
                s.filter(p -> p.toString().matches(".*\\.(csv|tsv|xls|xlsx)$"))
                        .filter(p -> !p.getFileName().toString().startsWith("costs_")).sorted().forEach(files::add);
            }
        }
        int checkedFiles = 0;
        long checkedRows = 0;
        for (Path file : files) {
            long n = roundTrip(file);
            if (n > 0) {
                checkedFiles++;
                checkedRows += n;
            }
        }
        assertThat(checkedFiles).as("files with imported leads").isGreaterThanOrEqualTo(15);
        assertThat(checkedRows).isGreaterThan(1_000);
    }

    /** Imports {@code file}; checks every lead's stored row against the file read again; returns how many. */
    private long roundTrip(Path file) throws IOException {
        ReadSettings settings;
        Mapping mapping;
        try {
            settings = FormatDetector.detect(file).settings();
            FilePreview preview = FilePreview.of(file, Presets.knownHeaders(), 5);
            mapping = Presets.bestMatch(preview.header()).defaultMapping(preview.header());
        } catch (RuntimeException | IOException e) {
            return 0; // a deliberately broken fixture
        }
        Path db = dir.resolve(file.getFileName() + ".funnellab.sqlite");
        try (Workspace ws = Workspace.open(db)) {
            try {
                new ImportService().importLeads(ws, file, settings, mapping, "auto", ProgressListener.NONE);
            } catch (RuntimeException e) {
                return 0; // a file the default mapping cannot import (the import tests cover why)
            }
            Map<Long, List<String>> rows = new HashMap<>();
            List<String> header;
            try (TableReader table = new TableReader(file, settings, Presets.knownHeaders())) {
                header = LeadRowMapper.uniqueKeys(table.header());
                while (table.hasNext()) {
                    SourceRow row = table.next();
                    rows.put(row.line(), row.cells());
                }
            }
            long checked = 0;
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, external_id FROM lead WHERE source_row IS NOT NULL")) {
                while (rs.next()) {
                    SourceRows.Record r = ws.sourceRow(rs.getLong(1)).orElseThrow();
                    assertThat(rows).as("%s: lead %s points at line %d", file.getFileName(), rs.getString(2), r.line())
                            .containsKey(r.line());
                    assertThat(r.cells()).as("%s line %d", file.getFileName(), r.line())
                            .containsExactlyElementsOf(rows.get(r.line()));
                    assertThat(r.header()).as("%s column names", file.getFileName())
                            .startsWith(header.subList(0, Math.min(header.size(), r.cells().size()))
                                    .toArray(String[]::new));
                    checked++;
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            assertThat(checked).as("%s: every lead has its row", file.getFileName())
                    .isEqualTo(count(db, "SELECT count(*) FROM lead"));
            return checked;
        }
    }

    private static long count(Path db, String sql) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path resource(String folder) throws URISyntaxException {
        return Path.of(SourceRowRoundTripTest.class.getResource(folder).toURI());
    }
}
