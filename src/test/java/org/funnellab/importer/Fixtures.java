package org.funnellab.importer;

import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.preset.Preset;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FilePreview;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test fixtures under src/test/resources/org/funnellab/importer/fixtures and the way a user would import them. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    /** Detects the format, picks the best preset from the header and runs its default mapping. */
    static Result importWithDetectedPreset(Path file) throws IOException {
        FilePreview preview = FilePreview.of(file, Presets.knownHeaders(), 5);
        Preset preset = Presets.bestMatch(preview.header());
        Mapping mapping = preset.defaultMapping(preview.header());
        CollectingLeadSink sink = new CollectingLeadSink();
        ImportReport report = new LeadImport(file, preview.settings(), mapping).run(sink, ProgressListener.NONE);
        return new Result(preset, mapping, report, sink);
    }

    record Result(Preset preset, Mapping mapping, ImportReport report, CollectingLeadSink sink) {
    }
}
