package org.funnellab.ui.importwizard;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.funnellab.importer.parse.DateResolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Step 4: what the rows become before anything is written: the whole file is checked as the import will run it, with
 * progress and Cancel; parsed rows (the first 100), the date layout of each date column (and whether it was
 * ambiguous), how many rows would be rejected and why. The options here change what the import does, and a change
 * checks the file again: the currency amounts without one are in (and its rate into the workspace's currency), a
 * forced date layout for an ambiguous or unread date column, and whether rows without a created date are kept.
 */
public final class CheckStepViewModel {
    /** A rejection reason and how many of the checked rows it hit. */
    public record ReasonCount(String reason, long count, org.funnellab.importer.Notice notice) {
        /** The reason in {@code locale}'s language (the import's own text when it carries no notice). */
        public String in(java.util.Locale locale) {
            return notice == null ? reason : notice.in(locale);
        }
    }

    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ObservableList<DateResolution> dates = FXCollections.observableArrayList();
    private final ObservableList<ReasonCount> rejections = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper checked = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper accepted = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper rejected = new ReadOnlyLongWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper checking = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyDoubleWrapper fraction = new javafx.beans.property.ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyLongWrapper rowsRead = new ReadOnlyLongWrapper();
    private final javafx.beans.property.StringProperty currency = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.StringProperty rate = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.ReadOnlyStringWrapper workspaceCurrency =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    private final javafx.beans.property.BooleanProperty keepUndated = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.ObjectProperty<org.funnellab.importer.parse.DatePattern> dateLayout =
            new javafx.beans.property.SimpleObjectProperty<>();

    CheckStepViewModel() {
    }

    /** Starts a check of the whole file: progress from nothing. */
    void checking(boolean on) {
        checking.set(on);
        if (on) {
            fraction.set(-1);
            rowsRead.set(0);
        }
    }

    void progress(org.funnellab.importer.ImportProgress p) {
        fraction.set(p.fraction());
        rowsRead.set(p.rows());
    }

    /** The options as a mapping would hold them, for a new file: the workspace's currency, nothing forced. */
    void resetOptions(String workspaceCode, org.funnellab.importer.mapping.Mapping m) {
        workspaceCurrency.set(workspaceCode == null ? "" : workspaceCode);
        currency.set(m.defaultCurrency() != null ? m.defaultCurrency() : workspaceCode); // null: as the file says
        java.math.BigDecimal r = currency.get() == null ? null : m.rates().get(currency.get());
        rate.set(r == null ? "" : r.toPlainString());
        keepUndated.set(m.keepUndated());
        dateLayout.set(m.dateFormat());
    }

    /** {@code m} with the options chosen here. */
    org.funnellab.importer.mapping.Mapping applyTo(org.funnellab.importer.mapping.Mapping m) {
        org.funnellab.importer.mapping.Mapping out = m.withKeepUndated(keepUndated.get());
        if (dateLayout.get() != null) {
            out = out.withDateFormat(dateLayout.get());
        }
        String code = currency.get() == null ? "" : currency.get().strip().toUpperCase(java.util.Locale.ROOT);
        if (code.matches("[A-Z]{3}")) {
            out = out.withDefaultCurrency(code);
            java.math.BigDecimal r = rateValue();
            if (r != null && !code.equals(workspaceCurrency.get())) {
                java.util.Map<String, java.math.BigDecimal> rates = new java.util.LinkedHashMap<>(out.rates());
                rates.put(code, r);
                out = out.withRates(rates);
            }
        }
        return out;
    }

    /** The rate typed (a dot or a comma for decimals), or null when none or not a positive number. */
    java.math.BigDecimal rateValue() {
        String text = rate.get() == null ? "" : rate.get().strip().replace(',', '.').replace(" ", "");
        try {
            java.math.BigDecimal r = new java.math.BigDecimal(text);
            return r.signum() > 0 ? r : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when amounts will be in another currency than the workspace's, so a rate is needed. */
    public boolean needsRate() {
        String code = currency.get() == null ? "" : currency.get().strip().toUpperCase(java.util.Locale.ROOT);
        return !workspaceCurrency.get().isEmpty() && !code.isEmpty() && !code.equals(workspaceCurrency.get());
    }

    /** True when a date column was ambiguous or left values unread: the layout picker asks the user. */
    public boolean datesNeedAChoice() {
        return dates.stream().anyMatch(d -> d.ambiguous() || d.unmatched() > 0 || d.pattern() == null && d.values() > 0);
    }

    void clear() {
        rows.clear();
        dates.clear();
        rejections.clear();
        checked.set(0);
        accepted.set(0);
        rejected.set(0);
    }

    void show(DryRun.Result r) {
        columns.setAll(r.columns());
        rows.setAll(r.rows());
        dates.setAll(r.dates());
        List<ReasonCount> reasons = new ArrayList<>();
        r.rejectionReasons().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> reasons.add(new ReasonCount(e.getKey(), e.getValue(),
                        r.reasonNotices().get(e.getKey()))));
        rejections.setAll(reasons);
        checked.set(r.checked());
        accepted.set(r.accepted());
        rejected.set(r.rejected());
    }

    /** The preview's columns, as i18n suffixes ({@code importWizard.check.col.<name>}). */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<List<String>> rows() {
        return rows;
    }

    public ObservableList<DateResolution> dates() {
        return dates;
    }

    public ObservableList<ReasonCount> rejections() {
        return rejections;
    }

    public ReadOnlyLongProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty acceptedProperty() {
        return accepted.getReadOnlyProperty();
    }

    /** True while the whole file is being checked. */
    public javafx.beans.property.ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    /** Rows read so far by the running check. */
    public ReadOnlyLongProperty rowsReadProperty() {
        return rowsRead.getReadOnlyProperty();
    }

    /** The currency of amounts that name none (ISO code). */
    public javafx.beans.property.StringProperty currencyProperty() {
        return currency;
    }

    /** How many units of the workspace's currency one unit of {@link #currencyProperty()} is worth. */
    public javafx.beans.property.StringProperty rateProperty() {
        return rate;
    }

    /** The workspace's currency, empty while it has none (the first import sets it). */
    public javafx.beans.property.ReadOnlyStringProperty workspaceCurrencyProperty() {
        return workspaceCurrency.getReadOnlyProperty();
    }

    /** Keep rows without a created date (they count in all-time figures only). */
    public javafx.beans.property.BooleanProperty keepUndatedProperty() {
        return keepUndated;
    }

    /** A date layout forced on the date columns, or null to let the import resolve each column from its values. */
    public javafx.beans.property.ObjectProperty<org.funnellab.importer.parse.DatePattern> dateLayoutProperty() {
        return dateLayout;
    }

    public ReadOnlyLongProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }
}
