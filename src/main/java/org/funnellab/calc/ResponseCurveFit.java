package org.funnellab.calc;

import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

/**
 * Fits a channel's {@link ResponseCurve} to its monthly (spend, leads) history. Months with no spend or no leads are
 * left out (a logarithm needs both positive).
 * <ol>
 *   <li>Fewer than {@link #MIN_MONTHS} months: the prior elasticity {@link #PRIOR_ELASTICITY}, levelled so the
 *       curve passes through the months' average spend and leads (source PRIOR).</li>
 *   <li>Otherwise a log–log least-squares line ln leads = ln k + b·ln s gives b̂ with standard error se. b̂ is shrunk
 *       toward the prior by precision weighting (a normal prior b ~ N(b₀, τ²), τ = {@link #PRIOR_SD}):
 *       b = (b̂/se² + b₀/τ²) ÷ (1/se² + 1/τ²), posterior sd = (1/se² + 1/τ²)^−½ — few months or little spread in
 *       spend give a large se and b stays near b₀. b is then kept in [{@link #MIN_ELASTICITY}, 1], k re-levelled at
 *       the means of the logs, and the interval for b is b ± t(0.975, n − 2)·sd.</li>
 *   <li>With at least {@link #MIN_MONTHS_SATURATING} months a Michaelis–Menten curve vmax·s ÷ (h + s) is fitted by
 *       least squares in leads (for each h on a log grid vmax is linear; the best h is refined by golden section) and
 *       chosen when its squared error is below {@link #SATURATING_ADVANTAGE} × that of the data's own (unshrunk)
 *       power curve and its R² is at least {@link #SATURATING_MIN_R2}; it is not shrunk (it is only chosen when the
 *       months show the bend clearly).</li>
 * </ol>
 * R² is measured on leads, not logs, so both curves are compared on the same scale. Deterministic; no toolkit.
 */
public final class ResponseCurveFit {
    /** Months needed to fit anything; fewer use the prior. */
    public static final int MIN_MONTHS = 3;
    /** Months needed before a saturating curve is tried (it needs a visible bend). */
    public static final int MIN_MONTHS_SATURATING = 6;
    /** Prior elasticity b₀: +10 % spend brings about +7 % leads, a common diminishing-returns starting point. */
    public static final double PRIOR_ELASTICITY = 0.7;
    /** Prior standard deviation τ of the elasticity. */
    public static final double PRIOR_SD = 0.15;
    /** Lowest elasticity a fitted power curve may take (b must stay positive). */
    public static final double MIN_ELASTICITY = 0.05;
    /** A saturating curve must cut the squared error to below this share of the (unshrunk) power curve's. */
    public static final double SATURATING_ADVANTAGE = 0.9;
    /** ... and explain at least this share of the months' variance: a bend in noise is not a bend. */
    public static final double SATURATING_MIN_R2 = 0.5;

    private ResponseCurveFit() {
    }

