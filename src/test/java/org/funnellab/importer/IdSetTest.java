package org.funnellab.importer;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdSetTest {

    @Test
    void answersLikeAHashSetOfStrings() {
        Random random = new Random(3);
        IdSet ids = new IdSet();
        Set<String> reference = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            String id = "D" + random.nextInt(120_000);
            assertThat(ids.add(id)).as(id).isEqualTo(reference.add(id));
        }
        assertThat(ids.add("")).isTrue();
        assertThat(ids.add("")).isFalse();
    }
}
