package org.funnellab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same import with the same saved mapping gives the same facts in every fresh JVM. The mapping holds the preset's
 * "lost" (LOST at LEAD) and the user's "Lost" (LOST at OPPORTUNITY), which are one value once compared: a hash-ordered
 * map made whichever came last win, and that order changes from one launch to the next. The user's choice must win
 * every time.
 */
class FreshLaunchDeterminismTest {
    private static final int LAUNCHES = 4;

    @TempDir
    Path dir;

    @Test
    void aSavedMappingWithTheUsersLostAndThePresetsLostGivesTheUsersStageInEveryLaunch() throws Exception {
        Path file = dir.resolve("deals.csv");
        Files.writeString(file, """
                id,created,stage,amount
                1,2025-01-02,Lost,100
                2,2025-01-03,Won,200
                3,2025-01-04,lost,300
                4,2025-01-05,Qualified,50
                """, StandardCharsets.UTF_8);
        Path mapping = dir.resolve("wizard-saved.json");
        Files.writeString(mapping, """
                {
                  "name" : "saved by the wizard",
                  "sourceSystem" : "GENERIC",
                  "columns" : [ {"index" : 0, "header" : "id", "role" : "EXTERNAL_ID"},
                                {"index" : 1, "header" : "created", "role" : "CREATED_AT"},
                                {"index" : 2, "header" : "stage", "role" : "STAGE"},
                                {"index" : 3, "header" : "amount", "role" : "DEAL_VALUE"} ],
                  "stageValues" : {
                    "Lost" : {"stage" : "OPPORTUNITY", "status" : "LOST"},
                    "Qualified" : {"stage" : "SQL", "status" : "OPEN"},
                    "Won" : {"stage" : "WON", "status" : "WON"},
                    "lost" : {"stage" : "LEAD", "status" : "LOST"},
                    "won" : {"stage" : "WON", "status" : "WON"}
                  }
                }
                """, StandardCharsets.UTF_8);
        List<String> results = new ArrayList<>();
        for (int launch = 0; launch < LAUNCHES; launch++) {
            Path ws = dir.resolve("launch" + launch + ".sqlite");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.funnellab.app.Launcher",
                    "import", "leads", file.toString(), "--mapping", mapping.toString(), "--workspace", ws.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out" + launch + ".txt").toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(dir.resolve("out" + launch + ".txt"))).isZero();
            results.add(stages(ws));
        }
        assertThat(results).containsOnly("1:OPPORTUNITY:LOST 2:WON:WON 3:OPPORTUNITY:LOST 4:SQL:OPEN");
    }

    private static String stages(Path ws) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT external_id, stage, status FROM lead ORDER BY external_id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3));
            }
        }
        return String.join(" ", rows);
    }
}
