package org.funnellab.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written raw-row JSON must be the very text Jackson writes for the same map: stored rows stay comparable. */
class RawRowJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHABET = "aZ09 ,;.-_/'\"\\\t\n\r\b\f\u0000\u0001\u001f\u007f\u00e9ЖжЁё«»€\u2028";

    private static String randomText(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            int pick = rnd.nextInt(ALPHABET.length() + 3);
            if (pick == ALPHABET.length()) {
                sb.appendCodePoint(0x1F600); // a surrogate pair
            } else if (pick == ALPHABET.length() + 1) {
                sb.append('\uD800'); // a lone surrogate
            } else if (pick == ALPHABET.length() + 2) {
                sb.append((char) rnd.nextInt(0x20));
            } else {
                sb.append(ALPHABET.charAt(pick));
            }
        }
        return sb.toString();
    }

    private static String jackson(List<String> keys, List<String> cells) throws Exception {
        Map<String, String> object = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            object.put(keys.get(i), i < cells.size() ? cells.get(i) : "");
        }
        return JSON.writeValueAsString(object);
    }

    @Test
    void writesExactlyWhatJacksonWritesForFiveHundredRandomRows() throws Exception {
        Random rnd = new Random(20261122);
        for (int round = 0; round < 500; round++) {
            List<String> header = new ArrayList<>();
            int width = 1 + rnd.nextInt(8);
            for (int i = 0; i < width; i++) {
                header.add(randomText(rnd) + i);
            }
            List<String> keys = LeadRowMapper.uniqueKeys(header);
            List<String> cells = new ArrayList<>();
            int present = rnd.nextInt(width + 1);
            for (int i = 0; i < present; i++) {
                cells.add(rnd.nextInt(10) == 0 ? null : randomText(rnd));
            }
            RawRowJson raw = new RawRowJson(keys);

            assertThat(raw.handles(cells)).isTrue();
            assertThat(raw.write(cells)).as("round %d", round).isEqualTo(jackson(keys, cells));
        }
    }

    @Test
    void leavesRowsWithExtraCellsOrRepeatedKeysToTheGeneralPath() {
        assertThat(new RawRowJson(List.of("a", "b")).handles(List.of("1", "2", "3"))).isFalse();
        assertThat(new RawRowJson(List.of("a", "a")).handles(List.of("1"))).isFalse();
        assertThat(new RawRowJson(Arrays.asList("a", "b")).handles(List.of("1", "2"))).isTrue();
    }
}
