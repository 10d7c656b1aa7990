package org.funnellab.store;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadField;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariant: after any sequence of imports, updated exports, linked updates and rolled-back imports, the facts
 * read from the summary equal the facts counted lead by lead, for any filters; and the summary table equals a
 * GROUP BY of the lead table.
 */
class SummaryConsistencyTest {
    private static final int CASES = 60;
    private static final String[] CHANNELS = {"A", "B", "Ц", null};
    private static final String[] CAMPAIGNS = {"x", "y", null};
    private static final String[] OWNERS = {"o1", "o2", "o3", null};
    private static final String[] REASONS = {"r1", "Спам", null};
    private static final YearMonth FIRST = YearMonth.of(2023, 1);

    @TempDir
    Path dir;

    @Test
    void summaryFactsEqualLeadByLeadCountsForRandomDataAndFilters() throws Exception {
        for (int c = 0; c < CASES; c++) {
            Random rnd = new Random(7_000 + c);
            Map<String, Lead> model = new LinkedHashMap<>();
            try (Workspace ws = Workspace.open(dir.resolve("case" + c + ".sqlite"))) {
                importRound(ws, rnd, model, 20 + rnd.nextInt(300), 0);
                importRound(ws, rnd, model, rnd.nextInt(100), model.size());
                linkedRound(ws, rnd, model);
                rolledBackRound(ws, rnd);
                assertSummaryIsAGroupByOfLeads(ws, c);
                for (int k = 0; k < 8; k++) {
                    Filters f = randomFilters(rnd);
                    Stage stage = Stage.values()[1 + rnd.nextInt(3)];
                    FunnelFacts actual = ws.queries().facts(f, stage);
                    FunnelFacts expected = BruteForceFacts.facts(model.values(), f, stage, months(f, model));
                    assertThat(actual).as("case %d, filters %s, stage %s", c, f, stage)
                            .usingRecursiveComparison()
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                            .isEqualTo(expected);
                }
            }
        }
    }

