package org.funnellab.service;

import org.funnellab.domain.MetricValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The one order channels are shown in, in the window and in every export: largest spend first, then by name. A
 * channel whose spend is undefined (no costs, or an owner filter) counts as spending nothing, so with no costs at all
 * the order is by name. The same on every launch: nothing depends on a map's order.
 */
public final class ChannelOrder {
    private ChannelOrder() {
    }

    /** Largest {@code spend} first, then by {@code name}. */
    public static <T> Comparator<T> bySpendThenName(ToDoubleFunction<T> spend, Function<T, String> name) {
        return Comparator.comparingDouble(spend).reversed().thenComparing(name, Comparator.nullsFirst(
                Comparator.naturalOrder()));
    }

    /** The channels of {@code metrics} ("" = no channel), largest counted cost first, then by name. */
    public static List<String> of(Metrics metrics) {
        List<Economics> list = new ArrayList<>(metrics.byChannel().values());
        list.sort(bySpendThenName(e -> spend(e.costs()), e -> e.channel() == null ? "" : e.channel()));
        return list.stream().map(e -> e.channel() == null ? "" : e.channel()).toList();
    }

    /**
     * {@code items} in the order of {@link #of(Metrics)}, each found by its channel ({@code null} read as ""); items
     * of a channel {@code metrics} does not know come last, by name.
     */
    public static <T> List<T> sort(List<T> items, Function<T, String> channel, Metrics metrics) {
        Map<String, Integer> rank = new HashMap<>();
        List<String> order = of(metrics);
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        Function<T, String> key = t -> channel.apply(t) == null ? "" : channel.apply(t);
        List<T> out = new ArrayList<>(items);
        out.sort(Comparator.comparingInt((T t) -> rank.getOrDefault(key.apply(t), Integer.MAX_VALUE))
                .thenComparing(key));
        return out;
    }

    private static double spend(MetricValue v) {
        return v != null && v.isDefined() ? v.value() : 0;
    }
}
