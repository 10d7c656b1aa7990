package org.funnellab.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Packing, deflating and reading back source rows: every cell comes back exactly, in its record. */
class SourceRowsTest {
    private static final String[] PIECES = {"", " ", "a", "Яндекс", "\"", "\n", "\r\n", ";", ",", "ё", "😀", "\u0000",
            "=SUM(A1)", "ООО «Клиент»", "0", "-", "1 234,50 ₽"};

    @Test
    void randomRecordsComeBackExactly() {
        for (int trial = 0; trial < 200; trial++) {
            Random rnd = new Random(500 + trial);
            List<String> header = List.of("id", "Канал", "Теги", "Теги (2)");
            SourceRows.Packer packer = new SourceRows.Packer();
            List<List<String>> rows = new ArrayList<>();
            List<List<String>> keys = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            List<SourceRows.Block> blocks = new ArrayList<>();
            int n = 1 + rnd.nextInt(3 * SourceRows.BLOCK_ROWS);
            for (int i = 0; i < n; i++) {
                int width = rnd.nextInt(7);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(rnd.nextInt(12) == 0 ? null : text(rnd));
                }
                List<String> own = rnd.nextInt(20) == 0 ? randomKeys(rnd, width) : null;
                long line = rnd.nextInt(3) == 0 ? 0 : 2 + i + rnd.nextInt(5_000_000);
                assertThat(packer.add(line, own, cells)).isEqualTo(i);
                rows.add(cells);
                keys.add(own);
                lines.add(line);
                if (packer.full() || rnd.nextInt(500) == 0) {
                    blocks.add(packer.take().compressed());
                }
            }
            if (!packer.isEmpty()) {
                blocks.add(packer.take().compressed());
            }
            long expectedFirst = 0;
            for (SourceRows.Block b : blocks) {
                assertThat(b.firstRow()).isEqualTo(expectedFirst);
                byte[] raw = SourceRows.decompress(b.data());
                int k = rnd.nextInt(b.rows());
                int i = (int) b.firstRow() + k;
                SourceRows.Record r = SourceRows.decode(raw, k, header);
                assertThat(r.cells()).as("trial %d row %d", trial, i).isEqualTo(rows.get(i));
                assertThat(r.line()).isEqualTo(lines.get(i));
                List<String> expectedKeys = keys.get(i);
                if (expectedKeys == null) {
                    expectedKeys = new ArrayList<>();
                    for (int c = 0; c < rows.get(i).size(); c++) {
                        expectedKeys.add(c < header.size() ? header.get(c) : "#" + (c + 1));
                    }
                }
                assertThat(r.header()).isEqualTo(expectedKeys);
                expectedFirst += b.rows();
            }
            assertThat(expectedFirst).isEqualTo(n);
        }
    }

    @Test
    void theDigestChangesWithAnyCellAndItsPlace() {
        List<String> row = List.of("1", "VK", "", "Спам");
        assertThat(SourceRows.hash(row)).isEqualTo(SourceRows.hash(new ArrayList<>(row)));
        assertThat(SourceRows.hash(row)).isNotEqualTo(SourceRows.hash(List.of("1", "VK", "Спам", "")));
        assertThat(SourceRows.hash(row)).isNotEqualTo(SourceRows.hash(List.of("1", "VK", "", "Спам", "")));
        assertThat(SourceRows.hash(Arrays.asList("1", null))).isNotEqualTo(SourceRows.hash(List.of("1", "")));
    }

    @Test
    void aGeneratedExportCompressesAtLeastFourfold() {
        SourceRows.Packer packer = new SourceRows.Packer();
        Random rnd = new Random(3);
        for (int i = 0; i < SourceRows.BLOCK_ROWS; i++) {
            packer.add(i + 2, null, List.of("demo-" + i, "2025-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10)
                    + " 10:00:00", "Яндекс Директ", "Поиск", "Ольга Соколова", "ООО «Клиент " + rnd.nextInt(4000) + "»",
                    "SQL", "LOST", "TARGET", "Дорого", "", "RUB"));
        }
        SourceRows.Block raw = packer.take();
        assertThat(raw.compressed().data().length * 4).isLessThan(raw.data().length);
    }

    private static String text(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int parts = rnd.nextInt(5);
        for (int p = 0; p < parts; p++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        if (rnd.nextInt(50) == 0) {
            sb.append("x".repeat(rnd.nextInt(20_000)));
        }
        return sb.toString();
    }

    private static List<String> randomKeys(Random rnd, int width) {
        List<String> k = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            k.add("k" + c + text(rnd));
        }
        return k;
    }
}