    /**
     * The curve for one channel's months.
     *
     * @param spend monthly spend, one per month
     * @param leads leads of the same months
     */
    public static ResponseCurve fit(double[] spend, double[] leads) {
        if (spend.length != leads.length) {
            throw new IllegalArgumentException(spend.length + " spends but " + leads.length + " lead counts");
        }
        int n = 0;
        for (int i = 0; i < spend.length; i++) {
            if (spend[i] > 0 && leads[i] > 0 && Double.isFinite(spend[i]) && Double.isFinite(leads[i])) {
                n++;
            }
        }
        double[] s = new double[n];
        double[] y = new double[n];
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0, j = 0; i < spend.length; i++) {
            if (spend[i] > 0 && leads[i] > 0 && Double.isFinite(spend[i]) && Double.isFinite(leads[i])) {
                s[j] = spend[i];
                y[j] = leads[i];
                min = Math.min(min, s[j]);
                max = Math.max(max, s[j]);
                j++;
            }
        }
        if (n == 0) {
            return ResponseCurve.power(0, PRIOR_ELASTICITY, ResponseCurve.Source.PRIOR,
                    new ResponseCurve.Fit(MetricValue.undefined(UndefinedReason.NO_SPEND_MONTHS), PRIOR_ELASTICITY,
                            PRIOR_ELASTICITY, 0, 0, 0));
        }
        double mx = 0;
        double mz = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(s[i]);
            mz += Math.log(y[i]);
        }
        mx /= n;
        mz /= n;
        if (n < MIN_MONTHS) {
            double b = PRIOR_ELASTICITY;
            double k = Math.exp(mz - b * mx);
            ResponseCurve prior = ResponseCurve.power(k, b, ResponseCurve.Source.PRIOR,
                    new ResponseCurve.Fit(MetricValue.of(0), b, b, n, min, max));
            double lo = Math.max(0, b - 1.96 * PRIOR_SD);
            double hi = Math.min(1, b + 1.96 * PRIOR_SD);
            return ResponseCurve.power(k, b, ResponseCurve.Source.PRIOR,
                    new ResponseCurve.Fit(r2(prior, s, y), lo, hi, n, min, max));
        }
        double sxx = 0;
        double sxz = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(s[i]) - mx;
            sxx += dx * dx;
            sxz += dx * (Math.log(y[i]) - mz);
        }
        double priorPrecision = 1 / (PRIOR_SD * PRIOR_SD);
        double b;
        double sd;
        // The data's own power curve (not shrunk): what a saturating curve must beat to be chosen.
        double rawB = PRIOR_ELASTICITY;
        if (sxx <= 1e-12) {
            // Every month had the same spend: the data says nothing about the slope.
            b = PRIOR_ELASTICITY;
            sd = PRIOR_SD;
        } else {
            double bHat = sxz / sxx;
            rawB = Math.max(MIN_ELASTICITY, Math.min(1, bHat));
            double a = mz - bHat * mx;
            double rss = 0;
            for (int i = 0; i < n; i++) {
                double r = Math.log(y[i]) - a - bHat * Math.log(s[i]);
                rss += r * r;
            }
            double sigma2 = n > 2 ? rss / (n - 2) : 0;
            // A perfect line (σ² = 0) would give infinite precision; a floor keeps the arithmetic finite.
            double se2 = Math.max(sigma2 / sxx, 1e-12);
            double dataPrecision = 1 / se2;
            b = (bHat * dataPrecision + PRIOR_ELASTICITY * priorPrecision) / (dataPrecision + priorPrecision);
            sd = Math.sqrt(1 / (dataPrecision + priorPrecision));
        }
        b = Math.max(MIN_ELASTICITY, Math.min(1, b));
        double k = Math.exp(mz - b * mx);
        double t = tQuantile975(n - 2);
        ResponseCurve.Fit provisional = new ResponseCurve.Fit(MetricValue.of(0), b, b, n, min, max);
        ResponseCurve pow = ResponseCurve.power(k, b, ResponseCurve.Source.FITTED, provisional);
        double powerSse = sse(ResponseCurve.power(Math.exp(mz - rawB * mx), rawB, ResponseCurve.Source.FITTED,
                provisional), s, y);
        ResponseCurve.Fit powerFit = new ResponseCurve.Fit(r2(pow, s, y), Math.max(0, b - t * sd),
                Math.min(1, b + t * sd), n, min, max);
        ResponseCurve best = ResponseCurve.power(k, b, ResponseCurve.Source.FITTED, powerFit);
        if (n >= MIN_MONTHS_SATURATING) {
            ResponseCurve mm = saturating(s, y, min, max, provisional);
            MetricValue mmR2 = mm == null ? MetricValue.of(0) : r2(mm, s, y);
            if (mm != null && sse(mm, s, y) < SATURATING_ADVANTAGE * powerSse && mmR2.isDefined()
                    && mmR2.value() >= SATURATING_MIN_R2) {
                double mean = Math.exp(mx);
                double e = mm.elasticity(mean);
                best = ResponseCurve.saturating(mm.a(), mm.b(), ResponseCurve.Source.FITTED,
                        new ResponseCurve.Fit(r2(mm, s, y), e, e, n, min, max));
            }
        }
        return best;
    }

    /** Least-squares Michaelis–Menten: vmax closed-form for each h, h by a log grid then golden section. */
    private static ResponseCurve saturating(double[] s, double[] y, double min, double max, ResponseCurve.Fit fit) {
        double lo = Math.log(min * 0.05);
        double hi = Math.log(max * 50);
        int steps = 60;
        double bestH = Double.NaN;
        double bestErr = Double.MAX_VALUE;
        for (int i = 0; i <= steps; i++) {
            double h = Math.exp(lo + (hi - lo) * i / steps);
            double err = mmError(h, s, y);
            if (err < bestErr) {
                bestErr = err;
                bestH = h;
            }
        }
        double step = (hi - lo) / steps;
        double a = Math.log(bestH) - step;
        double c = Math.log(bestH) + step;
        double g = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 60; i++) {
            double x1 = c - g * (c - a);
            double x2 = a + g * (c - a);
            if (mmError(Math.exp(x1), s, y) < mmError(Math.exp(x2), s, y)) {
                c = x2;
            } else {
                a = x1;
            }
        }
        double h = Math.exp((a + c) / 2);
        double vmax = mmVmax(h, s, y);
        if (!(vmax > 0) || !Double.isFinite(vmax)) {
            return null;
        }
        return ResponseCurve.saturating(vmax, h, ResponseCurve.Source.FITTED, fit);
    }

    private static double mmVmax(double h, double[] s, double[] y) {
        double gy = 0;
        double gg = 0;
        for (int i = 0; i < s.length; i++) {
            double g = s[i] / (h + s[i]);
            gy += g * y[i];
            gg += g * g;
        }
        return gy / gg;
    }

    private static double mmError(double h, double[] s, double[] y) {
        double vmax = mmVmax(h, s, y);
        double err = 0;
        for (int i = 0; i < s.length; i++) {
            double r = y[i] - vmax * s[i] / (h + s[i]);
            err += r * r;
        }
        return err;
    }

    private static double sse(ResponseCurve c, double[] s, double[] y) {
        double err = 0;
        for (int i = 0; i < s.length; i++) {
            double r = y[i] - c.leads(s[i]);
            err += r * r;
        }
        return err;
    }

    /** R² = 1 − SSE ÷ SST on leads; undefined when every month has the same leads (SST = 0). */
    static MetricValue r2(ResponseCurve c, double[] s, double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double sst = 0;
        for (double v : y) {
            sst += (v - mean) * (v - mean);
        }
        if (sst == 0) {
            return MetricValue.undefined(UndefinedReason.SAME_LEADS_EVERY_MONTH);
        }
        return MetricValue.of(1 - sse(c, s, y) / sst);
    }

    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    /** Student's t 97.5 % quantile for {@code df} degrees of freedom (table to 30, then the normal 1.96). */
    static double tQuantile975(int df) {
        if (df < 1) {
            return T975[0];
        }
        return df <= T975.length ? T975[df - 1] : 1.96;
    }
}
