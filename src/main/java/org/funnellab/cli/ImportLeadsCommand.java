package org.funnellab.cli;

import org.funnellab.domain.Stage;
import org.funnellab.importer.ImportService;
import org.funnellab.importer.ProgressListener;
import org.funnellab.importer.RejectedRow;
import org.funnellab.importer.RejectedRowsCsv;
import org.funnellab.importer.detect.ColumnDetector;
import org.funnellab.importer.detect.FileContent;
import org.funnellab.importer.mapping.ColumnMapping;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.mapping.MappingJson;
import org.funnellab.importer.mapping.StageMapping;
import org.funnellab.importer.parse.DatePattern;
import org.funnellab.importer.parse.ValueParsers;
import org.funnellab.importer.preset.Preset;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FilePreview;
import org.funnellab.importer.read.MalformedFileException;
import org.funnellab.store.ImportKind;
import org.funnellab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code import leads FILE}: a CRM export of deals/leads. The mapping comes from {@code --mapping} (a file, or a mapping
 * saved in the workspace by name), else from {@code --preset}, else from the preset that fits the file best (header
 * names and sample values, {@link ColumnDetector}); {@code --column} and the other options adjust it. Without an id,
 * a created date and a stage the import stops before writing and says which {@code --column} would fix it.
 */
@Command(name = "leads", mixinStandardHelpOptions = true, description = "Import a CRM export of leads or deals.")
final class ImportLeadsCommand extends CliCommand {
    @Mixin
    ImportFileOptions options;

    @Option(names = "--preset", paramLabel = "PRESET",
            description = "amocrm, bitrix24, hubspot, salesforce, pipedrive or generic (default: detected from the file).")
    String preset;

    @Option(names = "--mapping", paramLabel = "FILE.json|NAME",
            description = "A mapping file, or the name of a mapping saved in the workspace (overrides --preset).")
    Path mappingFile;

    @Option(names = "--column", paramLabel = "ROLE=HEADER",
            description = "Give a column its role, by header name or 1-based position, e.g. created=\"Дата\" or "
                    + "STAGE=3 (repeatable; overrides detection). Roles: id, created, closed, channel, campaign, owner, "
                    + "company, stage, status, target, reason, amount, currency, tags, won, isclosed, ignore.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--print-mapping",
            description = "Print the mapping this import would use (JSON, for --mapping) and stop; nothing is written.")
    boolean printMapping;

    @Option(names = "--save-mapping", paramLabel = "NAME", description = "Keep the mapping used in the workspace under NAME.")
    String saveMapping;

    @Option(names = "--non-target-reason", paramLabel = "TEXT",
            description = "A loss reason or tag that marks a lead non-target (repeatable, added to the mapping's).")
    List<String> nonTargetReasons = new ArrayList<>();

    @Option(names = "--stage-map", paramLabel = "RAW=STAGE[:STATUS]", converter = StageMapConverter.class,
            description = "Meaning of a CRM stage value, e.g. \"Успешно реализовано=WON\" or \"Закрыто=SQL:LOST\" (repeatable).")
    List<Map.Entry<String, StageMapping>> stageMap = new ArrayList<>();

    @Option(names = "--lost-stage", paramLabel = "STAGE",
            description = "The stage a lost deal worked by sales counts as having reached when its stage value does not "
                    + "say (default SQL; LEAD keeps lost deals at LEAD).")
    Stage lostStage;

    @Option(names = "--keep-undated",
            description = "Keep rows without a created date (they count in all-time figures only) instead of rejecting them.")
    boolean keepUndated;

    @Option(names = "--rate", paramLabel = "CUR=RATE",
            description = "Convert amounts in CUR at RATE units of the workspace currency each, e.g. USD=92.5 (repeatable).")
    List<String> rates = new ArrayList<>();

