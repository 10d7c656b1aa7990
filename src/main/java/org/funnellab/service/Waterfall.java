package org.funnellab.service;

import org.funnellab.calc.ShapleySplit;
import org.funnellab.calc.WhatIfModel;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "Why B differs from A": the difference in one output of one panel, split into the contribution of each input
 * that differs between the two scenarios (and of the data itself when their filters differ), by
 * {@link ShapleySplit}: the symmetric Shapley split up to {@value ShapleySplit#EXACT_LIMIT} changed inputs, else
 * sequential substitution in the order listed. The contributions add up exactly to B − A.
 *
 * @param steps     the contributions, largest effect first
 * @param undefined null when the split is defined; why not otherwise (A's or B's output, or a mixed one, undefined)
 */
public record Waterfall(String panel, String output, MetricValue a, MetricValue b, ShapleySplit.Method method,
                        List<Step> steps, BigDecimal total, UndefinedReason undefined) {
    /** The input id that stands for "the data under the other filters" when A and B look at different slices. */
    public static final String DATA = "@data";

    /** One input's contribution; {@code input} is a parameter id or {@link #DATA}. */
    public record Step(String input, Double from, Double to, BigDecimal contribution) {
    }

    /** The split of {@code output} on {@code panel} between two evaluated scenarios. */
    public static Waterfall of(String panel, String output, PanelEvaluation a, PanelEvaluation b,
                               boolean sameFilters) {
        MetricValue va = a.output(output);
        MetricValue vb = b.output(output);
        if (!va.isDefined() || !vb.isDefined()) {
            return new Waterfall(panel, output, va, vb, ShapleySplit.Method.SHAPLEY, List.of(), BigDecimal.ZERO,
                    !va.isDefined() ? va.reason() : vb.reason());
        }
        WhatIfModel ma = a.model();
        WhatIfModel mb = b.model();
        List<String> ids = ma.parameters().stream().map(p -> p.id()).toList();
        boolean sameInputs = ids.equals(mb.parameters().stream().map(p -> p.id()).toList());
        List<String> players = new ArrayList<>();
        if (!sameFilters || !sameInputs) {
            players.add(DATA);
        }
        Set<String> changed = new LinkedHashSet<>();
        if (sameInputs) {
            for (int i = 0; i < ids.size(); i++) {
                boolean player = a.overridden()[i] != b.overridden()[i]
                        || a.overridden()[i] && ScenarioEvaluator.differs(a.values()[i], b.values()[i]);
                if (player) {
                    changed.add(ids.get(i));
                }
            }
        }
        players.addAll(changed);
        int n = players.size();
        int outIndex = ma.outputIndex(output);
        UndefinedReason[] undefinedMix = {null};
        ShapleySplit.Result r = ShapleySplit.split(n, mask -> {
            MetricValue v = mix(a, b, players, mask, sameInputs, outIndex);
            if (!v.isDefined()) {
                undefinedMix[0] = v.reason();
                return 0;
            }
            return v.value();
        });
        if (undefinedMix[0] != null) {
            return new Waterfall(panel, output, va, vb, r.method(), List.of(), BigDecimal.ZERO, undefinedMix[0]);
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = players.get(i);
            Double from = id.equals(DATA) ? null : a.value(id);
            Double to = id.equals(DATA) ? null : b.value(id);
            steps.add(new Step(id, from, to, r.contributions().get(i)));
        }
        if (r.method() == ShapleySplit.Method.SHAPLEY) {
            steps.sort((x, y) -> y.contribution().abs().compareTo(x.contribution().abs()));
        }
        return new Waterfall(panel, output, va, vb, r.method(), List.copyOf(steps), r.total(), null);
    }

    /** The output with the players in {@code mask} at B's side and the others at A's. */
    private static MetricValue mix(PanelEvaluation a, PanelEvaluation b, List<String> players, long mask,
                                   boolean sameInputs, int outIndex) {
        boolean dataB = players.contains(DATA) && (mask & (1L << players.indexOf(DATA))) != 0;
        if (!sameInputs) {
            return (dataB ? b : a).outputs()[outIndex];
        }
        PanelEvaluation source = dataB ? b : a;
        double[] x = new double[a.values().length];
        for (int i = 0; i < x.length; i++) {
            // Not overridden: the baseline of the data on this side; overridden: the scenario's own value.
            x[i] = a.overridden()[i] ? a.values()[i] : source.baseline()[i];
        }
        for (int p = 0; p < players.size(); p++) {
            String id = players.get(p);
            if (id.equals(DATA) || (mask & (1L << p)) == 0) {
                continue;
            }
            int i = ScenarioEvaluator.indexOf(a.model(), id);
            x[i] = b.overridden()[i] ? b.values()[i] : source.baseline()[i];
        }
        return source.model().evaluate(x)[outIndex];
    }

    /** Σ contributions (equal to {@link #total()} by construction). */
    public BigDecimal sum() {
        BigDecimal s = BigDecimal.ZERO;
        for (Step st : steps) {
            s = s.add(st.contribution());
        }
        return s;
    }
}
