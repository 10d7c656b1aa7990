package org.funnellab.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.funnellab.domain.Filters;

import java.time.YearMonth;
import java.util.List;

/**
 * The global filters applied to every screen: period (from/to month), channels, campaigns, owners. Offers the
 * values present in the workspace; publishes one immutable {@link Filters} whenever any choice changes.
 * An empty selection means "all".
 */
public final class FiltersViewModel {
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final ObservableList<String> campaigns = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> from = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> to = new SimpleObjectProperty<>();
    private final ObservableSet<String> selectedChannels = FXCollections.observableSet();
    private final ObservableSet<String> selectedCampaigns = FXCollections.observableSet();
    private final ObservableSet<String> selectedOwners = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<Filters> filters = new ReadOnlyObjectWrapper<>(Filters.ALL);
    private boolean updating;

    public FiltersViewModel() {
        from.addListener((obs, o, n) -> {
            if (n != null && to.get() != null && n.isAfter(to.get())) {
                to.set(n);
            }
            publish();
        });
        to.addListener((obs, o, n) -> {
            if (n != null && from.get() != null && n.isBefore(from.get())) {
                from.set(n);
            }
            publish();
        });
        SetChangeListener<String> onSet = c -> publish();
        selectedChannels.addListener(onSet);
        selectedCampaigns.addListener(onSet);
        selectedOwners.addListener(onSet);
    }

    /** New workspace data: offers its values and resets the choice to everything. */
    public void setAvailable(YearMonth first, YearMonth last, List<String> channelList, List<String> campaignList,
                             List<String> ownerList) {
        updating = true;
        try {
            months.clear();
            if (first != null && last != null) {
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    months.add(m);
                }
            }
            channels.setAll(channelList);
            campaigns.setAll(campaignList);
            owners.setAll(ownerList);
            selectedChannels.clear();
            selectedCampaigns.clear();
            selectedOwners.clear();
            from.set(first);
            to.set(last);
        } finally {
            updating = false;
        }
        publish();
    }

    /** Selects exactly {@code f} (a scenario opened): one change, one reload. */
    public void select(Filters f) {
        updating = true;
        try {
            selectedChannels.clear();
            selectedChannels.addAll(f.channels());
            selectedCampaigns.clear();
            selectedCampaigns.addAll(f.campaigns());
            selectedOwners.clear();
            selectedOwners.addAll(f.owners());
            from.set(f.from() != null ? f.from() : months.isEmpty() ? null : months.get(0));
            to.set(f.to() != null ? f.to() : months.isEmpty() ? null : months.get(months.size() - 1));
        } finally {
            updating = false;
        }
        publish();
    }

    public void clear() {
        updating = true;
        try {
            selectedChannels.clear();
            selectedCampaigns.clear();
            selectedOwners.clear();
            from.set(months.isEmpty() ? null : months.get(0));
            to.set(months.isEmpty() ? null : months.get(months.size() - 1));
        } finally {
            updating = false;
        }
        publish();
    }

    private void publish() {
        if (!updating) {
            filters.set(new Filters(from.get(), to.get(), selectedChannels, selectedCampaigns, selectedOwners));
        }
    }

    /**
     * The filters with a period that starts at the first month of the data (or ends at its last) left open, so a
     * saved scenario over "all months" still covers months imported later.
     */
    public Filters openEnded() {
        Filters f = filters.get();
        YearMonth first = months.isEmpty() ? null : months.get(0);
        YearMonth last = months.isEmpty() ? null : months.get(months.size() - 1);
        return new Filters(f.from() != null && f.from().equals(first) ? null : f.from(),
                f.to() != null && f.to().equals(last) ? null : f.to(), f.channels(), f.campaigns(), f.owners());
    }

    public ReadOnlyObjectProperty<Filters> filtersProperty() {
        return filters.getReadOnlyProperty();
    }

    public Filters filters() {
        return filters.get();
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    public ObservableList<String> campaigns() {
        return campaigns;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ObjectProperty<YearMonth> fromProperty() {
        return from;
    }

    public ObjectProperty<YearMonth> toProperty() {
        return to;
    }

    public ObservableSet<String> selectedChannels() {
        return selectedChannels;
    }

    public ObservableSet<String> selectedCampaigns() {
        return selectedCampaigns;
    }

    public ObservableSet<String> selectedOwners() {
        return selectedOwners;
    }
}
