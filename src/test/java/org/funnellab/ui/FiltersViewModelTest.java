package org.funnellab.ui;

import org.funnellab.domain.Filters;
import org.funnellab.ui.shell.FiltersViewModel;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FiltersViewModelTest {
    private final FiltersViewModel vm = new FiltersViewModel();
    private final List<Filters> published = new ArrayList<>();

    FiltersViewModelTest() {
        vm.setAvailable(YearMonth.of(2025, 1), YearMonth.of(2025, 12), List.of("SEO", "VK"), List.of("spring"),
                List.of("Анна"));
        vm.filtersProperty().addListener((obs, o, n) -> published.add(n));
    }

    @Test
    void newDataOffersEveryMonthAndSelectsAll() {
        assertThat(vm.months()).hasSize(12);
        assertThat(vm.filters()).isEqualTo(new Filters(YearMonth.of(2025, 1), YearMonth.of(2025, 12),
                Set.of(), Set.of(), Set.of()));
    }

    @Test
    void eachChoicePublishesOneFilter() {
        vm.selectedChannels().add("SEO");
        vm.fromProperty().set(YearMonth.of(2025, 3));
        assertThat(published).hasSize(2);
        assertThat(vm.filters().channels()).containsExactly("SEO");
        assertThat(vm.filters().from()).isEqualTo(YearMonth.of(2025, 3));
    }

    @Test
    void aStartAfterTheEndMovesTheEndInsteadOfFailing() {
        vm.toProperty().set(YearMonth.of(2025, 4));
        vm.fromProperty().set(YearMonth.of(2025, 6));
        assertThat(vm.filters().to()).isEqualTo(YearMonth.of(2025, 6));
    }

    @Test
    void clearReturnsToEverything() {
        vm.selectedOwners().add("Анна");
        vm.fromProperty().set(YearMonth.of(2025, 5));
        vm.clear();
        assertThat(vm.filters().owners()).isEmpty();
        assertThat(vm.filters().from()).isEqualTo(YearMonth.of(2025, 1));
    }
}
