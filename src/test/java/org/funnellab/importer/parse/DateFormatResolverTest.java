package org.funnellab.importer.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateFormatResolverTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "15.01.2025|DMY_DOT|2025-01-15T00:00",
            "15.01.2025 10:30|DMY_DOT|2025-01-15T10:30",
            "15.01.2025 10:30:45|DMY_DOT|2025-01-15T10:30:45",
            "15-01-2025 10:30:45|DMY_DASH|2025-01-15T10:30:45",
            "2025-01-15|ISO|2025-01-15T00:00",
            "2025-01-15T10:30:00|ISO|2025-01-15T10:30",
            "2025-01-15T10:30:00+03:00|ISO|2025-01-15T10:30",
            "2025-01-15T10:30:00.123Z|ISO|2025-01-15T10:30:00.123",
            "2025-01-15 10:30|ISO|2025-01-15T10:30",
            "1/15/2025|MDY_SLASH|2025-01-15T00:00",
            "1/15/2025 3:05 PM|MDY_SLASH|2025-01-15T15:05",
            "1/15/2025 12:05 AM|MDY_SLASH|2025-01-15T00:05",
            "15-01-25|DMY_DASH_SHORT|2025-01-15T00:00",
            "25-01-15|YMD_DASH_SHORT|2025-01-15T00:00",
            "45672|EXCEL_SERIAL|2025-01-15T00:00",
            "45672.5|EXCEL_SERIAL|2025-01-15T12:00",
    })
    void parsesEachLayout(String text, DatePattern pattern, LocalDateTime expected) {
        assertThat(pattern.parse(text)).isEqualTo(expected);
    }

    @Test
    void picksMonthFirstWhenOneValueHasADayAboveTwelve() {
        DateResolution r = DateFormatResolver.resolve("Created", List.of("1/2/2025", "3/4/2025", "12/25/2025"));
        assertThat(r.pattern()).isEqualTo(DatePattern.MDY_SLASH);
        assertThat(r.ambiguous()).isFalse();
        assertThat(r.unmatched()).isZero();
    }

    @Test
    void picksDayFirstWhenOneValueHasADayAboveTwelve() {
        DateResolution r = DateFormatResolver.resolve("Created", List.of("1/2/2025", "25/12/2025"));
        assertThat(r.pattern()).isEqualTo(DatePattern.DMY_SLASH);
        assertThat(r.ambiguous()).isFalse();
    }

    @Test
    void reportsAmbiguityWhenEveryValueFitsTwoLayouts() {
        DateResolution r = DateFormatResolver.resolve("Created", List.of("1/2/2025", "3/4/2025"));
        assertThat(r.ambiguous()).isTrue();
        assertThat(r.candidates()).containsExactly(DatePattern.DMY_SLASH, DatePattern.MDY_SLASH);
        assertThat(r.describe()).contains("ambiguous");
    }

    @Test
    void tellsShortYearFirstFromShortYearLastByTheWholeColumn() {
        assertThat(DateFormatResolver.resolve("d", List.of("01-02-03", "31-12-24")).pattern())
                .isEqualTo(DatePattern.DMY_DASH_SHORT);
        assertThat(DateFormatResolver.resolve("d", List.of("01-02-03", "30-02-24")).pattern())
                .isEqualTo(DatePattern.YMD_DASH_SHORT);
        assertThat(DateFormatResolver.resolve("d", List.of("01-02-03", "04-05-06")).ambiguous()).isTrue();
    }

    @Test
    void countsValuesNoLayoutReads() {
        DateResolution r = DateFormatResolver.resolve("d", List.of("15.01.2025", "16.01.2025", "yesterday", ""));
        assertThat(r.pattern()).isEqualTo(DatePattern.DMY_DOT);
        assertThat(r.values()).isEqualTo(3);
        assertThat(r.unmatched()).isEqualTo(1);
    }

    @Test
    void rejectsImpossibleCalendarDates() {
        assertThat(DatePattern.DMY_DOT.matches("31.02.2025")).isFalse();
        assertThat(DatePattern.ISO.matches("2025-13-01")).isFalse();
    }

    @org.junit.jupiter.api.Test
    void tryingOnlyTheLayoutsStillAliveGivesTheSameResultAsCountingEveryLayout() {
        java.util.Random random = new java.util.Random(20_251_122L);
        String[] junk = {"", " ", "yesterday", "2025-13-45", "31.02.2025", "45672", "n/a"};
        for (int c = 0; c < 500; c++) {
            int n = 1 + random.nextInt(40);
            int style = random.nextInt(5);
            java.util.List<String> values = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int d = 1 + random.nextInt(random.nextBoolean() ? 12 : 28);
                int m = 1 + random.nextInt(12);
                int y = 2020 + random.nextInt(6);
                int kind = random.nextInt(10) == 0 ? 9 : (style + (random.nextInt(8) == 0 ? random.nextInt(4) : 0)) % 5;
                values.add(switch (kind) {
                    case 0 -> String.format("%04d-%02d-%02d %02d:%02d:00", y, m, d, random.nextInt(24), random.nextInt(60));
                    case 1 -> String.format("%02d.%02d.%04d", d, m, y);
                    case 2 -> d + "/" + m + "/" + y;
                    case 3 -> String.format("%02d-%02d-%02d", d, m, y % 100);
                    case 4 -> Integer.toString(40_000 + random.nextInt(6_000));
                    default -> junk[random.nextInt(junk.length)];
                });
            }
            DateFormatResolver full = new DateFormatResolver("c", true);
            values.forEach(full::accept);
            assertThat(DateFormatResolver.resolve("c", values)).as(values.toString()).isEqualTo(full.resolve());
        }
    }

    @org.junit.jupiter.api.Test
    void isoAndDottedDatesReadTheSameWithAndWithoutTheFixedWidthShortcut() {
        java.util.Random random = new java.util.Random(7_331L);
        for (int c = 0; c < 2_000; c++) {
            int y = 1990 + random.nextInt(50);
            int m = random.nextInt(14);
            int d = random.nextInt(33);
            int h = random.nextInt(26);
            int min = random.nextInt(61);
            int sec = random.nextInt(61);
            int shape = random.nextInt(3);
            String time = switch (shape) {
                case 0 -> "";
                case 1 -> String.format(" %02d:%02d", h, min);
                default -> String.format(" %02d:%02d:%02d", h, min, sec);
            };
            java.time.LocalDateTime expected;
            try {
                expected = java.time.LocalDateTime.of(y, m, d, shape == 0 ? 0 : h, shape == 0 ? 0 : min,
                        shape == 2 ? sec : 0);
            } catch (java.time.DateTimeException e) {
                expected = null;
            }
            String iso = String.format("%04d-%02d-%02d", y, m, d) + (random.nextBoolean() ? time : time.replace(' ', 'T'));
            String dotted = String.format("%02d.%02d.%04d", d, m, y) + time;
            assertThat(DatePattern.ISO.parseOrNull(iso)).as(iso).isEqualTo(expected);
            assertThat(DatePattern.DMY_DOT.parseOrNull(dotted)).as(dotted).isEqualTo(expected);
        }
    }
}
