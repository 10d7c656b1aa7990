package org.funnellab.ui.export;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingPackTest {
    @Test
    void everyPageStartsTickedUntilAChoiceIsSavedThenOnlyTheSavedOnes() {
        assertThat(MeetingPack.ticked("dashboard/0", Optional.empty())).isTrue();
        Optional<List<String>> saved = Optional.of(List.of("dashboard/1", "scenarios/comparison"));
        assertThat(MeetingPack.ticked("dashboard/0", saved)).isFalse();
        assertThat(MeetingPack.ticked("dashboard/1", saved)).isTrue();
        assertThat(MeetingPack.ticked("scenarios/comparison", saved)).isTrue();
        assertThat(MeetingPack.ticked("planner/0", Optional.of(List.of()))).isFalse();
    }
}
