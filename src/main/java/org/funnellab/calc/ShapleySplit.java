package org.funnellab.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Splits the difference v(all) − v(none) of a function of n changed inputs into one contribution per input.
 * <p>
 * Up to {@value #EXACT_LIMIT} inputs: the symmetric Shapley split, exact — each input's contribution is its
 * marginal effect averaged over every order in which the inputs could be switched from A's value to B's:
 * <pre>
 * φᵢ = Σ over S ⊆ N∖{i} of |S|! (n − |S| − 1)! ÷ n! × (v(S ∪ {i}) − v(S))
 * </pre>
 * (2ⁿ evaluations). Beyond that: sequential substitution in the given order, φᵢ = v({1..i}) − v({1..i−1}).
 * Either way the contributions add up to the total difference; the last binary digit the double arithmetic loses is
 * given back to the largest contribution, so the sum is exact ({@link BigDecimal} arithmetic).
 */
public final class ShapleySplit {
    /** Up to this many inputs the split is the exact Shapley value. */
    public static final int EXACT_LIMIT = 10;

    /** How a split was computed. */
    public enum Method { SHAPLEY, SEQUENTIAL }

    /**
     * @param contributions one per input, in input order; their sum is exactly {@code total}
     * @param total         v(all) − v(none), exactly as the two doubles differ
     */
    public record Result(Method method, List<BigDecimal> contributions, BigDecimal total) {
    }

    private ShapleySplit() {
    }

    /**
     * @param n     number of inputs (≥ 0)
     * @param value v(S) for the set S of inputs at B's value, given as a bit mask (bit i = input i); must be finite
     */
    public static Result split(int n, ToDoubleFunction<Long> value) {
        double none = value.applyAsDouble(0L);
        double all = value.applyAsDouble(n == 0 ? 0L : (1L << n) - 1);
        double[] phi = new double[n];
        Method method;
        if (n <= EXACT_LIMIT) {
            method = Method.SHAPLEY;
            int size = 1 << n;
            double[] v = new double[size];
            for (int mask = 0; mask < size; mask++) {
                v[mask] = mask == 0 ? none : mask == size - 1 ? all : value.applyAsDouble((long) mask);
            }
            double[] weight = new double[n];
            for (int s = 0; s < n; s++) {
                weight[s] = factorial(s) * factorial(n - s - 1) / factorial(n);
            }
            for (int i = 0; i < n; i++) {
                int bit = 1 << i;
                double sum = 0;
                for (int mask = 0; mask < size; mask++) {
                    if ((mask & bit) == 0) {
                        sum += weight[Integer.bitCount(mask)] * (v[mask | bit] - v[mask]);
                    }
                }
                phi[i] = sum;
            }
        } else {
            method = Method.SEQUENTIAL;
            double prev = none;
            long mask = 0;
            for (int i = 0; i < n; i++) {
                mask |= 1L << i;
                double next = i == n - 1 ? all : value.applyAsDouble(mask);
                phi[i] = next - prev;
                prev = next;
            }
        }
        BigDecimal total = new BigDecimal(all).subtract(new BigDecimal(none));
        List<BigDecimal> out = new ArrayList<>(n);
        BigDecimal sum = BigDecimal.ZERO;
        int largest = -1;
        for (int i = 0; i < n; i++) {
            BigDecimal c = new BigDecimal(phi[i]);
            out.add(c);
            sum = sum.add(c);
            if (largest < 0 || Math.abs(phi[i]) > Math.abs(phi[largest])) {
                largest = i;
            }
        }
        if (largest >= 0) {
            out.set(largest, out.get(largest).add(total.subtract(sum)));
        }
        return new Result(method, List.copyOf(out), total);
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }
}