    private static void importRound(Workspace ws, Random rnd, Map<String, Lead> model, int n, int existing) {
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "f.csv"))) {
            List<String> ids = new ArrayList<>(model.keySet());
            for (int i = 0; i < n; i++) {
                // an updated export rewrites existing leads; a first file may repeat an id (CRM product rows)
                boolean repeat = !ids.isEmpty() && (existing > 0 ? rnd.nextBoolean() : rnd.nextInt(c(n)) == 0);
                String id = repeat ? ids.get(rnd.nextInt(ids.size())) : "L" + model.size();
                Lead l = randomLead(rnd, id);
                tx.upsert(l);
                if (!model.containsKey(id)) {
                    ids.add(id);
                }
                model.put(id, l);
            }
            tx.commit();
        }
    }

    /** One in this many rows of a first file repeats an earlier id: about half the cases see one. */
    private static int c(int n) {
        return Math.max(2, 2 * n);
    }

    private static void linkedRound(Workspace ws, Random rnd, Map<String, Lead> model) {
        List<String> ids = new ArrayList<>(model.keySet());
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "linked.csv"))) {
            for (int i = 0; i < 30; i++) {
                String id = rnd.nextInt(10) == 0 ? "missing" + i : ids.get(rnd.nextInt(ids.size()));
                Lead update = randomLead(rnd, id);
                Set<LeadField> fields = EnumSet.noneOf(LeadField.class);
                for (LeadField f : LeadField.values()) {
                    if (rnd.nextInt(3) == 0) {
                        fields.add(f);
                    }
                }
                if (fields.contains(LeadField.STAGE)) {
                    fields.add(LeadField.STATUS);
                }
                LinkedOutcome outcome = tx.upsertLinked(update, fields);
                assertThat(outcome == LinkedOutcome.NO_SUCH_LEAD).isEqualTo(!model.containsKey(id));
                if (model.containsKey(id)) {
                    model.put(id, merge(model.get(id), update, fields));
                }
            }
            tx.commit();
        }
    }

    private static void rolledBackRound(Workspace ws, Random rnd) {
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "cancelled.csv"))) {
            for (int i = 0; i < 50; i++) {
                tx.upsert(randomLead(rnd, "L" + i));
            }
        }
    }

    private static Lead merge(Lead old, Lead u, Set<LeadField> f) {
        Stage stage = f.contains(LeadField.STAGE) || f.contains(LeadField.STATUS) && u.status() == LeadStatus.WON
                ? u.stage() : old.stage();
        return new Lead(old.sourceSystem(), old.externalId(),
                f.contains(LeadField.CREATED_AT) ? u.createdAt() : old.createdAt(),
                f.contains(LeadField.CLOSED_AT) ? u.closedAt() : old.closedAt(),
                f.contains(LeadField.CHANNEL) ? u.channel() : old.channel(),
                f.contains(LeadField.CAMPAIGN) ? u.campaign() : old.campaign(),
                f.contains(LeadField.OWNER) ? u.owner() : old.owner(),
                f.contains(LeadField.COMPANY) ? u.company() : old.company(),
                stage,
                f.contains(LeadField.STATUS) ? u.status() : old.status(),
                f.contains(LeadField.TARGET) ? u.target() : old.target(),
                f.contains(LeadField.LOSS_REASON) ? u.lossReason() : old.lossReason(),
                f.contains(LeadField.DEAL_VALUE) ? u.dealValue() : old.dealValue(),
                f.contains(LeadField.CURRENCY) ? u.currency() : old.currency(),
                old.sourceCells());
    }

    private static Lead randomLead(Random rnd, String id) {
        LocalDateTime created = rnd.nextInt(40) == 0 ? null
                : FIRST.plusMonths(rnd.nextInt(24)).atDay(1 + rnd.nextInt(28)).atTime(rnd.nextInt(24), 0);
        // about one closed date in twelve lies before the created date (a CRM typo): no cycle
        LocalDateTime closed = created == null || rnd.nextInt(4) == 0 ? null : created.plusDays(rnd.nextInt(130) - 10);
        BigDecimal value = rnd.nextInt(5) == 0 ? null : BigDecimal.valueOf(rnd.nextInt(10_000_000), 2);
        return new Lead(SourceSystem.GENERIC, id, created, closed, pick(rnd, CHANNELS), pick(rnd, CAMPAIGNS),
                pick(rnd, OWNERS), "co", Stage.values()[rnd.nextInt(5)], LeadStatus.values()[rnd.nextInt(3)],
                Target.values()[rnd.nextInt(3)], pick(rnd, REASONS), value, "RUB", java.util.List.of("raw " + rnd.nextInt(3)));
    }

    private static <T> T pick(Random rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private static Filters randomFilters(Random rnd) {
        YearMonth from = rnd.nextInt(3) == 0 ? null : FIRST.plusMonths(rnd.nextInt(24));
        YearMonth to = rnd.nextInt(3) == 0 ? null : FIRST.plusMonths(rnd.nextInt(24));
        if (from != null && to != null && from.isAfter(to)) {
            YearMonth t = from;
            from = to;
            to = t;
        }
        return new Filters(from, to, subset(rnd, CHANNELS), subset(rnd, CAMPAIGNS), subset(rnd, OWNERS));
    }

    private static Set<String> subset(Random rnd, String[] values) {
        Set<String> s = new HashSet<>();
        if (rnd.nextBoolean()) {
            for (String v : values) {
                if (v != null && rnd.nextBoolean()) {
                    s.add(v);
                }
            }
        }
        return s;
    }

    private static int months(Filters f, Map<String, Lead> model) {
        List<YearMonth> months = model.values().stream().filter(l -> l.createdAt() != null)
                .map(l -> YearMonth.from(l.createdAt())).sorted().toList();
        YearMonth from = f.from() != null ? f.from() : months.isEmpty() ? null : months.get(0);
        YearMonth to = f.to() != null ? f.to() : months.isEmpty() ? null : months.get(months.size() - 1);
        if (from == null || to == null || from.isAfter(to)) {
            return 1;
        }
        return (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }

    private static void assertSummaryIsAGroupByOfLeads(Workspace ws, int c) throws Exception {
        // the oracle: the same groups written out over the lead view (texts, not the stored references)
        String main = "SELECT created_month, channel, campaign, owner, stage, status, target, count(*),"
                + " ifnull(sum(deal_value), 0), count(deal_value), ifnull(sum(CASE WHEN cycle_days >= 0 THEN cycle_days END), 0),"
                + " count(CASE WHEN cycle_days >= 0 THEN 1 END), count(CASE WHEN cycle_days < 0 THEN 1 END)"
                + " FROM lead GROUP BY 1, 2, 3, 4, 5, 6, 7";
        String loss = "SELECT created_month, channel, campaign, owner, target, loss_reason, count(*) FROM lead"
                + " WHERE status = 'LOST' GROUP BY 1, 2, 3, 4, 5, 6";
        for (LeadSummary.Spec s : List.of(LeadSummary.MAIN, LeadSummary.LOSS)) {
            String groupBy = s == LeadSummary.MAIN ? main : loss;
            assertThat(rows(ws, "SELECT " + s.keys() + ", " + s.totals() + " FROM " + s.table()))
                    .as("case %d, %s", c, s.table())
                    .containsExactlyInAnyOrderElementsOf(rows(ws, groupBy));
        }
        assertThat(TestLeads.count(ws, "SELECT count(*) FROM lead_summary_dirty")).isZero();
    }

    private static List<String> rows(Workspace ws, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = ws.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
