package org.funnellab.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DbValuesTest {
    @Test
    void theHandBuiltDateTimeTextEqualsTheFormattersForRandomInstants() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        Random rnd = new Random(11);
        for (int i = 0; i < 500; i++) {
            LocalDateTime t = LocalDateTime.of(1 + rnd.nextInt(9_999), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28),
                    rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60));
            assertThat(DbValues.dateTime(t)).isEqualTo(t.format(f));
        }
        assertThat(DbValues.dateTime(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"150000.50, 15000050", "0.10, 10", "12, 1200", "0.005, 1", "0.004, 0", "-3.335, -334"})
    void moneyIsStoredInKopecksRoundedHalfUpBeyondTheKopeck(String amount, long minor) {
        assertThat(DbValues.toMinor(new BigDecimal(amount))).isEqualTo(minor);
        assertThat(DbValues.fromMinor(minor)).isEqualByComparingTo(new BigDecimal(minor).movePointLeft(2));
    }

    @Test
    void theKeyHashSetSpotsEveryRepeatAcrossGrowth() {
        LongHashSet set = new LongHashSet();
        Set<String> reference = new HashSet<>();
        Random rnd = new Random(3);
        for (int i = 0; i < 300_000; i++) {
            String id = "id-" + rnd.nextInt(200_000);
            assertThat(set.add(LongHashSet.keyHash("generic", id))).isEqualTo(reference.add(id));
        }
        assertThat(LongHashSet.keyHash("amocrm", "1")).isNotEqualTo(LongHashSet.keyHash("generic", "1"));
    }
}
