package org.funnellab.cli;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real XLSX workbooks for tests, and damaged copies of them: parts removed, rewritten or inflated. */
final class HostileFiles {
    private HostileFiles() {
    }

    /** A small amoCRM-like deals workbook written by fastexcel: a header row and {@code rows} deals. */
    static Path dealsWorkbook(Path file, int rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "FunnelLab", "1.0");
            Worksheet ws = wb.newWorksheet("Deals");
            String[] header = {"ID", "Название сделки", "Бюджет", "Дата создания", "Этап сделки", "utm_source"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                ws.value(r, 0, 5000 + r);
                ws.value(r, 1, "Сделка " + r);
                ws.value(r, 2, 1000 * r + 0.5);
                ws.value(r, 3, LocalDateTime.of(2025, 1 + r % 12, 1 + r % 28, 10, 0));
                ws.style(r, 3).format("dd.mm.yyyy hh:mm").set();
                ws.value(r, 4, r % 3 == 0 ? "Успешно реализовано" : "Первичный контакт");
                ws.value(r, 5, r % 2 == 0 ? "yandex" : "google");
            }
            wb.finish();
        }
        return file;
    }

    /** Every entry of a ZIP archive by name, in order. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                try (InputStream data = in.getInputStream(e)) {
                    out.put(e.getName(), data.readAllBytes());
                }
            }
        }
        return out;
    }

    static Path writeZip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    /** A copy of {@code source} with one part's text rewritten ({@code null} from the function removes the part). */
    static Path withPart(Path source, Path target, String part, UnaryOperator<String> change) throws IOException {
        Map<String, byte[]> entries = entries(source);
        String name = entries.keySet().stream().filter(n -> n.equals(part) || n.matches(part)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part " + part + " in " + entries.keySet()));
        String changed = change.apply(new String(entries.get(name), StandardCharsets.UTF_8));
        if (changed == null) {
            entries.remove(name);
        } else {
            entries.put(name, changed.getBytes(StandardCharsets.UTF_8));
        }
        return writeZip(target, entries);
    }

    /** A workbook whose one shared string is {@code bytes} long: small packed, huge unpacked. */
    static Path sharedStringBomb(Path source, Path target, long bytes) throws IOException {
        Map<String, byte[]> entries = entries(source);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals("xl/sharedStrings.xml")) {
                    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>".getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "A".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
                    for (long written = 0; written < bytes; written += chunk.length) {
                        out.write(chunk);
                    }
                    out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(e.getValue());
                }
                out.closeEntry();
            }
        }
        return target;
    }

    static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
