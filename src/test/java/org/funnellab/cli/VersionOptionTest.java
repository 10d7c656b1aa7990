package org.funnellab.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionOptionTest {
    @Test
    void versionPrintsTheProjectVersionOnStdoutAndExitsZero() {
        Cli.Result r = Cli.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out().trim()).isEqualTo("FunnelLab " + System.getProperty("funnellab.expectedVersion"));
        assertThat(r.err()).isEmpty();
    }
}
