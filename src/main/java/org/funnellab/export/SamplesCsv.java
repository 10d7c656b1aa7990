package org.funnellab.export;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Monte Carlo samples as CSV: a header {@code draw,<column>}, then one row per sample, numbered from 1, with the value
 * written in full with a '.' decimal point and no exponent, so any spreadsheet or script reads it back exactly.
 * The file is written beside the target and moved into place, so a failed write never leaves half a file.
 */
public final class SamplesCsv {
    private SamplesCsv() {
    }

    /** Writes {@code samples} under the header {@code draw,<valueColumn>}. */
    public static void write(Path file, String valueColumn, double[] samples) throws IOException {
        if (valueColumn.contains(",") || valueColumn.contains("\"") || valueColumn.contains("\n")) {
            throw new IllegalArgumentException("column name must be plain: " + valueColumn);
        }
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".samples", ".csv.tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("draw," + valueColumn);
                w.write('\n');
                for (int i = 0; i < samples.length; i++) {
                    double v = samples[i];
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("sample " + (i + 1) + " is not a finite number");
                    }
                    w.write(Integer.toString(i + 1));
                    w.write(',');
                    w.write(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
                    w.write('\n');
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads back the values of a file {@link #write} wrote, in order. */
    public static double[] read(Path file) throws IOException {
        double[] values = new double[64];
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("draw,")) {
                throw new IOException("not a samples file: " + file);
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = Double.parseDouble(line.substring(comma + 1));
            }
        }
        return Arrays.copyOf(values, n);
    }
}