    @Option(names = "--date-format", paramLabel = "PATTERN",
            description = "Force the date layout: a name (DMY_DOT, MDY_SLASH_SHORT…), its display text, or any pattern "
                    + "such as MM/dd/yy or dd.MM.yyyy HH:mm.")
    String dateFormat;

    @Option(names = "--linked", description = "The file updates leads already imported (only its mapped fields change).")
    boolean linked;

    private FilePreview preview;

    @Override
    int execute() throws IOException {
        options.checkFile(mappingFile);
        Mapping mapping;
        try {
            preview = FilePreview.of(options.file, Presets.knownHeaders(), ColumnDetector.SAMPLE_ROWS);
            checkKind();
            mapping = mapping();
        } catch (IOException | MalformedFileException e) {
            throw options.unreadable(e);
        }
        List<ColumnRole> missing = ColumnDetector.missing(mapping);
        if (!missing.isEmpty()) {
            throw CliException.data(unboundMessage(mapping, missing));
        }
        if (printMapping) {
            out().print(MappingJson.toJson(ownMeaningsOnly(mapping)) + System.lineSeparator());
            return ExitCodes.OK;
        }
        WorkspaceOption.Opened opened = options.workspace.openForImport();
        ProgressListener progress = ProgressPrinter.create(err(), options.progress);
        ImportService.LeadOutcome outcome;
        RejectedStream rejected;
        try {
            rejected = new RejectedStream(preview.header());
        } catch (IOException e) {
            if (opened.created()) {
                WorkspaceOption.removeCreated(options.workspace.workspace);
            }
            Path where = options.rejectedCsv != null ? options.rejectedCsv : options.workspace.workspace;
            throw CliException.data(where + ": the rejected rows cannot be written (" + OutputFile.reason(e)
                    + "); nothing was imported");
        }
        try (var ws = opened.workspace(); rejected) {
            outcome = new ImportService().importLeads(ws, options.file, null, mapping, mapping.name(), progress, rejected,
                    read -> rejected.beforeCommit());
            if (saveMapping != null && !outcome.cancelled() && !outcome.report().everyRowRejected()) {
                ws.savedMappings().save(saveMapping, ImportKind.LEADS, MappingJson.toJson(mapping.withName(saveMapping)));
            }
        } catch (IOException | RuntimeException | Error e) {
            ProgressPrinter.finish(progress);
            rejected.discard();
            if (opened.created()) {
                WorkspaceOption.removeCreated(options.workspace.workspace);
            }
            if (e instanceof ImportFileOptions.RejectedNotWritten r) {
                throw CliException.data(r.getMessage());
            }
            if (e instanceof IOException || e instanceof MalformedFileException) {
                throw options.unreadable((Exception) e);
            }
            throw e;
        }
        ProgressPrinter.finish(progress);
        // Every row rejected means nothing was imported: like any failure, that leaves no rejected-rows file behind
        // (the summary lists every rejected row).
        boolean failed = outcome.report().everyRowRejected();
        if (failed) {
            rejected.discard();
        }
        Path rejectedFile = failed ? null
                : rejected.keep(outcome.report().rejectedCount() > outcome.report().rejected().size());
        ImportSummary summary = ImportSummary.ofLeads(options.file, opened.workspace().file(), mapping.name(), outcome,
                rejectedFile, saveMapping);
        out().print(options.workspace.json ? summary.json() : summary.text());
        if (outcome.report().everyRowRejected()) {
            if (opened.created()) {
                WorkspaceOption.removeCreated(options.workspace.workspace);
            }
            err().println("funnellab import leads: " + options.file + ": every row was rejected; nothing was imported");
            return ExitCodes.DATA;
        }
        return ExitCodes.OK;
    }

