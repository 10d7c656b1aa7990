package org.funnellab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code scenario …}: scripted scenarios and the JSON contract documented in the README. */
class ScenarioCommandTest {
    @TempDir
    Path dir;
    private String ws;

    @BeforeEach
    void demo() {
        Path file = dir.resolve("demo.sqlite");
        try (Workspace w = Workspace.open(file)) {
            DemoData.fill(w, YearMonth.of(2025, 6), 1_500, 5);
        }
        ws = file.toString();
    }

    @Test
    void anEmptyWorkspaceListsNoScenarios() {
        assertThat(Cli.run("scenario", "list", "--workspace", ws).out()).contains("no scenarios yet");
        assertThat(Cli.run("scenario", "list", "--workspace", ws, "--json").json().size()).isZero();
    }

    @Test
    void saveListShowCompareExportAndDelete() throws Exception {
        Cli.Result saved = Cli.run("scenario", "save", "Slow calls", "--workspace", ws,
                "--set", "nonTarget.minutesPerCall=30", "--note", "twice as long");
        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(Cli.run("scenario", "save", "Win more", "--workspace", ws, "--set", "velocity.winRate=0.5",
                "--set", "nonTarget.minutesPerCall=10").exit()).isZero();

        JsonNode list = Cli.run("scenario", "list", "--workspace", ws, "--json").json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("name").asText()).isEqualTo("Slow calls");
        assertThat(list.get(0).get("note").asText()).isEqualTo("twice as long");
        assertThat(list.get(0).at("/overrides/nonTarget/minutesPerCall").asDouble()).isEqualTo(30);

        JsonNode show = Cli.run("scenario", "show", "Win more", "--workspace", ws, "--json").json();
        JsonNode winRate = null;
        for (JsonNode in : show.at("/panels/velocity/inputs")) {
            if (in.get("id").asText().equals("winRate")) {
                winRate = in;
            }
        }
        assertThat(winRate.get("value").asDouble()).isEqualTo(0.5);
        assertThat(winRate.get("overridden").asBoolean()).isTrue();

        Cli.Result cmp = Cli.run("scenario", "compare", "Slow calls", "Win more", "--workspace", ws, "--json",
                "--csv", dir.resolve("c.csv").toString());
        assertThat(cmp.exit()).as(cmp.err()).isZero();
        JsonNode minutes = null;
        for (JsonNode r : cmp.json().get("rows")) {
            if (r.get("panel").asText().equals("nonTarget") && r.get("id").asText().equals("minutesPerCall")) {
                minutes = r;
            }
        }
        // The built-in assumption is 15 minutes per call: +15 (+100 %) and −5 (−33.3 %).
        assertThat(minutes.get("baseline").asDouble()).isEqualTo(15);
        assertThat(minutes.get("deltas").get(0).asDouble()).isEqualTo(15);
        assertThat(minutes.get("percents").get(0).asDouble()).isEqualTo(1.0);
        assertThat(minutes.get("deltas").get(1).asDouble()).isEqualTo(-5);
        assertThat(minutes.get("percents").get(1).asDouble()).isCloseTo(-1 / 3.0, within(1e-12));
        assertThat(Files.readString(dir.resolve("c.csv"))).contains("minutesPerCall");

        JsonNode export = Cli.run("scenario", "export", "Win more", "--workspace", ws).json();
        assertThat(export.at("/overrides/velocity/winRate").asDouble()).isEqualTo(0.5);

        assertThat(Cli.run("scenario", "delete", "Win more", "--workspace", ws).exit()).isZero();
        assertThat(Cli.run("scenario", "list", "--workspace", ws, "--json").json()).hasSize(1);
    }

    @Test
    void unknownPanelsInputsAndScenariosAreRefusedWithTheirName() {
        Cli.Result r = Cli.run("scenario", "save", "X", "--workspace", ws, "--set", "velocity.nope=1");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("has no input 'nope'").doesNotContain("Exception");
        assertThat(Cli.run("scenario", "save", "X", "--workspace", ws, "--set", "foo.bar=1").err())
                .contains("no panel 'foo'");
        assertThat(Cli.run("scenario", "save", "X", "--workspace", ws, "--set", "velocity.winRate=abc").err())
                .contains("'abc' is not a number");
        Cli.Result missing = Cli.run("scenario", "show", "Nope", "--workspace", ws);
        assertThat(missing.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(missing.err()).contains("no scenario named 'Nope'");
        assertThat(Cli.run("scenario", "compare", "Nope", "--workspace", ws).exit()).isEqualTo(ExitCodes.USAGE);
    }
}
