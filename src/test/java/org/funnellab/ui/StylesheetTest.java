package org.funnellab.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A stylesheet with an unclosed rule silently swallows every rule after it; catch that at build time. */
class StylesheetTest {
    @Test
    void everyRuleInEveryStylesheetIsClosed() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                String text = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
                int depth = 0;
                int line = 1;
                for (char c : text.toCharArray()) {
                    if (c == '\n') {
                        line++;
                    } else if (c == '{') {
                        assertThat(depth).as("%s: a rule opens inside another at line %d", css, line).isZero();
                        depth++;
                    } else if (c == '}') {
                        depth--;
                        assertThat(depth).as("%s: an extra '}' at line %d", css, line).isZero();
                    }
                }
                assertThat(depth).as("%s: a rule is never closed", css).isZero();
            }
        }
    }
}
