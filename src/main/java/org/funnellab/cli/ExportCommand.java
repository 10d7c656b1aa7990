package org.funnellab.cli;

import picocli.CommandLine.Command;

/** {@code export}: charts as PNG, SVG or PDF files, drawn by the same writers as the window's export menu. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export charts as PNG, SVG or PDF files.",
        subcommands = {ExportChartCommand.class, ExportPackCommand.class})
final class ExportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
