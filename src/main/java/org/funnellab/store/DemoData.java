package org.funnellab.store;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.funnellab.domain.CostEntry;
import org.funnellab.domain.Lead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * The clearly labelled demo workspace and a large CSV for benchmarks. Deterministic: the same anchor
 * month and seed give the same data.
 */
public final class DemoData {
    public static final long DEFAULT_SEED = 20_240_601L;
    public static final int DEFAULT_LEADS = 5_000;
    public static final String DISPLAY_NAME = "Demo — generated data";
    /** The month the benchmark CSV ends with: fixed, so files generated on different days are equal. */
    public static final YearMonth CSV_ANCHOR = YearMonth.of(2025, 12);
    public static final String[] CSV_HEADER = {"external_id", "created_at", "closed_at", "channel", "campaign", "owner",
            "company", "stage", "status", "target", "loss_reason", "deal_value", "currency"};

    private DemoData() {
    }

    /**
     * Fills {@code workspace} with {@code leads} generated leads over the 18 months ending with {@code anchor},
     * monthly costs per channel and shared costs, and marks it as demo data (name and {@code demo=true}).
     */
    public static void fill(Workspace workspace, YearMonth anchor, int leads, long seed) {
        DemoLeadGenerator gen = new DemoLeadGenerator(anchor, seed);
        try (ImportTransaction tx = workspace.begin(ImportBatchInfo.of(ImportKind.LEADS, "demo data"))) {
            for (int i = 1; i <= leads; i++) {
                tx.upsert(gen.next(i));
            }
            tx.commit();
        }
        try (ImportTransaction tx = workspace.begin(ImportBatchInfo.of(ImportKind.COSTS, "demo costs"))) {
            for (CostEntry e : gen.costs()) {
                tx.addCost(e);
            }
            tx.commit();
        }
        workspace.settings().setDisplayName(DISPLAY_NAME);
        workspace.settings().put(Settings.DEMO, true);
        workspace.settings().setCurrency("RUB");
    }

    public static void fill(Workspace workspace, YearMonth anchor) {
        fill(workspace, anchor, DEFAULT_LEADS, DEFAULT_SEED);
    }

    /** Writes {@code rows} generated leads as a generic-preset CSV (UTF-8, comma, header row {@link #CSV_HEADER}). */
    public static void writeLeadsCsv(Path file, int rows, long seed) {
        DemoLeadGenerator gen = new DemoLeadGenerator(CSV_ANCHOR, seed);
        try (CsvWriter csv = CsvWriter.builder().bufferSize(1 << 16).build(file, StandardCharsets.UTF_8)) {
            csv.writeRecord(CSV_HEADER);
            for (int i = 1; i <= rows; i++) {
                Lead l = gen.next(i);
                csv.writeRecord(l.externalId(), DbValues.dateTime(l.createdAt()), nz(DbValues.dateTime(l.closedAt())),
                        l.channel(), l.campaign(), l.owner(), l.company(), l.stage().name(), l.status().name(),
                        l.target().name(), nz(l.lossReason()), l.dealValue() == null ? "" : l.dealValue().toPlainString(),
                        l.currency());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
