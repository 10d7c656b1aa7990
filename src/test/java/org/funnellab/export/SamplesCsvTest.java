package org.funnellab.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SamplesCsvTest {
    @TempDir
    Path dir;

    @Test
    void writesAHeaderAndNumberedRowsWithDotDecimals() throws IOException {
        Path f = dir.resolve("s.csv");
        SamplesCsv.write(f, "wastedHoursMonth", new double[] {125.0, 0.1, 12_345_678.25, -3});
        assertThat(Files.readAllLines(f, StandardCharsets.UTF_8)).containsExactly(
                "draw,wastedHoursMonth", "1,125", "2,0.1", "3,12345678.25", "4,-3");
    }

    @Test
    void samplesRoundTripExactly() throws IOException {
        Random random = new Random(20261122L);
        for (int round = 0; round < 200; round++) {
            double[] samples = new double[random.nextInt(50)];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(16) - 6);
            }
            Path f = dir.resolve("r" + round + ".csv");
            SamplesCsv.write(f, "out", samples);
            assertThat(SamplesCsv.read(f)).containsExactly(samples);
        }
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryBehind() throws IOException {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, "old");
        SamplesCsv.write(f, "x", new double[] {1});
        assertThat(Files.readString(f)).isEqualTo("draw,x\n1,1\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("s.csv"));
        }
    }

    @Test
    void refusesANonFiniteSampleWithoutTouchingTheTarget() throws IOException {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, "old");
        assertThatThrownBy(() -> SamplesCsv.write(f, "x", new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(f)).isEqualTo("old");
    }
}
