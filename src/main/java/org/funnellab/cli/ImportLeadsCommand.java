package org.funnellab.cli;

import org.funnellab.importer.ImportService;
import org.funnellab.importer.ProgressListener;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.mapping.MappingJson;
import org.funnellab.importer.mapping.StageMapping;
import org.funnellab.importer.parse.DatePattern;
import org.funnellab.importer.preset.Preset;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FilePreview;
import org.funnellab.importer.read.MalformedFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code import leads FILE}: a CRM export of deals/leads. The mapping comes from {@code --mapping}, else from
 * {@code --preset}, else from the preset that recognises most of the file's header; the other options adjust it.
 */
@Command(name = "leads", mixinStandardHelpOptions = true, description = "Import a CRM export of leads or deals.")
final class ImportLeadsCommand extends CliCommand {
    @Mixin
    ImportFileOptions options;

    @Option(names = "--preset", paramLabel = "PRESET",
            description = "amocrm, bitrix24, hubspot, salesforce, pipedrive or generic (default: detected from the header).")
    String preset;

    @Option(names = "--mapping", paramLabel = "FILE.json", description = "A saved mapping (overrides --preset).")
    Path mappingFile;

    @Option(names = "--non-target-reason", paramLabel = "TEXT",
            description = "A loss reason or tag that marks a lead non-target (repeatable, added to the mapping's).")
    List<String> nonTargetReasons = new ArrayList<>();

    @Option(names = "--stage-map", paramLabel = "RAW=STAGE[:STATUS]", converter = StageMapConverter.class,
            description = "Meaning of a CRM stage value, e.g. \"Успешно реализовано=WON\" or \"Закрыто=SQL:LOST\" (repeatable).")
    List<Map.Entry<String, StageMapping>> stageMap = new ArrayList<>();

    @Option(names = "--date-format", paramLabel = "PATTERN",
            description = "Force the date layout (a name such as DMY_DOT or MDY_SLASH, or its display text).")
    String dateFormat;

    @Option(names = "--linked", description = "The file updates leads already imported (only its mapped fields change).")
    boolean linked;

    @Override
    int execute() throws IOException {
        options.checkFile(mappingFile);
        Mapping mapping;
        try {
            mapping = mapping();
        } catch (IOException | MalformedFileException e) {
            throw options.unreadable(e);
        }
        WorkspaceOption.Opened opened = options.workspace.openForImport();
        ProgressListener progress = ProgressPrinter.create(err(), options.progress);
        ImportService.LeadOutcome outcome;
        try (var ws = opened.workspace()) {
            outcome = new ImportService().importLeads(ws, options.file, null, mapping, mapping.name(), progress,
                    read -> options.prepareRejected(read.report().header(), read.rejectedRows()));
        } catch (IOException | RuntimeException | Error e) {
            ProgressPrinter.finish(progress);
            options.discardRejected();
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
        options.publishRejected(err());
        ImportSummary summary = ImportSummary.ofLeads(options.file, opened.workspace().file(), mapping.name(), outcome);
        out().print(options.workspace.json ? summary.json() : summary.text());
        return ExitCodes.OK;
    }

    private Mapping mapping() throws IOException {
        Mapping mapping;
        if (mappingFile != null) {
            if (!Files.isRegularFile(mappingFile)) {
                throw CliException.usage(mappingFile + ": no such mapping file");
            }
            try {
                mapping = MappingJson.read(mappingFile);
            } catch (IOException e) {
                throw CliException.usage(mappingFile + ": not a mapping (" + firstLine(e.getMessage()) + ")");
            }
        } else {
            Preset chosen = choosePreset();
            mapping = chosen.defaultMapping(header());
        }
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
                mapping = mapping.withDateFormat(DatePattern.fromName(dateFormat));
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--date-format: " + e.getMessage() + " (one of "
                        + List.of(DatePattern.values()) + ")");
            }
        }
        if (linked) {
            mapping = mapping.withLinked(true);
        }
        return mapping;
    }

    private Preset choosePreset() throws IOException {
        if (preset == null) {
            return Presets.bestMatch(header());
        }
        try {
            return Presets.byName(preset);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--preset: unknown preset '" + preset + "' (one of "
                    + Presets.builtIn().stream().map(p -> p.sourceSystem().id()).toList() + ")");
        }
    }

    private List<String> header;

    private List<String> header() throws IOException {
        if (header == null) {
            header = FilePreview.of(options.file, Presets.knownHeaders(), 0).header();
        }
        return header;
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable" : text.lines().findFirst().orElse("");
    }
}
