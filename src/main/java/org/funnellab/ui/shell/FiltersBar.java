package org.funnellab.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.common.Lifetime;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;

/**
 * The global filter controls: period from/to, channels, campaigns, owners, and "clear". It only binds. Its labels
 * always say what the filters select (they are read from the view model, never remembered by the control), and
 * everything it registers on the long-lived view model is released when its {@link Lifetime} closes.
 */
public final class FiltersBar extends HBox {
    public FiltersBar(FiltersViewModel vm, I18n i18n) {
        this(vm, i18n, new Lifetime());
    }

    public FiltersBar(FiltersViewModel vm, I18n i18n, Lifetime lifetime) {
        setId("filtersBar");
        getStyleClass().add("filters-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        StringConverter<YearMonth> monthText = new StringConverter<>() {
            @Override
            public String toString(YearMonth m) {
                return m == null ? "" : m.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, i18n.locale())
                        + " " + m.getYear();
            }

            @Override
            public YearMonth fromString(String s) {
                return s == null || s.isBlank() ? null : YearMonth.parse(s, DateTimeFormatter.ofPattern("yyyy-MM"));
            }
        };
        ComboBox<YearMonth> from = new ComboBox<>(copyOf(vm.months(), lifetime));
        from.setId("filterFrom");
        from.setConverter(monthText);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        lifetime.onClose(() -> from.valueProperty().unbindBidirectional(vm.fromProperty()));
        ComboBox<YearMonth> to = new ComboBox<>(copyOf(vm.months(), lifetime));
        to.setId("filterTo");
        to.setConverter(monthText);
        to.valueProperty().bindBidirectional(vm.toProperty());
        lifetime.onClose(() -> to.valueProperty().unbindBidirectional(vm.toProperty()));

        Button clear = new Button(i18n.get("filters.clear"));
        clear.setId("filterClear");
        clear.setOnAction(e -> vm.clear());

        getChildren().addAll(new Label(i18n.get("filters.period")), from, new Label("—"), to,
                multi("filterChannels", i18n.get("filters.channels"), vm.channels(), vm.selectedChannels(), i18n,
                        lifetime),
                multi("filterCampaigns", i18n.get("filters.campaigns"), vm.campaigns(), vm.selectedCampaigns(), i18n,
                        lifetime),
                multi("filterOwners", i18n.get("filters.owners"), vm.owners(), vm.selectedOwners(), i18n, lifetime),
                clear);
    }

    /** A list of the control's own that follows {@code source} until the lifetime closes. */
    private static <T> ObservableList<T> copyOf(ObservableList<T> source, Lifetime lifetime) {
        ObservableList<T> copy = FXCollections.observableArrayList();
        Bindings.bindContent(copy, source);
        lifetime.onClose(() -> Bindings.unbindContent(copy, source));
        return copy;
    }

    /**
     * A multi-select whose title says what the view model's set selects ("all channels", the one channel, or how
     * many); the checks mirror the set both ways, starting from it.
     */
    private static CheckComboBox<String> multi(String id, String title, ObservableList<String> items,
                                               ObservableSet<String> selected, I18n i18n, Lifetime lifetime) {
        CheckComboBox<String> box = new CheckComboBox<>(copyOf(items, lifetime));
        box.setId(id);
        box.setShowCheckedCount(false);
        box.setMaxWidth(220);
        Runnable retitle = () -> box.setTitle(title + ": " + (selected.isEmpty() ? i18n.get("filters.all")
                : selected.size() == 1 ? selected.iterator().next() : i18n.format("filters.selected", selected.size())));
        boolean[] syncing = {false};
        Runnable checksFromSet = () -> {
            syncing[0] = true;
            try {
                box.getCheckModel().clearChecks();
                for (String s : selected) {
                    box.getCheckModel().check(s);
                }
            } finally {
                syncing[0] = false;
            }
        };
        box.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (syncing[0]) {
                return;
            }
            syncing[0] = true;
            try {
                selected.retainAll(box.getCheckModel().getCheckedItems());
                selected.addAll(box.getCheckModel().getCheckedItems());
            } finally {
                syncing[0] = false;
            }
            retitle.run();
        });
        lifetime.listen(selected, (javafx.collections.SetChangeListener<String>) c -> {
            if (!syncing[0]) {
                checksFromSet.run();
            }
            retitle.run();
        });
        checksFromSet.run();
        retitle.run();
        return box;
    }
}
