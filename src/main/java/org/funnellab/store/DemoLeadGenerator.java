package org.funnellab.store;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.CostEntry;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo dataset's generator: channels of different volume and quality over the 18 months ending with an
 * anchor month, deterministic for a seed. Numbers are plausible for a Russian B2B company, not real.
 */
final class DemoLeadGenerator {
    static final int MONTHS = 18;

    record Channel(String name, double weight, double nonTargetShare, double toMql, double toSql, double toOpportunity,
                   double win, long dealRubles, int cycleDays, CostCategory costCategory, long monthlyBudget,
                   String... campaigns) {
    }

    static final List<Channel> CHANNELS = List.of(
            new Channel("Яндекс Директ", 0.30, 0.45, 0.60, 0.50, 0.50, 0.30, 180_000, 35, CostCategory.PAID_MEDIA,
                    450_000, "Поиск — бренд", "Поиск — общие", "РСЯ"),
            new Channel("VK Реклама", 0.22, 0.70, 0.50, 0.35, 0.40, 0.22, 120_000, 30, CostCategory.PAID_MEDIA,
                    300_000, "Лид-формы", "Ретаргетинг"),
            new Channel("SEO", 0.18, 0.30, 0.65, 0.55, 0.55, 0.32, 200_000, 40, CostCategory.CONTENT,
                    150_000, "Блог", "Органика"),
            new Channel("Партнёры", 0.10, 0.20, 0.80, 0.70, 0.60, 0.45, 350_000, 55, CostCategory.AGENCY,
                    120_000, "Интеграторы", "Реферальная программа"),
            new Channel("Email", 0.12, 0.35, 0.70, 0.50, 0.50, 0.35, 150_000, 25, CostCategory.CONTENT,
                    40_000, "Дайджест", "Триггерные письма"),
            new Channel("Выставки", 0.08, 0.40, 0.75, 0.60, 0.55, 0.40, 500_000, 75, CostCategory.OTHER,
                    250_000, "Весенняя выставка", "Отраслевая конференция"));

    static final List<String> OWNERS = List.of(
            "Анна Смирнова", "Игорь Петров", "Мария Кузнецова", "Дмитрий Волков", "Ольга Соколова");
    static final List<String> NON_TARGET_REASONS = List.of("Нецелевой", "Спам", "Дубль", "Не наш клиент");
    static final List<String> TARGET_REASONS = List.of("Дорого", "Выбрали конкурента", "Нет бюджета",
            "Не выходит на связь");

    private final Random rnd;
    private final YearMonth first;
    private final LocalDateTime end;
    private final double[] cumulative = new double[CHANNELS.size()];

    DemoLeadGenerator(YearMonth anchor, long seed) {
        this.rnd = new Random(seed);
        this.first = anchor.minusMonths(MONTHS - 1L);
        this.end = anchor.atEndOfMonth().atTime(23, 59, 59);
        double sum = 0;
        for (int i = 0; i < CHANNELS.size(); i++) {
            sum += CHANNELS.get(i).weight();
            cumulative[i] = sum;
        }
    }

    /** The {@code index}-th lead; call with increasing indexes (the sequence of random draws is the dataset). */
    Lead next(int index) {
        Channel ch = pickChannel();
        String campaign = ch.campaigns()[rnd.nextInt(ch.campaigns().length)];
        String owner = OWNERS.get(rnd.nextInt(OWNERS.size()));
        YearMonth month = first.plusMonths(rnd.nextInt(MONTHS));
        LocalDateTime created = month.atDay(1 + rnd.nextInt(month.lengthOfMonth()))
                .atTime(9 + rnd.nextInt(10), rnd.nextInt(60), rnd.nextInt(60));
        boolean recent = created.isAfter(end.minusDays(60));
        double u = rnd.nextDouble();
        Target target = u < 0.06 ? Target.UNKNOWN : u < 0.06 + 0.94 * ch.nonTargetShare() ? Target.NON_TARGET
                : Target.TARGET;
        Stage stage = Stage.LEAD;
        LeadStatus status;
        String reason = null;
        LocalDateTime closed = null;
        BigDecimal value = null;
        if (target == Target.NON_TARGET) {
            stage = rnd.nextDouble() < 0.3 ? Stage.MQL : Stage.LEAD;
            status = LeadStatus.LOST;
            reason = NON_TARGET_REASONS.get(rnd.nextInt(NON_TARGET_REASONS.size()));
            closed = created.plusHours(2 + rnd.nextInt(72));
        } else if (target == Target.UNKNOWN) {
            status = rnd.nextBoolean() ? LeadStatus.OPEN : LeadStatus.LOST;
            closed = status == LeadStatus.LOST ? created.plusDays(1 + rnd.nextInt(10)) : null;
        } else {
            if (rnd.nextDouble() < ch.toMql()) {
                stage = Stage.MQL;
                if (rnd.nextDouble() < ch.toSql()) {
                    stage = Stage.SQL;
                    if (rnd.nextDouble() < ch.toOpportunity()) {
                        stage = Stage.OPPORTUNITY;
                    }
                }
            }
            int cycle = (int) Math.max(1, Math.round(ch.cycleDays() * Math.exp(0.45 * rnd.nextGaussian())));
            boolean wins = stage == Stage.OPPORTUNITY && rnd.nextDouble() < ch.win();
            if (wins && !created.plusDays(cycle).isAfter(end)) {
                stage = Stage.WON;
                status = LeadStatus.WON;
                closed = created.plusDays(cycle).withHour(10 + rnd.nextInt(8));
                long rubles = Math.round(ch.dealRubles() * Math.exp(0.5 * rnd.nextGaussian()) / 100.0) * 100;
                value = BigDecimal.valueOf(Math.max(1_000, rubles) * 100 + (rnd.nextInt(4) == 0 ? 50 : 0), 2);
            } else if (recent && rnd.nextDouble() < 0.6 || wins) {
                status = LeadStatus.OPEN;
            } else {
                status = LeadStatus.LOST;
                reason = TARGET_REASONS.get(rnd.nextInt(TARGET_REASONS.size()));
                closed = created.plusDays(Math.max(1, cycle / 2));
                if (closed.isAfter(end)) {
                    closed = end;
                }
            }
        }
        String company = "ООО «Клиент " + (1 + rnd.nextInt(4_000)) + "»";
        return new Lead(SourceSystem.GENERIC, "demo-" + index, created, closed, ch.name(), campaign, owner, company,
                stage, status, target, reason, value, "RUB", null);
    }

    private Channel pickChannel() {
        double u = rnd.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return CHANNELS.get(i);
            }
        }
        return CHANNELS.get(CHANNELS.size() - 1);
    }

    /** Each channel's spend per month (±20 %) and the shared monthly costs. */
    List<CostEntry> costs() {
        List<CostEntry> out = new ArrayList<>();
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = first.plusMonths(m);
            for (Channel ch : CHANNELS) {
                long rubles = Math.round(ch.monthlyBudget() * (0.8 + 0.4 * rnd.nextDouble()) / 1000.0) * 1000;
                out.add(new CostEntry(month, ch.name(), null, ch.costCategory(), BigDecimal.valueOf(rubles), "RUB"));
            }
            out.add(new CostEntry(month, null, null, CostCategory.SOFTWARE, BigDecimal.valueOf(60_000), "RUB"));
            out.add(new CostEntry(month, null, null, CostCategory.MARKETING_SALARIES, BigDecimal.valueOf(900_000),
                    "RUB"));
            out.add(new CostEntry(month, null, null, CostCategory.SALES_SALARIES, BigDecimal.valueOf(1_400_000),
                    "RUB"));
        }
        return out;
    }
}
