package org.funnellab.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingImportTest {
    private static final int ROWS = 200_000;

    @Test
    void importsTwoHundredThousandRowsInAFortyMegabyteHeap(@TempDir Path dir) throws Exception {
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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx40m", "-cp", System.getProperty("java.class.path"),
                StreamingImportProbe.class.getName(), file.toString(), Integer.toString(ROWS))
                .redirectErrorStream(true).redirectOutput(dir.resolve("probe.log").toFile()).start();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done).isTrue();
        assertThat(process.exitValue()).as(String.join("\n", Files.readAllLines(dir.resolve("probe.log")))).isZero();
    }

}
