package org.funnellab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Genuine public CRM exports (or anonymised replicas keeping their exact format; sources and licences in
 * {@code real/README.md}) imported as a user would, with one command and at most {@code --preset}/{@code --column}
 * (plus {@code --keep-undated} and {@code --rate} where the file needs them), checked against figures computed
 * independently of FunnelLab ({@code real/expected.json}, by {@code real/compute_expected.py}): won, lost, open, win rate,
 * won revenue, and the sales cycle of won deals (dates as written: the workspace zone is the file's own).
 */
class RealExportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path real(String name) {
        try {
            return Path.of(RealExportsTest.class.getResource("/org/funnellab/importer/real/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode expected(String file) throws IOException {
        try (InputStream in = RealExportsTest.class.getResourceAsStream("/org/funnellab/importer/real/expected.json")) {
            for (JsonNode n : JSON.readTree(in)) {
                if (n.get("file").asText().equals(file)) {
                    return n;
                }
            }
        }
        throw new IllegalStateException("no expected figures for " + file);
    }

    /** A workspace as a user in the file's time zone has it (the zone is a workspace setting, not an import option). */
    private Path workspace(String zone) {
        Path ws = dir.resolve("w.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            w.settings().setTimeZone(ZoneId.of(zone));
        }
        return ws;
    }

    private JsonNode importAndMeasure(Path ws, String file, String... options) {
        List<String> args = new ArrayList<>(List.of("import", "leads", real(file).toString(), "--workspace", ws.toString(),
                "--json"));
        args.addAll(List.of(options));
        Cli.Result imported = Cli.run(args.toArray(String[]::new));
        assertThat(imported.exit()).as(imported.err() + imported.out()).isZero();
        Cli.Result metrics = Cli.run("metrics", "--workspace", ws.toString(), "--json");
        assertThat(metrics.exit()).as(metrics.err()).isZero();
        return metrics.json();
    }

    private static void assertCounts(JsonNode m, JsonNode e, BigDecimal wonRevenue) {
        assertThat(m.get("won").asLong()).as("won").isEqualTo(e.get("won").asLong());
        assertThat(m.get("lost").asLong()).as("lost").isEqualTo(e.get("lost").asLong());
        assertThat(m.get("open").asLong()).as("open").isEqualTo(e.get("open").asLong());
        assertThat(m.get("leads").asLong()).as("rows").isEqualTo(e.get("rows").asLong());
        assertThat(m.get("winRate").asDouble()).as("win rate").isCloseTo(e.get("winRate").asDouble(), within(0.00005));
        assertThat(m.get("wonRevenue").decimalValue()).as("won revenue").isCloseTo(wonRevenue, within(new BigDecimal("0.5")));
    }

    /** Cycle days of won deals from the stored dates: non-negative ones' mean and median, and how many are negative. */
    private static void assertCycle(Path ws, JsonNode e, String prefix) throws SQLException {
        List<Long> cycles = new ArrayList<>();
        long negative = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT cycle_days FROM lead WHERE status = 'WON' AND cycle_days IS NOT NULL"
                     + " ORDER BY cycle_days")) {
            while (rs.next()) {
                long d = rs.getLong(1);
                if (d < 0) {
                    negative++;
                } else {
                    cycles.add(d);
                }
            }
        }
        assertThat(negative).as(prefix + "negative cycles").isEqualTo(e.get("negativeCycles").asLong());
        if (e.get("meanCycleDays").isNull()) {
            assertThat(cycles).as(prefix + "non-negative cycles").isEmpty();
            return;
        }
        double mean = cycles.stream().mapToLong(Long::longValue).average().orElseThrow();
        int n = cycles.size();
        double median = n % 2 == 1 ? cycles.get(n / 2) : (cycles.get(n / 2 - 1) + cycles.get(n / 2)) / 2.0;
        assertThat(mean).as(prefix + "mean cycle").isCloseTo(e.get("meanCycleDays").asDouble(), within(0.005));
        assertThat(median).as(prefix + "median cycle").isEqualTo(e.get("medianCycleDays").asDouble());
    }

    @Test
    void salesforceDataLoaderExportOfTheWorkshopOrgImportsWithNoOption() throws Exception {
        String file = "salesforce-opportunities-sfdc-data-cloud-workshop.csv";
        JsonNode e = expected(file);
        Path ws = workspace("UTC");
        JsonNode m = importAndMeasure(ws, file);
        assertCounts(m, e, new BigDecimal(e.get("wonRevenue").asText()));
        assertCycle(ws, e, "");
    }

    @Test
    void bitrix24RestExportWithPipelinePrefixesAndClosedFlagImportsWithNoOption() throws Exception {
        String file = "bitrix24-deals-ctrl-lc-replica.csv";
        JsonNode e = expected(file);
        Path ws = workspace("Europe/Moscow");
        JsonNode m = importAndMeasure(ws, file);
        assertCounts(m, e, new BigDecimal(e.get("wonRevenue").asText()));
        assertCycle(ws, e, "");
        assertThat(m.get("byChannel").size()).as("channels, plus one for rows without").isEqualTo(e.get("channels").asInt() + 1);
    }

    @Test
    void multiCurrencySalesforceExportInWindows1252ImportsWithRatesIntoItsMainCurrency() throws Exception {
        String file = "salesforce-opportunities-winkel-latam-replica-cp1252.csv";
        JsonNode e = expected(file);
        Path ws = workspace("UTC");
        JsonNode m = importAndMeasure(ws, file, "--rate", "COP=0.0042", "--rate", "USD=17.1", "--rate", "PEN=4.6");
        JsonNode byCurrency = e.get("wonRevenueByCurrency");
        BigDecimal inMxn = new BigDecimal(byCurrency.get("MXN").asText())
                .add(new BigDecimal(byCurrency.get("COP").asText()).multiply(new BigDecimal("0.0042")))
                .add(new BigDecimal(byCurrency.get("USD").asText()).multiply(new BigDecimal("17.1")))
                .add(new BigDecimal(byCurrency.get("PEN").asText()).multiply(new BigDecimal("4.6")));
        assertCounts(m, e, inMxn);
        assertCycle(ws, e, "");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.settings().chosenCurrency()).contains("MXN");
        }
    }

    @Test
    void genericPipelineCsvImportsWithTheEngageDateNamedAndUndatedProspectsKept() throws Exception {
        String file = "generic-crm-sales-pipeline-maven-replica.csv";
        JsonNode e = expected(file);
        Path ws = workspace("UTC");
        JsonNode m = importAndMeasure(ws, file, "--column", "created=engage_date", "--keep-undated");
        assertCounts(m, e, new BigDecimal(e.get("wonRevenue").asText()));
        assertCycle(ws, e, "");
    }

    @Test
    void salesforceExportResavedByExcelWithTwoDigitUsYearsImportsWithNoOption() throws Exception {
        String file = "salesforce-opportunity-excel-resaved-us-dates-replica.csv";
        JsonNode e = expected(file);
        Path ws = workspace("UTC");
        JsonNode m = importAndMeasure(ws, file);
        assertCounts(m, e, new BigDecimal(e.get("wonRevenue").asText()));
        assertCycle(ws, e, "");
    }

    @Test
    void theExcelResavedExportGivesTheIntendedCycleFromItsSimulatedDateColumns() throws Exception {
        String file = "salesforce-opportunity-excel-resaved-us-dates-replica.csv";
        JsonNode alt = expected(file).get("altCycle");
        Path ws = workspace("UTC");
        importAndMeasure(ws, file, "--column", "created=" + alt.get("created").asText(),
                "--column", "closed=" + alt.get("closed").asText());
        assertCycle(ws, alt, "simulated dates: ");
    }
}
