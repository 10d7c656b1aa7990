package org.funnellab.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory stays bounded however long the file: each check runs in a child JVM whose heap is far smaller than the
 * file's rows would take if they were held, so an importer that kept them fails with OutOfMemoryError.
 */
class StreamingImportTest {
    private static final int ROWS = 200_000;

    @TempDir
    Path dir;

    private Path leadsCsv() throws IOException {
        Path file = dir.resolve("leads.csv");
        Random random = new Random(42);
        String[] stages = {"lead", "mql", "sql", "opportunity", "won", "lost"};
        String[] channels = {"yandex", "google", "vk", "partner", "seo"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("external_id;created_at;channel;stage;deal_value;target\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("L" + i + ";" + (1 + random.nextInt(28)) + ".0" + (1 + random.nextInt(9)) + ".2025 10:"
                        + (10 + random.nextInt(50)) + ";" + channels[random.nextInt(channels.length)] + ";"
                        + stages[random.nextInt(stages.length)] + ";" + random.nextInt(1_000_000) + " 000,50;"
                        + (random.nextBoolean() ? "да" : "нет") + "\n");
            }
        }
        return file;
    }

    /** Reading, detection and mapping alone (the sink only counts the leads): a 40 MB heap. */
    @Test
    void parsesTwoHundredThousandRowsInAFortyMegabyteHeap() throws Exception {
        runProbe("-Xmx40m", StreamingImportProbe.class, leadsCsv().toString(), Integer.toString(ROWS));
    }

    /** The whole import into a new SQLite workspace, then the facts read back: a 48 MB heap. */
    @Test
    void importsTwoHundredThousandRowsIntoAWorkspaceInAFortyEightMegabyteHeap() throws Exception {
        runProbe("-Xmx48m", WorkspaceImportProbe.class, leadsCsv().toString(), dir.resolve("ws.sqlite").toString(),
                Integer.toString(ROWS));
    }

    private void runProbe(String heap, Class<?> probe, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, heap, "-Djava.io.tmpdir=" + dir.resolve("tmp"), "-cp",
                System.getProperty("java.class.path"), probe.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(dir.resolve("tmp"));
        Path log = dir.resolve(probe.getSimpleName() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = process.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done).as("the probe ended").isTrue();
        assertThat(process.exitValue()).as(String.join("\n", Files.readAllLines(log))).isZero();
    }
}
