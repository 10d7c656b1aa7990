package org.funnellab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.funnellab.calc.BudgetOptimizer;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.PlannerObjective;
import org.funnellab.calc.ResponseCurve;
import org.funnellab.calc.ResponseCurveFit;
import org.funnellab.domain.Filters;
import org.funnellab.domain.MetricValue;
import org.funnellab.service.MetricsService;
import org.funnellab.service.PanelBaselines;
import org.funnellab.service.PlannerService;
import org.funnellab.service.Selection;
import org.funnellab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code plan fit} and {@code plan optimise}: the budget planner's response curves and the best split. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "The budget planner: each channel's response curve, and the best split of a budget.",
        subcommands = {PlanCommand.Fit.class, PlanCommand.Optimise.class})
final class PlanCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Period and channel filters, shared by both subcommands. */
    static final class Period {
        @Option(names = "--from", paramLabel = "YYYY-MM", converter = MetricsCommand.MonthConverter.class,
                description = "First month of the history.")
        YearMonth from;

        @Option(names = "--to", paramLabel = "YYYY-MM", converter = MetricsCommand.MonthConverter.class,
                description = "Last month of the history.")
        YearMonth to;

        Filters filters() {
            if (from != null && to != null && from.isAfter(to)) {
                throw CliException.usage("--from " + from + " is after --to " + to);
            }
            return new Filters(from, to, Set.of(), Set.of(), Set.of());
        }
    }

    /** The planner's channels, their curves and the CLV per customer, read once. */
    record Planner(Selection selection, List<BudgetPlanner.ChannelBaseline> channels,
                   List<PlannerService.ChannelCurve> curves, double clvPerCustomer, String currency) {
    }

    static Planner read(WorkspaceOption workspace, Filters filters) {
        try (Workspace ws = workspace.openForReading()) {
            MetricsService service = new MetricsService(ws);
            Selection s = service.select(filters);
            List<BudgetPlanner.ChannelBaseline> channels = new ArrayList<>();
            PanelBaselines.plannerChannels(s).forEach(b -> channels.add(b.inputs()));
            if (channels.isEmpty()) {
                throw CliException.data("no channel with leads in the selection: import leads with a channel first");
            }
            List<PlannerService.ChannelCurve> curves = new PlannerService(service).fit(s);
            return new Planner(s, channels, curves, PanelBaselines.clvPerCustomer(s).orElse(0), service.currency());
        }
    }

    @Command(name = "fit", mixinStandardHelpOptions = true,
            description = "Each channel's response curve (leads against monthly spend) fitted to its months.")
    static final class Fit extends CliCommand {
        @Mixin
        WorkspaceOption workspace;

        @Mixin
        Period period;

        @Override
        int execute() {
            Planner p = read(workspace, period.filters());
            ObjectNode root = Json.object();
            root.put("currency", p.currency());
            ObjectNode prior = root.putObject("prior");
            prior.put("elasticity", ResponseCurveFit.PRIOR_ELASTICITY);
            prior.put("sd", ResponseCurveFit.PRIOR_SD);
            prior.put("minMonths", ResponseCurveFit.MIN_MONTHS);
            prior.put("minMonthsSaturating", ResponseCurveFit.MIN_MONTHS_SATURATING);
            ArrayNode channels = root.putArray("channels");
            for (PlannerService.ChannelCurve c : p.curves()) {
                channels.add(curveJson(c));
            }
            if (workspace.json) {
                out().println(Json.write(root));
            } else {
                out().printf("%-20s %-11s %-7s %6s %13s %6s %6s %17s%n", "channel", "model", "source", "months",
                        "elasticity", "b low", "b high", "R²");
                for (PlannerService.ChannelCurve c : p.curves()) {
                    ResponseCurve f = c.fitted();
                    out().printf("%-20s %-11s %-7s %6d %13.3f %6.2f %6.2f %17s%n", c.channel(),
                            f.kind().name().toLowerCase(java.util.Locale.ROOT),
                            f.source().name().toLowerCase(java.util.Locale.ROOT), f.fit().months(),
                            c.planned().elasticity(c.baselineSpend()), f.fit().bLow(), f.fit().bHigh(),
                            f.fit().r2().isDefined() ? String.format(java.util.Locale.ROOT, "%.3f",
                                    f.fit().r2().value()) : "undefined");
                }
            }
            return ExitCodes.OK;
        }
    }

    static ObjectNode curveJson(PlannerService.ChannelCurve c) {
        ResponseCurve f = c.fitted();
        ObjectNode o = Json.object();
        o.put("channel", c.channel());
        o.put("model", f.kind() == ResponseCurve.Kind.POWER ? "power" : "saturating");
        o.put("source", f.source().name().toLowerCase(java.util.Locale.ROOT));
        if (f.kind() == ResponseCurve.Kind.POWER) {
            o.put("k", f.a());
            o.put("b", f.b());
        } else {
            o.put("vmax", f.a());
            o.put("halfSaturationSpend", Json.money(f.b()));
        }
        o.put("elasticityAtBaseline", c.planned().elasticity(c.baselineSpend()));
        Json.putNumber(o, "r2", f.fit().r2());
        o.put("bLow", f.fit().bLow());
        o.put("bHigh", f.fit().bHigh());
        o.put("months", f.fit().months());
        o.put("minSpend", Json.money(f.fit().minSpend()));
        o.put("maxSpend", Json.money(f.fit().maxSpend()));
        o.put("baselineSpend", Json.money(c.baselineSpend()));
        o.put("baselineLeads", c.baselineLeads());
        ArrayNode pts = o.putArray("points");
        for (PlannerService.MonthPoint m : c.months()) {
            ObjectNode pt = pts.addObject();
            pt.put("month", m.month().toString());
            pt.put("spend", Json.money(m.spend()));
            pt.put("leads", m.leads());
            pt.put("nonTarget", m.nonTarget());
        }
        return o;
    }

    @Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
            description = "The split of a monthly budget that maximises customers, won revenue or CLV, within "
                    + "per-channel bounds, locked channels and the sales team's qualification hours.")
    static final class Optimise extends CliCommand {
        @Mixin
        WorkspaceOption workspace;

        @Mixin
        Period period;

        @Option(names = "--budget", paramLabel = "N", description = "Monthly budget to split.")
        Double budget;

        @Option(names = "--target", paramLabel = "N", description = "Instead of --budget: the least monthly budget "
                + "whose best split reaches N of the objective (customers, revenue or CLV).")
        Double target;

        @Option(names = "--target-cac", paramLabel = "N", description = "The best split at a target blended CAC: "
                + "the most customers whose spend ÷ customers is at most N (--budget, if given, caps the spend).")
        Double targetCac;

        @Option(names = "--objective", paramLabel = "customers|revenue|clv", defaultValue = "customers",
                converter = ObjectiveConverter.class, description = "What to maximise (default: ${DEFAULT-VALUE}).")
        PlannerObjective objective;

        @Option(names = "--bounds", paramLabel = "SHARE|none", defaultValue = "0.3",
                description = "How far each channel may move from today's spend, as a share (default 0.3 = ±30 %%);"
                        + " 'none' for no bound.")
        String bounds;

        @Option(names = "--lock", paramLabel = "CHANNEL", description = "Keep this channel at today's spend "
                + "(repeatable).")
        Set<String> locked = new LinkedHashSet<>();

        @Option(names = "--min", paramLabel = "CHANNEL=N", description = "Lowest spend of a channel (repeatable).")
        Map<String, Double> minimum = new LinkedHashMap<>();

        @Option(names = "--max", paramLabel = "CHANNEL=N", description = "Highest spend of a channel (repeatable).")
        Map<String, Double> maximum = new LinkedHashMap<>();

        @Option(names = "--capacity-hours", paramLabel = "N",
                description = "Hours of first qualification the sales team has per month (default: no limit).")
        Double capacityHours;

        @Option(names = "--minutes-per-call", paramLabel = "N", defaultValue = "15",
                description = "Minutes of first qualification per lead, target or not (default: ${DEFAULT-VALUE}).")
        double minutesPerCall;

        private org.funnellab.domain.MetricValue lowestCac;

        @Override
        int execute() {
            if (target != null && (budget != null || targetCac != null)) {
                throw CliException.usage("--target N goes alone: not with --budget or --target-cac");
            }
            if (budget == null && target == null && targetCac == null) {
                throw CliException.usage("give --budget N, --target N or --target-cac N");
            }
            if (targetCac != null && (!(targetCac > 0) || Double.isInfinite(targetCac))) {
                throw CliException.usage("--target-cac must be an amount > 0, was " + targetCac);
            }
            if (targetCac != null && objective != PlannerObjective.CUSTOMERS) {
                throw CliException.usage("--target-cac maximises customers: leave out --objective or give customers");
            }
            if (budget != null && (!(budget >= 0) || Double.isInfinite(budget))) {
                throw CliException.usage("--budget must be an amount ≥ 0, was " + budget);
            }
            if (target != null && (!(target > 0) || Double.isInfinite(target))) {
                throw CliException.usage("--target must be a number > 0, was " + target);
            }
            if (capacityHours != null && !(capacityHours >= 0)) {
                throw CliException.usage("--capacity-hours must be ≥ 0, was " + capacityHours);
            }
            if (!(minutesPerCall >= 0)) {
                throw CliException.usage("--minutes-per-call must be ≥ 0, was " + minutesPerCall);
            }
            double share;
            if (bounds.strip().equalsIgnoreCase("none")) {
                share = Double.POSITIVE_INFINITY;
            } else {
                try {
                    share = Double.parseDouble(bounds.strip());
                } catch (NumberFormatException e) {
                    throw CliException.usage("--bounds '" + bounds + "' is neither a share such as 0.3 nor 'none'");
                }
                if (!(share >= 0)) {
                    throw CliException.usage("--bounds must be ≥ 0, was " + bounds);
                }
            }
            Planner p = read(workspace, period.filters());
            double[] current = p.channels().stream().mapToDouble(BudgetPlanner.ChannelBaseline::spend).toArray();
            List<ResponseCurve> curves = PlannerService.plannedCurves(p.curves());
            // For a target, "no bound" lets a channel grow to ten times today's whole budget while the least budget
            // is searched for.
            double today = java.util.Arrays.stream(current).sum();
            double room = budget != null ? budget : 10 * Math.max(today, 1);
            PlannerService.OptimiseRequest request = new PlannerService.OptimiseRequest(objective, room, share,
                    locked, minimum, maximum, capacityHours == null ? Double.POSITIVE_INFINITY : capacityHours);
            BudgetOptimizer.Problem problem;
            try {
                problem = PlannerService.problem(p.channels(), curves, current, request, minutesPerCall,
                        p.clvPerCustomer());
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            BudgetOptimizer.Result r;
            lowestCac = null;
            if (targetCac != null) {
                BudgetOptimizer.TargetCac t = BudgetOptimizer.bestAtTargetCac(problem, targetCac);
                lowestCac = t.lowestCac();
                r = t.result().orElseThrow(() -> CliException.data(String.format(java.util.Locale.ROOT,
                        "no budget up to %.0f reaches a blended CAC of %.0f within the bounds and the sales hours;"
                                + " the lowest reachable is %s", problem.budget(), targetCac, text(t.lowestCac()))));
            } else if (target != null) {
                r = BudgetOptimizer.leastBudgetFor(problem, target).orElseThrow(() -> CliException.data(
                        "no budget reaches " + target + " " + objective.name().toLowerCase(java.util.Locale.ROOT)
                                + " within the bounds and the sales hours: raise the bounds or the hours"));
            } else {
                r = BudgetOptimizer.optimise(problem);
            }
            BudgetPlanner.Settings settings = new BudgetPlanner.Settings(0, minutesPerCall, p.clvPerCustomer());
            BudgetPlanner.Plan before = BudgetPlanner.plan(p.channels(), curves, current, settings);
            BudgetPlanner.Plan after = BudgetPlanner.plan(p.channels(), curves, r.spends(), settings);
            ObjectNode root = json(p, r, before, after);
            if (workspace.json) {
                out().println(Json.write(root));
            } else {
                printTable(r, before, after);
            }
            return ExitCodes.OK;
        }

        private ObjectNode json(Planner p, BudgetOptimizer.Result r, BudgetPlanner.Plan before,
                                BudgetPlanner.Plan after) {
            ObjectNode root = Json.object();
            root.put("currency", p.currency());
            root.put("objective", objective.name().toLowerCase(java.util.Locale.ROOT));
            if (target != null) {
                root.put("target", target);
            }
            if (targetCac != null) {
                root.put("targetCac", Json.money(targetCac));
                Json.putMoney(root, "lowestCac", lowestCac);
            }
            root.put("budget", Json.money(r.budget()));
            root.put("spent", Json.money(r.spent()));
            root.put("unspent", Json.money(r.unspent()));
            if (Double.isFinite(r.capacityHours())) {
                root.put("capacityHours", r.capacityHours());
            } else {
                root.putNull("capacityHours");
            }
            root.put("hoursNeeded", r.hours());
            root.put("hoursNeededNow", r.currentHours());
            root.put("budgetBinds", r.budgetBinds());
            root.put("capacityBinds", r.capacityBinds());
            root.put("objectivePerExtraBudgetUnit", r.budgetPrice());
            root.put("objectivePerExtraHour", r.hourPrice());
            ArrayNode issues = root.putArray("issues");
            r.issues().forEach(i -> issues.add(i.name()));
            root.set("current", totals(before.total()));
            root.set("optimal", totals(after.total()));
            ArrayNode channels = root.putArray("channels");
            for (int i = 0; i < r.channels().size(); i++) {
                BudgetOptimizer.ChannelResult c = r.channels().get(i);
                ObjectNode o = channels.addObject();
                o.put("channel", c.name());
                o.put("currentSpend", Json.money(c.current()));
                o.put("optimalSpend", Json.money(c.optimal()));
                o.put("bound", c.bound().name().toLowerCase(java.util.Locale.ROOT));
                Json.putMoney(o, "marginalCac", c.marginalCac());
                o.put("leads", c.leads());
                Json.putNumber(o, "customers", after.channels().get(i).customers());
                Json.putMoney(o, "cac", after.channels().get(i).cac());
                o.put("extrapolated", c.extrapolated());
            }
            return root;
        }

        private static ObjectNode totals(BudgetPlanner.ChannelPlan t) {
            ObjectNode o = Json.object();
            o.put("spend", Json.money(t.spend()));
            Json.putNumber(o, "leads", t.leads());
            Json.putNumber(o, "customers", t.customers());
            Json.putMoney(o, "cac", t.cac());
            Json.putMoney(o, "revenue", t.revenue());
            Json.putNumber(o, "wastedHours", t.wastedHours());
            Json.putNumber(o, "ltvToCac", t.ltvToCac());
            return o;
        }

        private void printTable(BudgetOptimizer.Result r, BudgetPlanner.Plan before, BudgetPlanner.Plan after) {
            out().printf("%-20s %14s %14s %-7s %14s%n", "channel", "current", "optimal", "bound", "marginal CAC");
            for (BudgetOptimizer.ChannelResult c : r.channels()) {
                out().printf("%-20s %,14.0f %,14.0f %-7s %14s%s%n", c.name(), c.current(), c.optimal(),
                        c.bound().name().toLowerCase(java.util.Locale.ROOT), text(c.marginalCac()),
                        c.extrapolated() ? "  (beyond the months seen)" : "");
            }
            out().printf("customers %s → %s, CAC %s → %s, unspent %,.0f%s%n", text(before.total().customers()),
                    text(after.total().customers()), text(before.total().cac()), text(after.total().cac()),
                    r.unspent(), r.capacityBinds() ? ", the sales team's hours bind" : "");
            for (BudgetOptimizer.Issue i : r.issues()) {
                out().println(i == BudgetOptimizer.Issue.BUDGET_BELOW_MINIMUMS
                        ? "the budget is below the channels' minimums: every channel is at its minimum"
                        : "even the minimums need more hours than the team has: the hours limit was not applied");
            }
        }

        private static String text(MetricValue v) {
            return v.isDefined() ? String.format("%,.1f", v.value()) : "undefined (" + v.reason().english() + ")";
        }
    }

    static final class ObjectiveConverter implements picocli.CommandLine.ITypeConverter<PlannerObjective> {
        @Override
        public PlannerObjective convert(String value) {
            try {
                return PlannerObjective.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not an objective: customers, revenue or clv");
            }
        }
    }
}
