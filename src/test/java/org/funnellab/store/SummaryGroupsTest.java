package org.funnellab.store;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The primitive group table adds up exactly what a plain map of groups does, past every growth of its arrays. */
class SummaryGroupsTest {
    @Test
    void randomLeadsGroupAsAMapWould() {
        for (int trial = 0; trial < 20; trial++) {
            Random rnd = new Random(900 + trial);
            SummaryGroups groups = new SummaryGroups();
            Map<List<Object>, long[]> main = new HashMap<>();
            Map<List<Object>, long[]> loss = new HashMap<>();
            Map<Integer, String> texts = new HashMap<>();
            for (int id = 1; id <= 10; id++) {
                texts.put(id, "FIXED" + id);
            }
            for (int id = 11; id < 3_000; id++) {
                texts.put(id, "t" + id);
            }
            int spread = 1 + rnd.nextInt(3_000);
            for (int i = 0; i < 20_000; i++) {
                int month = rnd.nextInt(4) == 0 ? 0 : 2024 * 12 + 1 + rnd.nextInt(36);
                Integer ch = rnd.nextInt(5) == 0 ? null : 11 + rnd.nextInt(Math.min(spread, 2_900));
                Integer ca = rnd.nextInt(3) == 0 ? null : 11 + rnd.nextInt(50);
                Integer ow = rnd.nextInt(4) == 0 ? null : 11 + rnd.nextInt(7);
                int stage = 1 + rnd.nextInt(5);
                int status = 6 + rnd.nextInt(2) + (rnd.nextInt(3) == 0 ? -1 : 0); // 5 (WON), 6, 7
                int target = 8 + rnd.nextInt(3);
                int state = stage << 16 | status << 8 | target;
                Integer reason = rnd.nextBoolean() ? null : 11 + rnd.nextInt(spread < 100 ? 5 : 2_000);
                Long minor = rnd.nextBoolean() ? null : (long) rnd.nextInt(1_000_000);
                Integer days = rnd.nextBoolean() ? null : rnd.nextInt(200) - 10;
                assertThat(groups.add(month, ch, ca, ow, state, reason, minor, days)).isTrue();
                long[] v = main.computeIfAbsent(Arrays.asList(month, ch, ca, ow, state), k -> new long[6]);
                v[0]++;
                if (minor != null) {
                    v[1] += minor;
                    v[2]++;
                }
                if (days != null) {
                    if (days >= 0) {
                        v[3] += days;
                        v[4]++;
                    } else {
                        v[5]++;
                    }
                }
                if (status == Terms.LOST) {
                    loss.computeIfAbsent(Arrays.asList(month, ch, ca, ow, target, reason), k -> new long[1])[0]++;
                }
            }
            Map<LeadBatchWriter.SummaryKey, long[]> gotMain = groups.main(texts);
            Map<LeadBatchWriter.SummaryKey, long[]> gotLoss = groups.loss(texts);
            assertThat(gotMain).hasSameSizeAs(main);
            assertThat(gotLoss).hasSameSizeAs(loss);
            for (Map.Entry<List<Object>, long[]> e : main.entrySet()) {
                List<Object> k = e.getKey();
                int state = (Integer) k.get(4);
                var key = new LeadBatchWriter.MainKey(month((Integer) k.get(0)), text(texts, k.get(1)),
                        text(texts, k.get(2)), text(texts, k.get(3)), texts.get(state >>> 16),
                        texts.get(state >>> 8 & 0xFF), texts.get(state & 0xFF));
                assertThat(gotMain.get(key)).as("trial %d %s", trial, key).containsExactly(e.getValue());
            }
            for (Map.Entry<List<Object>, long[]> e : loss.entrySet()) {
                List<Object> k = e.getKey();
                var key = new LeadBatchWriter.LossKey(month((Integer) k.get(0)), text(texts, k.get(1)),
                        text(texts, k.get(2)), text(texts, k.get(3)), texts.get((Integer) k.get(4)),
                        text(texts, k.get(5)));
                assertThat(gotLoss.get(key)).as("trial %d %s", trial, key).containsExactly(e.getValue());
            }
        }
    }

    @Test
    void textsAndYearsThatDoNotFitAreLeftToSql() {
        assertThat(new SummaryGroups().add(1, "inline text", null, null, 1 << 16 | 6 << 8 | 8, null, null, null))
                .isFalse();
        assertThat(new SummaryGroups().add(-1, null, null, null, 1 << 16 | 6 << 8 | 8, null, null, null)).isFalse();
        assertThat(new SummaryGroups().add(1, 70_000, null, null, 1 << 16 | 6 << 8 | 8, null, null, null)).isFalse();
        assertThat(SummaryGroups.monthIndex(java.time.LocalDateTime.of(2025, 3, 1, 0, 0))).isEqualTo(2025 * 12 + 3);
        assertThat(SummaryGroups.monthIndex(null)).isZero();
        assertThat(SummaryGroups.monthIndex(java.time.LocalDateTime.of(9999, 1, 1, 0, 0))).isEqualTo(-1);
    }

    private static String month(int index) {
        if (index == 0) {
            return null;
        }
        int year = (index - 1) / 12;
        return String.format("%04d-%02d", year, index - year * 12);
    }

    private static String text(Map<Integer, String> texts, Object id) {
        return id == null ? null : texts.get((Integer) id);
    }
}
