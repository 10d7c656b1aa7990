package org.funnellab.ui.shell;

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

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;

/** The global filter controls: period from/to, channels, campaigns, owners, and "clear". It only binds. */
public final class FiltersBar extends HBox {
    public FiltersBar(FiltersViewModel vm, I18n i18n) {
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
        ComboBox<YearMonth> from = new ComboBox<>(vm.months());
        from.setId("filterFrom");
        from.setConverter(monthText);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        ComboBox<YearMonth> to = new ComboBox<>(vm.months());
        to.setId("filterTo");
        to.setConverter(monthText);
        to.valueProperty().bindBidirectional(vm.toProperty());

        Button clear = new Button(i18n.get("filters.clear"));
        clear.setId("filterClear");
        clear.setOnAction(e -> vm.clear());

        getChildren().addAll(new Label(i18n.get("filters.period")), from, new Label("—"), to,
                multi("filterChannels", i18n.get("filters.channels"), vm.channels(), vm.selectedChannels(), i18n),
                multi("filterCampaigns", i18n.get("filters.campaigns"), vm.campaigns(), vm.selectedCampaigns(), i18n),
                multi("filterOwners", i18n.get("filters.owners"), vm.owners(), vm.selectedOwners(), i18n),
                clear);
    }

    /** A multi-select whose empty choice reads "all channels" etc.; the selection mirrors the view model's set. */
    private static CheckComboBox<String> multi(String id, String title, ObservableList<String> items,
                                               ObservableSet<String> selected, I18n i18n) {
        CheckComboBox<String> box = new CheckComboBox<>(items);
        box.setId(id);
        box.setTitle(title + ": " + i18n.get("filters.all"));
        box.setShowCheckedCount(false);
        box.setMaxWidth(220);
        boolean[] syncing = {false};
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
            int n = box.getCheckModel().getCheckedItems().size();
            box.setTitle(title + ": " + (n == 0 ? i18n.get("filters.all") : n == 1
                    ? box.getCheckModel().getCheckedItems().get(0) : i18n.format("filters.selected", n)));
        });
        selected.addListener((javafx.collections.SetChangeListener<String>) c -> {
            if (syncing[0]) {
                return;
            }
            syncing[0] = true;
            try {
                box.getCheckModel().clearChecks();
                for (String s : selected) {
                    box.getCheckModel().check(s);
                }
            } finally {
                syncing[0] = false;
            }
            if (selected.isEmpty()) {
                box.setTitle(title + ": " + i18n.get("filters.all"));
            }
        });
        return box;
    }
}
