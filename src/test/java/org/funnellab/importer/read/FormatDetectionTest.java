package org.funnellab.importer.read;

import org.funnellab.importer.preset.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectionTest {
    private static final String TEXT = "ID;Название;Стадия сделки\n1;Ёлка для офиса;Новая\n2;Поставка;Сделка успешна\n";

    @ParameterizedTest(name = "{0}, bom={1}")
    @CsvSource({"UTF-8,true", "UTF-8,false", "UTF-16LE,true", "UTF-16BE,true", "UTF-16LE,false", "UTF-16BE,false",
            "windows-1251,false"})
    void detectsEncodingsWithAndWithoutByteOrderMark(String charsetName, boolean bom, @TempDir Path dir) throws Exception {
        Charset charset = Charset.forName(charsetName);
        Path file = dir.resolve("f.csv");
        byte[] body = TEXT.getBytes(charset);
        byte[] mark = !bom ? new byte[0] : "\uFEFF".getBytes(charset);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        Files.write(file, all);

        FilePreview preview = FilePreview.of(file, Presets.knownHeaders(), 10);
        assertThat(preview.settings().charset()).isEqualTo(charset);
        assertThat(preview.settings().delimiter()).isEqualTo(';');
        assertThat(preview.header()).containsExactly("ID", "Название", "Стадия сделки");
        assertThat(preview.rows().get(0).cell(1)).isEqualTo("Ёлка для офиса");
    }

    @Test
    void everyDetectedSettingCanBeOverridden(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f.csv");
        Files.write(file, "a|b;c\nx|y;z\n".getBytes(StandardCharsets.ISO_8859_1));
        FormatDetector.Detection d = FormatDetector.detect(file);
        ReadSettings overridden = d.settings().withDelimiter(';').withCharset(StandardCharsets.UTF_8);
        FilePreview preview = FilePreview.of(file, overridden, List.of("user override"), Presets.knownHeaders(), 10);
        assertThat(preview.header()).containsExactly("a|b", "c");
        assertThat(preview.rows().get(0).cells()).containsExactly("x|y", "z");
    }

    static Stream<Arguments> separatorSamples() {
        return Stream.of(
                Arguments.of("a,b,c\n1,2,3\n", ','),
                Arguments.of("a;b;c\n1;\"2;5\";3\n", ';'),
                Arguments.of("a\tb\tc\n1\t2\t3\n", '\t'),
                Arguments.of("a|b|c\n1|2|3\n", '|'),
                Arguments.of("Report title\n\na;b;c\n1;2,5;3\n4;5,5;6\n", ';'));
    }

    @ParameterizedTest
    @MethodSource("separatorSamples")
    void detectsTheSeparator(String sample, char expected) {
        assertThat(DelimiterDetector.detect(sample)).isEqualTo(expected);
    }

    @Test
    void reportsTheLineAQuotedMultilineRecordStartsOn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "ID,Stage,Note\n1,Lead,\"two\nlines\"\n2,Lead,x\n\n3,Lead,y\nTotal,,\n");
        FilePreview preview = FilePreview.of(file, Presets.knownHeaders(), 10);
        assertThat(preview.rows()).extracting(SourceRow::line).containsExactly(2L, 4L, 6L);
        assertThat(preview.rows().get(0).cell(2)).isEqualTo("two\nlines");
        assertThat(preview.junkLines()).containsExactly(new JunkLine(5, "empty row"),
                new JunkLine(7, "total or footer row: Total"));
    }

    @Test
    void keepsADataRowThatMerelyStartsWithAFooterWord(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "Name,Stage,Amount\nTotal Rewards,Lead,100\n");
        assertThat(FilePreview.of(file, Presets.knownHeaders(), 10).rows()).hasSize(1);
    }
}