    /** A cost sheet or aggregated funnel file given to {@code import leads} is named as such, before anything is read. */
    private void checkKind() {
        if (mappingFile != null || preset != null || !columns.isEmpty()) {
            return;
        }
        FileContent kind = FileContent.of(preview.header());
        if (kind != FileContent.LEADS) {
            String command = kind == FileContent.COSTS ? "costs" : "funnel";
            String what = kind == FileContent.COSTS ? "a cost sheet" : "aggregated funnel rows";
            throw CliException.data(options.file + ": this file holds " + what + " (header: " + quoted(preview.header())
                    + "), not leads; import it with: funnellab import " + command + " " + options.file);
        }
    }

    private Mapping mapping() throws IOException {
        List<String> header = preview.header();
        Mapping mapping;
        if (mappingFile != null) {
            mapping = loadMapping();
        } else {
            ColumnDetector.Detection d = preset == null ? ColumnDetector.detect(header, preview.rows())
                    : ColumnDetector.withPreset(choosePreset(), header, preview.rows());
            mapping = d.mapping();
        }
        mapping = applyColumns(mapping, header);
        if (!nonTargetReasons.isEmpty()) {
            List<String> reasons = new ArrayList<>(mapping.nonTargetReasons());
            reasons.addAll(nonTargetReasons);
            mapping = mapping.withNonTargetReasons(reasons);
        }
        for (Map.Entry<String, StageMapping> e : stageMap) {
            mapping = mapping.withStageValue(e.getKey(), e.getValue());
        }
        if (dateFormat != null) {
            try {
                DatePattern named = null;
                try {
                    named = DatePattern.fromName(dateFormat);
                } catch (IllegalArgumentException e) {
                    DatePattern.layout(dateFormat);
                }
                mapping = named != null ? mapping.withDateFormat(named) : mapping.withDatePattern(dateFormat.strip());
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--date-format: " + e.getMessage() + " (a pattern such as MM/dd/yy, or one of "
                        + List.of(DatePattern.values()) + ")");
            }
        }
        if (lostStage != null) {
            mapping = mapping.withLostStage(lostStage);
        }
        if (keepUndated) {
            mapping = mapping.withKeepUndated(true);
        }
        if (!rates.isEmpty()) {
            Map<String, BigDecimal> parsed = new LinkedHashMap<>(mapping.rates());
            for (String r : rates) {
                int eq = r.indexOf('=');
                try {
                    if (eq <= 0) {
                        throw new NumberFormatException();
                    }
                    BigDecimal rate = new BigDecimal(r.substring(eq + 1).strip().replace(',', '.'));
                    if (rate.signum() <= 0) {
                        throw new NumberFormatException();
                    }
                    parsed.put(r.substring(0, eq).strip().toUpperCase(Locale.ROOT), rate);
                } catch (NumberFormatException e) {
                    throw CliException.usage("--rate: '" + r + "' is not CUR=RATE with a positive rate (e.g. USD=92.5)");
                }
            }
            mapping = mapping.withRates(parsed);
        }
        if (linked) {
            mapping = mapping.withLinked(true);
        }
        return mapping;
    }

    /** The mapping without the stage meanings it inherits from its preset anyway: a file to read and edit. */
    private static Mapping ownMeaningsOnly(Mapping mapping) {
        Preset preset = Presets.of(mapping.sourceSystem());
        Map<String, StageMapping> own = new LinkedHashMap<>();
        mapping.stageValues().forEach((value, meaning) -> {
            if (!meaning.equals(preset.stageValues().get(value))) {
                own.put(value, meaning);
            }
        });
        return mapping.withStageValues(own);
    }

    private Mapping loadMapping() throws IOException {
        if (Files.isRegularFile(mappingFile)) {
            try {
                return MappingJson.read(mappingFile);
            } catch (IOException e) {
                throw CliException.usage(mappingFile + ": not a mapping (" + firstLine(e.getMessage()) + ")");
            }
        }
        Path ws = options.workspace.workspace;
        if (Files.isRegularFile(ws)) {
            String name = mappingFile.toString();
            try (Workspace w = Workspace.open(ws)) {
                var saved = w.savedMappings().load(name, ImportKind.LEADS);
                if (saved.isPresent()) {
                    return MappingJson.fromJson(saved.get());
                }
                List<String> names = w.savedMappings().names(ImportKind.LEADS);
                throw CliException.usage(mappingFile + ": no such mapping file, and no mapping of that name in the workspace"
                        + (names.isEmpty() ? "" : " (saved: " + String.join(", ", names) + ")"));
            }
        }
        throw CliException.usage(mappingFile + ": no such mapping file");
    }

