package org.funnellab.ui.importwizard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.funnellab.importer.ColumnValues;
import org.funnellab.importer.mapping.ColumnMapping;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.mapping.StageMapping;
import org.funnellab.importer.mapping.TargetRules;
import org.funnellab.importer.parse.ValueParsers;
import org.funnellab.importer.read.ReadSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 3 (leads): every distinct stage value and loss reason of the whole file, with counts. Stage values start from
 * the preset's meanings; loss reasons from the non-target list. The user's choices survive going back and forth.
 * <p>
 * Defaults that do not lead into wrong numbers: a value the dictionaries do not know but whose words say lost or won
 * ("Closed - Lost", "Проиграна") is pre-filled as such and marked {@linkplain StageValueRow#guessedProperty() guessed}
 * until the user confirms it; values whose meaning moves the headline figures (lost, won, non-target reasons) are
 * {@linkplain #movesFigures marked}; lost deals whose value does not say how far they got count as lost at the
 * stage asked in plain words ({@link #lostStageProperty()}). The {@link #figuresProperty() figures} the choices
 * produce (leads, won, lost, open, win rate, non-target share, velocity) are computed by the import over the whole
 * file in the background ({@link #figures}) and shown live.
 */
public final class ValuesStepViewModel {
    /** What the background read of the file found: distinct values with counts, most frequent first. */
    record Found(Map<String, Long> stages, Map<String, Long> statuses, Map<String, Long> reasons) {
    }

    private final ObservableList<StageValueRow> stages = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[]{r.stageProperty(), r.statusProperty()});
    /** One read-only view, kept: listeners on a view made per call would be lost with it. */
    private final ObservableList<StageValueRow> stagesView = FXCollections.unmodifiableObservableList(stages);
    private final ObservableList<ReasonRow> reasons = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[]{r.targetProperty()});
    /** One read-only view, kept: listeners on a view made per call would be lost with it. */
    private final ObservableList<ReasonRow> reasonsView = FXCollections.unmodifiableObservableList(reasons);
    private final ObservableList<StatusValueRow> statuses = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[]{r.statusProperty()});
    /** One read-only view, kept: listeners on a view made per call would be lost with it. */
    private final ObservableList<StatusValueRow> statusesView = FXCollections.unmodifiableObservableList(statuses);
    private final ObservableList<org.funnellab.importer.Notice> rules = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view made per call would be lost with it. */
    private final ObservableList<org.funnellab.importer.Notice> rulesView = FXCollections.unmodifiableObservableList(rules);
    private final javafx.beans.property.ReadOnlyBooleanWrapper statusColumn =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final IntegerBinding unmappedCount = Bindings.createIntegerBinding(
            () -> (int) stages.stream().filter(StageValueRow::isUnmapped).count(), stages);

    /** What the import will produce with the current choices, over the whole file. */
    public record Figures(long rows, long rejected, long leads, long won, long lost, long open,
                          org.funnellab.domain.MetricValue winRate, org.funnellab.domain.MetricValue nonTargetShare,
                          long unknownTarget, org.funnellab.domain.MetricValue velocityPerMonth) {
    }

    /** The stage the dashboard's win rate counts lost leads from (as the workspace does). */
    static final Stage WIN_RATE_STAGE = Stage.SQL;
    /** Stages a lost deal may be said to have been worked to. */
    private static final List<Stage> LOST_STAGES = List.of(Stage.MQL, Stage.SQL, Stage.OPPORTUNITY);

    private final javafx.beans.property.ObjectProperty<Stage> lostStage =
            new javafx.beans.property.SimpleObjectProperty<>(Mapping.DEFAULT_LOST_STAGE);
    private final javafx.beans.property.ReadOnlyObjectWrapper<Figures> figures =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper computing =
            new javafx.beans.property.ReadOnlyBooleanWrapper();

    ValuesStepViewModel() {
    }

    /**
     * The figures the import of {@code file} with {@code mapping} would give: every row through the import (as
     * {@link org.funnellab.importer.ImportService#checkLeads}), nothing written; null when cancelled.
     */
    static Figures figures(org.funnellab.store.Workspace workspace, Path file, ReadSettings settings, Mapping mapping,
                           java.util.function.BooleanSupplier cancelled) throws IOException {
        org.funnellab.importer.ImportFigures sink = new org.funnellab.importer.ImportFigures(WIN_RATE_STAGE);
        org.funnellab.importer.ImportReport report = new org.funnellab.importer.ImportService().checkLeads(workspace,
                file, settings, mapping, sink, p -> !cancelled.getAsBoolean());
        if (report.cancelled()) {
            return null;
        }
        org.funnellab.domain.FunnelFacts f = sink.facts();
        return new Figures(report.rowsRead(), report.rejectedCount(), f.leads(), f.won(), f.lost(), f.open(),
                org.funnellab.calc.FunnelMetrics.winRate(f), org.funnellab.calc.FunnelMetrics.nonTargetShare(f),
                f.unknown(), org.funnellab.calc.FunnelMetrics.pipelineVelocityPerMonth(f));
    }

    /** Forgets every value and choice (another workspace was opened). */
    void clear() {
        stages.clear();
        reasons.clear();
        statuses.clear();
        rules.clear();
        figures.set(null);
        computing.set(false);
        lostStage.set(Mapping.DEFAULT_LOST_STAGE);
    }

    void showFigures(Figures f) {
        figures.set(f);
    }

    void computing(boolean on) {
        computing.set(on);
    }

    /** The figures the current choices give (null until first computed). */
    public javafx.beans.property.ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** True while the figures are being computed again after a change. */
    public javafx.beans.property.ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Where a lost deal counts as lost when its value does not say how far it got (non-target ones stay at LEAD). */
    public javafx.beans.property.ObjectProperty<Stage> lostStageProperty() {
        return lostStage;
    }

    public static List<Stage> lostStages() {
        return LOST_STAGES;
    }

    /** True when the row's meaning moves the headline figures: won or lost. */
    public static boolean movesFigures(StageValueRow r) {
        return !r.isUnmapped() && r.statusProperty().get() != LeadStatus.OPEN;
    }

    /** Words that say a deal was lost or won, in the languages of the CRMs the app reads. */
    private static final List<String> LOST_WORDS = List.of("lost", "lose", "проигр", "провал", "отказ", "perdid",
            "perdida", "verloren");
    private static final List<String> WON_WORDS = List.of("won", "выигр", "успешн", "ganad", "gewonnen");

    /** A meaning read from the value's words for a value no dictionary knows, or null (then the user chooses). */
    static StageMapping guess(String value) {
        List<String> words = List.of(ValueParsers.normalizeKey(value).toLowerCase(java.util.Locale.ROOT)
                .split("[^\\p{L}]+"));
        boolean lost = words.stream().anyMatch(t -> LOST_WORDS.stream().anyMatch(t::startsWith));
        boolean won = words.stream().anyMatch(t -> WON_WORDS.stream().anyMatch(t::startsWith));
        if (lost == won) {
            return null;
        }
        return lost ? new StageMapping(Stage.LEAD, LeadStatus.LOST) : new StageMapping(Stage.WON, LeadStatus.WON);
    }

    /** Reads the distinct values of the stage and loss-reason columns; runs in the background. */
    static Found read(Path file, ReadSettings settings, Mapping mapping) throws IOException {
        ColumnMapping stage = mapping.column(ColumnRole.STAGE);
        ColumnMapping reason = mapping.column(ColumnRole.LOSS_REASON);
        ColumnMapping status = mapping.column(ColumnRole.STATUS);
        Map<String, Long> statusValues = status == null ? Map.of()
                : ColumnValues.distinct(file, settings, status.index());
        Map<String, Long> stageValues = stage == null ? Map.of() : ColumnValues.distinct(file, settings, stage.index());
        Map<String, Long> reasonValues = reason == null ? Map.of()
                : ColumnValues.distinct(file, settings, reason.index());
        return new Found(stageValues, statusValues, reasonValues);
    }

    /** Shows what was found, pre-filled from {@code mapping} and from the user's earlier choices for the same values. */
    void show(Found found, Mapping mapping) {
        statusColumn.set(mapping.column(ColumnRole.STATUS) != null);
        if (stages.isEmpty() && reasons.isEmpty() && statuses.isEmpty()) {
            lostStage.set(mapping.effectiveLostStage());
        }
        rules.setAll(org.funnellab.importer.ImportMeanings.rules(mapping));
        Map<String, StageValueRow> earlierStages = new HashMap<>();
        stages.forEach(r -> earlierStages.put(r.value(), r));
        Map<String, Target> earlierReasons = new HashMap<>();
        reasons.forEach(r -> earlierReasons.put(r.value(), r.targetProperty().get()));
        Map<String, StageMapping> known = new HashMap<>();
        mapping.stageValues().forEach((k, v) -> known.put(ValueParsers.normalizeKey(k), v));

        List<StageValueRow> stageRows = new ArrayList<>();
        found.stages().forEach((value, count) -> {
            if (value.isEmpty()) {
                return;
            }
            StageValueRow earlier = earlierStages.get(value);
            StageMapping m = known.get(ValueParsers.normalizeKey(value));
            if (earlier != null && earlier.stageProperty().get() != null) {
                stageRows.add(new StageValueRow(value, count, earlier.stageProperty().get(),
                        earlier.statusProperty().get()));
            } else if (m == null && guess(value) != null) {
                StageMapping g = guess(value);
                StageValueRow row = new StageValueRow(value, count, g.stage(), g.status());
                row.markGuessed();
                stageRows.add(row);
            } else {
                stageRows.add(new StageValueRow(value, count, m == null ? null : m.stage(),
                        m == null ? null : m.status()));
            }
        });
        stages.setAll(stageRows);

        Map<String, LeadStatus> earlierStatuses = new HashMap<>();
        statuses.forEach(r -> earlierStatuses.put(r.value(), r.statusProperty().get()));
        Map<String, LeadStatus> knownStatuses = new HashMap<>();
        mapping.statusValues().forEach((k, v) -> knownStatuses.put(ValueParsers.normalizeKey(k), v));
        List<StatusValueRow> statusRows = new ArrayList<>();
        found.statuses().forEach((value, count) -> {
            if (!value.isEmpty()) {
                LeadStatus earlier = earlierStatuses.get(value);
                statusRows.add(new StatusValueRow(value, count,
                        earlier != null ? earlier : knownStatuses.get(ValueParsers.normalizeKey(value))));
            }
        });
        statuses.setAll(statusRows);

        TargetRules rules = new TargetRules(mapping.nonTargetReasons());
        List<ReasonRow> reasonRows = new ArrayList<>();
        found.reasons().forEach((value, count) -> {
            if (!value.isEmpty()) {
                Target t = earlierReasons.getOrDefault(value,
                        rules.isNonTargetReason(value) ? Target.NON_TARGET : Target.TARGET);
                reasonRows.add(new ReasonRow(value, count, t));
            }
        });
        reasons.setAll(reasonRows);
    }

    /** {@code mapping} with the stage meanings and non-target reasons chosen here. */
    public Mapping applyTo(Mapping mapping) {
        Mapping result = lostStage.get() == null ? mapping : mapping.withLostStage(lostStage.get());
        for (StageValueRow r : stages) {
            if (!r.isUnmapped()) {
                result = result.withStageValue(r.value(), new StageMapping(r.stageProperty().get(),
                        r.statusProperty().get() == null ? LeadStatus.OPEN : r.statusProperty().get()));
            }
        }
        Map<String, LeadStatus> statusValues = new java.util.LinkedHashMap<>(result.statusValues());
        for (StatusValueRow r : statuses) {
            if (r.statusProperty().get() != null) {
                statusValues.put(r.value(), r.statusProperty().get());
            }
        }
        if (!statuses.isEmpty()) {
            for (Map.Entry<String, LeadStatus> e : statusValues.entrySet()) {
                result = result.withStatusValue(e.getKey(), e.getValue());
            }
        }
        if (reasons.isEmpty()) {
            return result;
        }
        Set<String> nonTarget = new LinkedHashSet<>();
        Set<String> target = new HashSet<>();
        for (ReasonRow r : reasons) {
            (r.targetProperty().get() == Target.NON_TARGET ? nonTarget : target).add(ValueParsers.normalizeKey(r.value()));
        }
        List<String> list = new ArrayList<>();
        for (String s : result.nonTargetReasons()) {
            if (!target.contains(ValueParsers.normalizeKey(s))) {
                list.add(s);
            }
        }
        for (ReasonRow r : reasons) {
            if (r.targetProperty().get() == Target.NON_TARGET && !containsKey(list, r.value())) {
                list.add(r.value());
            }
        }
        return result.withNonTargetReasons(list);
    }

    private static boolean containsKey(List<String> list, String value) {
        String key = ValueParsers.normalizeKey(value);
        return list.stream().anyMatch(s -> ValueParsers.normalizeKey(s).equals(key));
    }

    /** The row of {@code value}, or null. */
    public StageValueRow stage(String value) {
        return stages.stream().filter(r -> r.value().equals(value)).findFirst().orElse(null);
    }

    public ReasonRow reason(String value) {
        return reasons.stream().filter(r -> r.value().equals(value)).findFirst().orElse(null);
    }

    public ObservableList<StageValueRow> stages() {
        return stagesView;
    }

    /** The values of the file's own status column (empty when it has none). */
    public ObservableList<StatusValueRow> statuses() {
        return statusesView;
    }

    public StatusValueRow status(String value) {
        return statuses.stream().filter(r -> r.value().equals(value)).findFirst().orElse(null);
    }

    public ObservableList<ReasonRow> reasons() {
        return reasonsView;
    }

    /**
     * The rules the import applies to these values (where lost deals count, won deals are target, the win-rate
     * definition, undated rows): they change the headline figures, so the step states them.
     */
    public ObservableList<org.funnellab.importer.Notice> rules() {
        return rulesView;
    }

    /** How many stage values have no meaning yet (their rows would be rejected). */
    public IntegerBinding unmappedCountProperty() {
        return unmappedCount;
    }

    /** True when the file has its own status column (Pipedrive): it decides won / lost over the stage's status. */
    public javafx.beans.property.ReadOnlyBooleanProperty statusColumnProperty() {
        return statusColumn.getReadOnlyProperty();
    }

    /** Choices for a loss reason: whether it marks the lead non-target or a real prospect who did not buy. */
    public static List<Target> reasonTargets() {
        return List.of(Target.TARGET, Target.NON_TARGET);
    }
}
