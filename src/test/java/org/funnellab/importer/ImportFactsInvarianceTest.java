package org.funnellab.importer;

import org.funnellab.domain.Lead;
import org.funnellab.importer.detect.ColumnDetector;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FilePreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: how a file is laid out never changes the facts imported from it. Seeded random trials shuffle the
 * column order, rename every header to another name the CRM (or its API) uses for that column, change the separator
 * and re-encode the bytes (UTF-8 with and without BOM, Windows-1251, UTF-16 with BOM); detection, mapping and
 * parsing must give exactly the leads of the original file, row for row.
 */
class ImportFactsInvarianceTest {
    private static final long SEED = 20261201L;
    private static final int TRIALS = 40;
    private static final int ROWS = 120;

    /** Each column: the names a Bitrix24 export may give it (report in Russian, REST field code) and a value maker. */
    private record Column(List<String> names, java.util.function.IntFunction<String> value) {
    }

    @TempDir
    Path dir;

    private static List<Column> columns(Random data) {
        String[] stages = {"Новая", "Подготовка документов", "Сделка успешна", "Сделка провалена", "Анализ причины провала"};
        String[] owners = {"Анна Орлова", "Борис Ким", "Вера Лосева"};
        String[] sources = {"Веб-сайт", "Звонок", "Рекомендация", ""};
        String[] reasons = {"", "Дорого", "Нецелевой", "Спам", "Выбрали конкурента"};
        int n = ROWS;
        String[] stage = new String[n];
        String[] created = new String[n];
        String[] closed = new String[n];
        String[] amount = new String[n];
        String[] owner = new String[n];
        String[] source = new String[n];
        String[] reason = new String[n];
        for (int i = 0; i < n; i++) {
            stage[i] = stages[data.nextInt(stages.length)];
            int day = 1 + data.nextInt(27);
            int month = 1 + data.nextInt(11);
            created[i] = String.format("%02d.%02d.2025 %02d:%02d:00", day, month, data.nextInt(24), data.nextInt(60));
            closed[i] = stage[i].startsWith("Сделка") || stage[i].startsWith("Анализ")
                    ? String.format("%02d.%02d.2025", day, month + 1) : data.nextBoolean() ? "не закрыта" : "";
            amount[i] = data.nextInt(5) == 0 ? "" : String.format("%,d", 1000 * (1 + data.nextInt(900))).replace(',', ' ');
            owner[i] = owners[data.nextInt(owners.length)];
            source[i] = sources[data.nextInt(sources.length)];
            reason[i] = stage[i].contains("провал") ? reasons[data.nextInt(reasons.length)] : "";
        }
        return List.of(
                new Column(List.of("ID"), i -> Integer.toString(1000 + i)),
                new Column(List.of("Название сделки", "TITLE"), i -> "Сделка №" + i),
                new Column(List.of("Стадия сделки", "STAGE_ID", "Стадия"), i -> stage[i]),
                new Column(List.of("Дата создания", "DATE_CREATE"), i -> created[i]),
                new Column(List.of("Дата закрытия", "CLOSEDATE", "Предполагаемая дата закрытия"), i -> closed[i]),
                new Column(List.of("Сумма", "OPPORTUNITY", "Сумма сделки"), i -> amount[i]),
                new Column(List.of("Валюта", "CURRENCY_ID"), i -> "RUB"),
                new Column(List.of("Ответственный", "ASSIGNED_BY_ID"), i -> owner[i]),
                new Column(List.of("Источник", "SOURCE_ID"), i -> source[i]),
                new Column(List.of("Причина провала", "Причина отказа"), i -> reason[i]));
    }

    private Path write(String name, List<Column> cols, List<Integer> order, List<String> headers, char sep,
                       Charset charset, boolean bom) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<String> head = new ArrayList<>();
        order.forEach(k -> head.add(headers.get(k)));
        sb.append(String.join(String.valueOf(sep), head)).append("\r\n");
        for (int i = 0; i < ROWS; i++) {
            List<String> cells = new ArrayList<>();
            for (int k : order) {
                String v = cols.get(k).value().apply(i);
                cells.add(v.indexOf(sep) >= 0 ? '"' + v + '"' : v);
            }
            sb.append(String.join(String.valueOf(sep), cells)).append("\r\n");
        }
        byte[] body = sb.toString().getBytes(charset);
        byte[] mark = !bom ? new byte[0] : charset.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : new byte[] {(byte) 0xFF, (byte) 0xFE};
        Path file = dir.resolve(name);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        Files.write(file, all);
        return file;
    }

    /** The facts of each lead, without the raw row (which records the layout by design). */
    private static List<String> facts(Path file) throws IOException {
        FilePreview preview = FilePreview.of(file, Presets.knownHeaders(), ColumnDetector.SAMPLE_ROWS);
        Mapping mapping = ColumnDetector.detect(preview.header(), preview.rows()).mapping();
        CollectingLeadSink sink = new CollectingLeadSink();
        ImportReport report = new LeadImport(file, preview.settings(), mapping).forWorkspace(java.time.ZoneOffset.UTC, "RUB")
                .run(sink, ProgressListener.NONE);
        assertThat(report.rejectedCount()).as(file + " " + report.rejected()).isZero();
        List<String> facts = new ArrayList<>();
        for (Lead l : sink.delivered) {
            facts.add(String.join("|", l.sourceSystem().id(), l.externalId(), String.valueOf(l.createdAt()),
                    String.valueOf(l.closedAt()), String.valueOf(l.channel()), String.valueOf(l.owner()),
                    l.stage().name(), l.status().name(), l.target().name(), String.valueOf(l.lossReason()),
                    l.dealValue() == null ? "null" : l.dealValue().stripTrailingZeros().toPlainString(),
                    String.valueOf(l.currency())));
        }
        return facts;
    }

    @Test
    void shufflingRenamingAndReencodingNeverChangeTheImportedFacts() throws IOException {
        Random random = new Random(SEED);
        List<Column> cols = columns(new Random(SEED + 1));
        List<Integer> natural = new ArrayList<>();
        List<String> firstNames = new ArrayList<>();
        for (int k = 0; k < cols.size(); k++) {
            natural.add(k);
            firstNames.add(cols.get(k).names().get(0));
        }
        List<String> reference = facts(write("reference.csv", cols, natural, firstNames, ';', StandardCharsets.UTF_8, true));
        assertThat(reference).hasSize(ROWS);
        assertThat(reference).allMatch(f -> f.startsWith("bitrix24|"));
        Charset[] charsets = {StandardCharsets.UTF_8, Charset.forName("windows-1251"), StandardCharsets.UTF_16LE};
        char[] separators = {';', ',', '\t'};
        for (int trial = 0; trial < TRIALS; trial++) {
            List<Integer> order = new ArrayList<>(natural);
            Collections.shuffle(order, random);
            List<String> names = new ArrayList<>();
            for (Column c : cols) {
                names.add(c.names().get(random.nextInt(c.names().size())));
            }
            Charset charset = charsets[random.nextInt(charsets.length)];
            boolean bom = charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_8) && random.nextBoolean();
            char sep = separators[random.nextInt(separators.length)];
            Path file = write("trial" + trial + ".csv", cols, order, names, sep, charset, bom);
            assertThat(facts(file)).as("trial %d: %s, %s, separator %s, headers %s", trial, order, charset,
                    (int) sep, names).isEqualTo(reference);
        }
    }
}