    /** {@code --column ROLE=HEADER}: the column named (or numbered) gets the role; another column holding it loses it. */
    private Mapping applyColumns(Mapping mapping, List<String> header) {
        List<ColumnMapping> cols = new ArrayList<>(mapping.columns());
        java.util.Set<ColumnRole> named = java.util.EnumSet.noneOf(ColumnRole.class);
        for (String spec : columns) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw CliException.usage("--column: '" + spec + "' is not ROLE=HEADER");
            }
            ColumnRole role = role(spec.substring(0, eq).strip());
            int index = columnIndex(spec.substring(eq + 1).strip(), header);
            String name = header.get(index);
            cols.removeIf(c -> c.index() == index || ValueParsers.normalizeKey(c.header()).equals(ValueParsers.normalizeKey(name))
                    && header.indexOf(c.header()) == index);
            // the first --column of a role takes it from every column detection gave it; a second one adds a column
            // (a role that may span several columns: close dates, tags) or moves it (any other role)
            if (role != ColumnRole.IGNORE && (named.add(role) || !role.multiColumn())) {
                cols.replaceAll(c -> c.role() == role ? new ColumnMapping(c.index(), c.header(), ColumnRole.IGNORE) : c);
            }
            cols.add(new ColumnMapping(index, name, role));
        }
        cols.sort(java.util.Comparator.comparingInt(ColumnMapping::index));
        return mapping.withColumns(cols);
    }

    private static final Map<String, ColumnRole> ROLE_NAMES = Map.ofEntries(
            Map.entry("id", ColumnRole.EXTERNAL_ID), Map.entry("created", ColumnRole.CREATED_AT),
            Map.entry("closed", ColumnRole.CLOSED_AT), Map.entry("amount", ColumnRole.DEAL_VALUE),
            Map.entry("value", ColumnRole.DEAL_VALUE), Map.entry("reason", ColumnRole.LOSS_REASON),
            Map.entry("target", ColumnRole.TARGET_FLAG), Map.entry("won", ColumnRole.WON_FLAG),
            Map.entry("isclosed", ColumnRole.CLOSED_FLAG));

    static ColumnRole role(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        ColumnRole named = ROLE_NAMES.get(key);
        if (named != null) {
            return named;
        }
        try {
            return ColumnRole.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--column: '" + text + "' is not a role (one of id, created, closed, channel, campaign, "
                    + "owner, company, stage, status, target, reason, amount, currency, tags, won, isclosed, ignore)");
        }
    }

    private int columnIndex(String text, List<String> header) {
        if (text.matches("\\d+")) {
            int n = Integer.parseInt(text);
            if (n < 1 || n > header.size()) {
                throw CliException.usage("--column: the file has columns 1 to " + header.size() + ", not " + n);
            }
            return n - 1;
        }
        String unquoted = text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
        String key = ValueParsers.normalizeKey(unquoted);
        for (int i = 0; i < header.size(); i++) {
            if (ValueParsers.normalizeKey(header.get(i)).equals(key)) {
                return i;
            }
        }
        throw CliException.usage("--column: the file has no column '" + unquoted + "' (headers: " + quoted(header) + ")");
    }

    private String unboundMessage(Mapping mapping, List<ColumnRole> missing) {
        StringBuilder fix = new StringBuilder();
        for (ColumnRole r : missing) {
            String suggestion = ColumnDetector.suggest(r, mapping, preview.rows());
            fix.append(" --column ").append(r.name()).append('=')
                    .append(suggestion == null ? "HEADER" : '"' + suggestion + '"');
        }
        return options.file + ": cannot tell which column holds "
                + missing.stream().map(ImportLeadsCommand::describe).collect(Collectors.joining(", "))
                + " (unbound: " + missing.stream().map(Enum::name).collect(Collectors.joining(", ")) + "; preset "
                + mapping.name() + "). Headers seen: " + quoted(preview.header()) + ". Nothing was imported. "
                + "Name the columns, e.g.:" + fix;
    }

    private static String describe(ColumnRole role) {
        return switch (role) {
            case EXTERNAL_ID -> "the deal id";
            case CREATED_AT -> "the created date";
            case STAGE -> "the stage or status";
            default -> role.name();
        };
    }

    private static String quoted(List<String> header) {
        return header.stream().map(h -> '"' + h + '"').collect(Collectors.joining(", "));
    }

    private Preset choosePreset() {
        try {
            return Presets.byName(preset);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--preset: unknown preset '" + preset + "' (one of "
                    + Presets.builtIn().stream().map(p -> p.sourceSystem().id()).toList() + ")");
        }
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable" : text.lines().findFirst().orElse("");
    }

    /**
     * Every rejected row streamed to a CSV as the import meets it: into {@code --rejected-csv} when given, else into a
     * file beside the workspace that is kept only when the summary cannot list every rejected row itself.
     */
    /**
     * Every rejected row, streamed as the import meets it into a temporary file: beside {@code --rejected-csv} when one
     * was asked for (moved into place only after the commit), else beside the workspace (kept as
     * {@code FILE.rejected.csv} only when the summary cannot list every row).
     */
    private final class RejectedStream implements ImportService.RejectedRowListener, AutoCloseable {
        private final Path target;
        private final boolean requested;
        private final RejectedRowsCsv.Stream stream;
        private boolean closed;

        RejectedStream(List<String> header) throws IOException {
            requested = options.rejectedCsv != null;
            Path dir = options.workspace.workspace.toAbsolutePath().getParent();
            target = requested ? options.rejectedTemporary()
                    : Files.createTempFile(dir, options.file.getFileName().toString() + ".", ".rejected.tmp");
            stream = new RejectedRowsCsv.Stream(target, header);
        }

        @Override
        public void rejected(RejectedRow row) {
            stream.write(row);
        }

        @Override
        public void restart() {
            try {
                stream.restart();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                stream.close();
            }
        }

        /** Before the commit: every rejected row is on disk, or the import is rolled back. */
        void beforeCommit() throws IOException {
            try {
                close();
            } catch (IOException | UncheckedIOException e) {
                throw new ImportFileOptions.RejectedNotWritten((requested ? options.rejectedCsv : target)
                        + ": the rejected rows cannot be written (" + e.getMessage() + "); nothing was imported");
            }
        }

        void discard() {
            try {
                close();
            } catch (IOException | UncheckedIOException e) {
                // the file is removed below; the import's own failure is what the user hears about
            }
            if (requested) {
                options.discardRejected();
            } else {
                try {
                    Files.deleteIfExists(target);
                } catch (IOException e) {
                    // a temporary file beside the workspace; nothing depends on it
                }
            }
        }

        /** After the commit: the file holding every rejected row, or null (none asked for and none needed). */
        Path keep(boolean needed) throws IOException {
            close();
            if (requested) {
                options.publishRejected(err());
                return options.rejectedCsv;
            }
            if (!needed) {
                Files.deleteIfExists(target);
                return null;
            }
            String name = options.file.getFileName().toString() + ".rejected.csv";
            Path kept = target.resolveSibling(name);
            Files.move(target, kept, StandardCopyOption.REPLACE_EXISTING);
            err().println("rejected rows written to " + kept);
            return kept;
        }
    }
}
