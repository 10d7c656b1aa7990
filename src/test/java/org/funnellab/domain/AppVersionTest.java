package org.funnellab.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The version the build stamps from the Maven project is what the program reports. */
class AppVersionTest {
    @Test
    void theStampedVersionIsTheMavenProjectVersion() {
        String expected = System.getProperty("funnellab.expectedVersion");
        assertThat(expected).as("surefire passes the project version").isNotBlank();
        assertThat(AppVersion.current()).isEqualTo(expected);
        assertThat(AppVersion.nameAndVersion()).isEqualTo("FunnelLab " + expected);
    }

    @Test
    void anUnfilteredOrMissingResourceSaysUnknownRatherThanAPlaceholder() throws IOException {
        assertThat(AppVersion.read(null)).isEqualTo(AppVersion.UNKNOWN);
        assertThat(AppVersion.read(stream("version=${project.version}\n"))).isEqualTo(AppVersion.UNKNOWN);
        assertThat(AppVersion.read(stream("other=1\n"))).isEqualTo(AppVersion.UNKNOWN);
        assertThat(AppVersion.read(stream("version= 2.3.4-rc1 \n"))).isEqualTo("2.3.4-rc1");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
