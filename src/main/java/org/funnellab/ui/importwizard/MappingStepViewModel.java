package org.funnellab.ui.importwizard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.funnellab.domain.SourceSystem;
import org.funnellab.importer.mapping.ColumnMapping;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.parse.ValueParsers;
import org.funnellab.importer.detect.ColumnDetector;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FilePreview;
import org.funnellab.importer.read.SourceRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 2 (leads): which preset the mapping starts from (the best match is picked; saved mappings are offered by name),
 * the role of each column, the source system and whether the file only updates leads already imported.
 */
public final class MappingStepViewModel {
    static final int SAMPLES = 5;

    private final ObservableList<PresetChoice> presets = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view made per call would be lost with it. */
    private final ObservableList<PresetChoice> presetsView = FXCollections.unmodifiableObservableList(presets);
    private final ReadOnlyObjectWrapper<PresetChoice> preset = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[]{r.roleProperty()});
    /** One read-only view, kept: listeners on a view made per call would be lost with it. */
    private final ObservableList<ColumnRow> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObjectProperty<SourceSystem> sourceSystem = new SimpleObjectProperty<>(SourceSystem.GENERIC);
    private final BooleanProperty linked = new SimpleBooleanProperty();
    private FilePreview preview;
    private Mapping base;

    MappingStepViewModel() {
    }

    /** Starts over for a newly read file: the built-in presets plus {@code savedNames}, the best match chosen. */
    void setUp(FilePreview filePreview, List<String> savedNames) {
        this.preview = filePreview;
        List<PresetChoice> choices = new ArrayList<>();
        Presets.builtIn().forEach(p -> choices.add(new PresetChoice(p.name(), false)));
        savedNames.forEach(n -> choices.add(new PresetChoice(n, true)));
        presets.setAll(choices);
        // names and sample values, as the command line detects them
        ColumnDetector.Detection best = ColumnDetector.detect(filePreview.header(), filePreview.rows());
        if (!best.complete() && best.preset().sourceSystem() != SourceSystem.GENERIC) {
            // a CRM preset is only pre-selected when it binds id, created date and stage; else names and values alone
            best = ColumnDetector.withPreset(Presets.generic(), filePreview.header(), filePreview.rows());
        }
        apply(new PresetChoice(best.preset().name(), false), best.mapping());
    }

    /** Forgets the set-up, so the next file is detected afresh. */
    void clear() {
        preview = null;
        columns.clear();
    }

    /** True when the mapping was set up for a file with this header (going back and forth keeps the user's edits). */
    boolean isSetUpFor(FilePreview filePreview) {
        return preview != null && preview.header().equals(filePreview.header());
    }

    void addSaved(String name) {
        if (presets.stream().noneMatch(p -> p.saved() && p.name().equals(name))) {
            presets.add(new PresetChoice(name, true));
        }
    }

    /** Applies a built-in preset to the file's header. Saved mappings are loaded by the wizard, then {@link #apply}. */
    void chooseBuiltIn(PresetChoice choice) {
        apply(choice, ColumnDetector.withPreset(Presets.byName(choice.name()), preview.header(), preview.rows()).mapping());
    }

    /**
     * Starts from {@code mapping}: each column gets the role the mapping gives the column of the same header, or of the
     * same position when no header matches (a saved mapping from a slightly different export still fits).
     */
    void apply(PresetChoice choice, Mapping mapping) {
        this.base = mapping;
        List<String> header = preview.header();
        List<ColumnRow> rows = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            rows.add(new ColumnRow(i, header.get(i), roleFor(mapping, i, header.get(i)), samples(i)));
        }
        columns.setAll(rows);
        sourceSystem.set(mapping.sourceSystem());
        linked.set(mapping.linked());
        preset.set(choice);
    }

    private static ColumnRole roleFor(Mapping mapping, int index, String header) {
        String key = ValueParsers.normalizeKey(header);
        for (ColumnMapping c : mapping.columns()) {
            if (c.index() == index && ValueParsers.normalizeKey(c.header()).equals(key)) {
                return c.role();
            }
        }
        for (ColumnMapping c : mapping.columns()) {
            if (ValueParsers.normalizeKey(c.header()).equals(key)) {
                return c.role();
            }
        }
        return mapping.columns().stream().filter(c -> c.index() == index).map(ColumnMapping::role).findFirst()
                .orElse(ColumnRole.IGNORE);
    }

    private List<String> samples(int column) {
        List<String> values = new ArrayList<>();
        for (SourceRow row : preview.rows()) {
            String v = row.cell(column).strip();
            if (!v.isEmpty()) {
                values.add(v);
            }
            if (values.size() == SAMPLES) {
                break;
            }
        }
        return values;
    }

    /** The mapping as the user has set it (stage and loss-reason meanings come from the values step). */
    public Mapping mapping() {
        List<ColumnMapping> cols = new ArrayList<>();
        for (ColumnRow r : columns) {
            cols.add(new ColumnMapping(r.index(), r.header(), r.role()));
        }
        // every other part of the preset or saved mapping (lost stage, undated rows, date pattern, rates) is kept
        return new Mapping(base.name(), sourceSystem.get(), cols, base.stageValues(), base.statusValues(),
                base.nonTargetReasons(), base.dateFormat(), linked.get(), base.constants(), base.collapseRepeatedIds(),
                base.defaultCurrency(), base.lostStage(), base.keepUndated(), base.datePattern(), base.rates());
    }

    /** Roles offered for a column: the required ones first, then the most used, "ignore" last. */
    public static List<ColumnRole> roleChoices() {
        return List.of(ColumnRole.EXTERNAL_ID, ColumnRole.CREATED_AT, ColumnRole.STAGE, ColumnRole.CLOSED_AT,
                ColumnRole.DEAL_VALUE, ColumnRole.CHANNEL, ColumnRole.CAMPAIGN, ColumnRole.OWNER, ColumnRole.COMPANY,
                ColumnRole.STATUS, ColumnRole.LOSS_REASON, ColumnRole.TARGET_FLAG, ColumnRole.TAGS,
                ColumnRole.CURRENCY, ColumnRole.WON_FLAG, ColumnRole.CLOSED_FLAG, ColumnRole.IGNORE);
    }

    /** Required roles (id, created date, stage) no column has yet: the import cannot run without them. */
    public List<ColumnRole> missingRequired() {
        List<ColumnRole> missing = new ArrayList<>();
        for (ColumnRole r : List.of(ColumnRole.EXTERNAL_ID, ColumnRole.CREATED_AT, ColumnRole.STAGE)) {
            if (column(r) == null) {
                missing.add(r);
            }
        }
        return missing;
    }

    /** The column given {@code role}, or null. */
    public ColumnRow column(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).findFirst().orElse(null);
    }

    public ObservableList<PresetChoice> presets() {
        return presetsView;
    }

    public ReadOnlyObjectProperty<PresetChoice> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    public ObservableList<ColumnRow> columns() {
        return columnsView;
    }

    public ObjectProperty<SourceSystem> sourceSystemProperty() {
        return sourceSystem;
    }

    /** "Linked file": the rows update leads already in the workspace, changing only the mapped columns. */
    public BooleanProperty linkedProperty() {
        return linked;
    }
}
