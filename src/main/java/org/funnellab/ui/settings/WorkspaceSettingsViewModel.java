package org.funnellab.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.funnellab.domain.CostCategory;
import org.funnellab.service.CacCostCategories;
import org.funnellab.service.ClvAssumptions;
import org.funnellab.service.MetricSettings;
import org.funnellab.service.SharedCosts;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * The workspace settings every figure depends on, edited in one place: the cost categories CAC counts (all, marketing
 * only, or a custom set), how shared costs reach a channel, and the CLV assumptions. Margin and churn are percent here
 * (0..100) and fractions in the settings. {@link #save()} stores them and every screen follows the new figures.
 */
public final class WorkspaceSettingsViewModel {
    private final WorkspaceViewModel workspace;
    private final ObjectProperty<CacCostCategories.Choice> cacChoice = new SimpleObjectProperty<>();
    private final Map<CostCategory, BooleanProperty> categories = new EnumMap<>(CostCategory.class);
    private final ObjectProperty<SharedCosts> sharedCosts = new SimpleObjectProperty<>();
    private final ObjectProperty<ClvAssumptions.Model> clvModel = new SimpleObjectProperty<>();
    private final DoubleProperty purchasesPerYear = new SimpleDoubleProperty();
    private final DoubleProperty lifetimeYears = new SimpleDoubleProperty();
    private final DoubleProperty marginPercent = new SimpleDoubleProperty();
    private final DoubleProperty monthlyRevenuePerAccount = new SimpleDoubleProperty();
    private final DoubleProperty churnPercent = new SimpleDoubleProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean syncing;

    public WorkspaceSettingsViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        for (CostCategory c : CostCategory.values()) {
            BooleanProperty p = new SimpleBooleanProperty();
            p.addListener((obs, o, n) -> categoriesEdited());
            categories.put(c, p);
        }
        cacChoice.addListener((obs, o, n) -> choiceEdited(n));
        for (var p : new javafx.beans.Observable[] {cacChoice, purchasesPerYear, lifetimeYears, marginPercent,
                monthlyRevenuePerAccount, churnPercent, clvModel}) {
            p.addListener(obs -> validate());
        }
        load(workspace.settings());
    }

    /** Shows {@code s} in the fields. */
    public void load(MetricSettings s) {
        syncing = true;
        try {
            for (CostCategory c : CostCategory.values()) {
                categories.get(c).set(s.cacCosts().categories().contains(c));
            }
            cacChoice.set(s.cacCosts().choice());
            sharedCosts.set(s.sharedCosts());
            ClvAssumptions a = s.clv();
            clvModel.set(a.model());
            purchasesPerYear.set(a.purchasesPerYear());
            lifetimeYears.set(a.lifetimeYears());
            marginPercent.set(a.grossMargin() * 100);
            monthlyRevenuePerAccount.set(a.monthlyRevenuePerAccount());
            churnPercent.set(a.monthlyChurn() * 100);
        } finally {
            syncing = false;
        }
        validate();
    }

    private void choiceEdited(CacCostCategories.Choice choice) {
        if (syncing || choice == null || choice == CacCostCategories.Choice.CUSTOM) {
            return;
        }
        CacCostCategories preset = choice == CacCostCategories.Choice.ALL ? CacCostCategories.ALL
                : CacCostCategories.MARKETING;
        syncing = true;
        try {
            for (CostCategory c : CostCategory.values()) {
                categories.get(c).set(preset.categories().contains(c));
            }
        } finally {
            syncing = false;
        }
    }

    private void categoriesEdited() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            cacChoice.set(CacCostCategories.of(selectedCategories()).choice());
        } finally {
            syncing = false;
        }
        validate();
    }

    private EnumSet<CostCategory> selectedCategories() {
        EnumSet<CostCategory> set = EnumSet.noneOf(CostCategory.class);
        categories.forEach((c, p) -> {
            if (p.get()) {
                set.add(c);
            }
        });
        return set;
    }

    /** The settings as edited; throws when they are not valid (see {@link #problemProperty()}). */
    public MetricSettings settings() {
        EnumSet<CostCategory> set = selectedCategories();
        if (set.isEmpty()) {
            throw new IllegalStateException("settings.problem.noCategory");
        }
        ClvAssumptions a = new ClvAssumptions(clvModel.get(), purchasesPerYear.get(), lifetimeYears.get(),
                marginPercent.get() / 100, monthlyRevenuePerAccount.get(), churnPercent.get() / 100);
        return new MetricSettings(CacCostCategories.of(set), sharedCosts.get(), a);
    }

    private void validate() {
        if (syncing) {
            return;
        }
        String key = "";
        if (selectedCategories().isEmpty()) {
            key = "settings.problem.noCategory";
        } else if (marginPercent.get() < 0 || marginPercent.get() > 100 || churnPercent.get() < 0
                || churnPercent.get() > 100) {
            key = "settings.problem.percent";
        } else if (purchasesPerYear.get() < 0 || lifetimeYears.get() < 0 || monthlyRevenuePerAccount.get() < 0) {
            key = "settings.problem.negative";
        }
        problem.set(key);
    }

    /** Stores the settings in the open workspace; false (nothing stored) when they are not valid. */
    public boolean save() {
        validate();
        if (!problem.get().isEmpty()) {
            return false;
        }
        workspace.saveSettings(settings());
        return true;
    }

    public ObjectProperty<CacCostCategories.Choice> cacChoiceProperty() {
        return cacChoice;
    }

    public BooleanProperty categoryProperty(CostCategory c) {
        return categories.get(c);
    }

    public ObjectProperty<SharedCosts> sharedCostsProperty() {
        return sharedCosts;
    }

    public ObjectProperty<ClvAssumptions.Model> clvModelProperty() {
        return clvModel;
    }

    public DoubleProperty purchasesPerYearProperty() {
        return purchasesPerYear;
    }

    public DoubleProperty lifetimeYearsProperty() {
        return lifetimeYears;
    }

    public DoubleProperty marginPercentProperty() {
        return marginPercent;
    }

    public DoubleProperty monthlyRevenuePerAccountProperty() {
        return monthlyRevenuePerAccount;
    }

    public DoubleProperty churnPercentProperty() {
        return churnPercent;
    }

    /** Message key of what is wrong with the edited values, empty when they can be saved. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The workspace currency, as shown (set on creation or first import). */
    public String currency() {
        return workspace.currencyProperty().get();
    }

    /** The workspace time zone id, empty when the system's is used. */
    public String timeZone() {
        return workspace.timeZoneProperty().get();
    }
}
