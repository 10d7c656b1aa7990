package org.funnellab.calc;

import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Uncertainty of one output of a {@link WhatIfModel} by Monte Carlo simulation.
 * <p>
 * Each draw takes every uncertain input from its {@link Triangular} distribution (clamped to the parameter's
 * range; inputs without a distribution stay at base), evaluates the model and keeps the output. Draws are made in
 * parameter order from one {@link SplittableRandom} with the given seed, so the same seed gives the same samples.
 * Draws whose output is undefined are counted by reason and left out of the statistics.
 * <pre>
 * Pk   = the k-th percentile of the defined samples, linear between order statistics:
 *        h = (n − 1) × k ÷ 100, Pk = s[⌊h⌋] + (h − ⌊h⌋) × (s[⌊h⌋ + 1] − s[⌊h⌋])     (s sorted ascending)
 * mean = Σ samples ÷ n
 * histogram: {@code bins} equal-width bins from min to max sample; the last bin includes max
 * </pre>
 */
public final class MonteCarlo {
    /** Draws between two progress reports. */
    public static final int PROGRESS_EVERY = 1024;

    private MonteCarlo() {
    }

    /** Histogram of the defined samples: {@code counts.length} bins, {@code edges.length = counts.length + 1}. */
    public record Histogram(long[] counts, double[] edges) {
    }

    /**
     * The outcome of a run.
     *
     * @param samples           the defined outputs in draw order (for export); not a copy, do not modify
     * @param completedDraws    draws made (fewer than requested when cancelled)
     * @param undefinedDraws    draws whose output was undefined, also broken down by reason
     * @param p10               undefined (with the most frequent reason) when no draw gave a defined output
     */
    public record Result(long requestedDraws, long completedDraws, boolean cancelled, double[] samples,
                         long undefinedDraws, Map<UndefinedReason, Long> undefinedByReason,
                         MetricValue p10, MetricValue p50, MetricValue p90, MetricValue mean, Histogram histogram) {
    }

    /** A run with no progress reporting. */
    public static Result run(WhatIfModel model, double[] base, Triangular[] uncertain, int outputIndex, int draws,
                             long seed, int bins) {
        return run(model, base, uncertain, outputIndex, draws, seed, bins, ProgressListener.NONE);
    }

    /**
     * @param uncertain one entry per parameter; null keeps that input at base
     * @param draws     number of draws, ≥ 1
     * @param bins      histogram bins, ≥ 1
     */
    public static Result run(WhatIfModel model, double[] base, Triangular[] uncertain, int outputIndex, int draws,
                             long seed, int bins, ProgressListener listener) {
        List<Parameter> ps = model.parameters();
        if (uncertain.length != ps.size() || base.length != ps.size()) {
            throw new IllegalArgumentException("expected " + ps.size() + " inputs");
        }
        if (draws < 1 || bins < 1) {
            throw new IllegalArgumentException("draws and bins must be ≥ 1");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = base.clone();
        double[] samples = new double[draws];
        int n = 0;
        long[] undefinedCounts = new long[UndefinedReason.values().length];
        long undefined = 0;
        int done = 0;
        boolean cancelled = false;
        while (done < draws) {
            for (int i = 0; i < x.length; i++) {
                Triangular t = uncertain[i];
                if (t != null) {
                    x[i] = ps.get(i).clamp(t.quantile(random.nextDouble()));
                }
            }
            MetricValue y = model.evaluate(x)[outputIndex];
            if (y.isDefined()) {
                samples[n++] = y.value();
            } else {
                undefinedCounts[y.reason().ordinal()]++;
                undefined++;
            }
            done++;
            if ((done % PROGRESS_EVERY == 0 || done == draws) && !listener.onProgress(done, draws) && done < draws) {
                cancelled = true;
                break;
            }
        }
        double[] kept = n == samples.length ? samples : Arrays.copyOf(samples, n);
        return summarize(draws, done, cancelled, kept, undefined, undefinedCounts, bins);
    }

    private static Result summarize(long requested, long done, boolean cancelled, double[] samples, long undefined,
                                    long[] undefinedCounts, int bins) {
        Map<UndefinedReason, Long> byReason = new EnumMap<>(UndefinedReason.class);
        UndefinedReason mostFrequent = null;
        for (UndefinedReason r : UndefinedReason.values()) {
            long c = undefinedCounts[r.ordinal()];
            if (c > 0) {
                byReason.put(r, c);
                if (mostFrequent == null || c > undefinedCounts[mostFrequent.ordinal()]) {
                    mostFrequent = r;
                }
            }
        }
        Map<UndefinedReason, Long> reasons = Collections.unmodifiableMap(byReason);
        if (samples.length == 0) {
            MetricValue none = MetricValue.undefined(mostFrequent);
            return new Result(requested, done, cancelled, samples, undefined, reasons, none, none, none, none,
                    new Histogram(new long[0], new double[0]));
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double s : samples) {
            sum += s;
        }
        double mean = Math.max(sorted[0], Math.min(sorted[sorted.length - 1], sum / samples.length));
        return new Result(requested, done, cancelled, samples, undefined, reasons,
                MetricValue.of(percentile(sorted, 10)), MetricValue.of(percentile(sorted, 50)),
                MetricValue.of(percentile(sorted, 90)), MetricValue.of(mean), histogram(sorted, bins));
    }

    /** The k-th percentile (0..100) of ascending {@code sorted}, interpolated linearly. */
    public static double percentile(double[] sorted, double k) {
        double h = (sorted.length - 1) * k / 100.0;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double v = sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
        // Interpolation may round a hair outside its neighbours; keep percentiles ordered.
        return Math.max(sorted[lo], Math.min(sorted[lo + 1], v));
    }

    /** Equal-width bins over [min, max] of ascending {@code sorted}; all equal values make one bin. */
    public static Histogram histogram(double[] sorted, int bins) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        if (min == max) {
            return new Histogram(new long[] {sorted.length}, new double[] {min, max});
        }
        long[] counts = new long[bins];
        double[] edges = new double[bins + 1];
        double width = (max - min) / bins;
        for (int i = 0; i <= bins; i++) {
            edges[i] = i == bins ? max : min + width * i;
        }
        for (double s : sorted) {
            int b = (int) ((s - min) / width);
            counts[Math.min(bins - 1, Math.max(0, b))]++;
        }
        return new Histogram(counts, edges);
    }
}
