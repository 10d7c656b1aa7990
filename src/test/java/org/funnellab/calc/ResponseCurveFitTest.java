package org.funnellab.calc;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseCurveFitTest {
    private static double[] spends(int months, double from, double to) {
        double[] s = new double[months];
        for (int i = 0; i < months; i++) {
            s[i] = from + (to - from) * i / (months - 1);
        }
        return s;
    }

    @Test
    void exactPowerCurvePointsGiveBackKAndBWithRSquaredOne() {
        // leads = 0.5 · s^0.6 on 24 months from 100,000 to 400,000: no noise, so the log line is exact.
        double[] s = spends(24, 100_000, 400_000);
        double[] y = new double[24];
        for (int i = 0; i < 24; i++) {
            y[i] = 0.5 * Math.pow(s[i], 0.6);
        }
        ResponseCurve c = ResponseCurveFit.fit(s, y);
        assertEquals(ResponseCurve.Kind.POWER, c.kind());
        assertEquals(ResponseCurve.Source.FITTED, c.source());
        assertEquals(0.6, c.b(), 1e-6);
        assertEquals(0.5, c.a(), 0.5 * 1e-4);
        assertEquals(1.0, c.fit().r2().value(), 1e-9);
        assertEquals(24, c.fit().months());
        assertEquals(100_000, c.fit().minSpend());
        assertEquals(400_000, c.fit().maxSpend());
        assertTrue(c.fit().extrapolates(500_000));
        assertFalse(c.fit().extrapolates(200_000));
    }

    @Test
    void noisyPowerCurvesAreRecoveredWithinTolerance() {
        // 50 seeded channels, 24 months, ±10 % log-normal noise, spend varying 4×: b within 0.1 and the interval
        // holds the true b in most of them (it is a 95 % interval of a shrunk estimate).
        Random rnd = new Random(11);
        int covered = 0;
        double absError = 0;
        for (int trial = 0; trial < 50; trial++) {
            double b = 0.4 + 0.5 * rnd.nextDouble();
            double k = 0.01 + rnd.nextDouble();
            double[] s = new double[24];
            double[] y = new double[24];
            for (int i = 0; i < 24; i++) {
                s[i] = 50_000 * Math.exp(Math.log(4) * rnd.nextDouble());
                y[i] = k * Math.pow(s[i], b) * Math.exp(0.1 * rnd.nextGaussian());
            }
            ResponseCurve c = ResponseCurveFit.fit(s, y);
            double logMean = 0;
            for (double v : s) {
                logMean += Math.log(v) / s.length;
            }
            // A saturating curve may win on noise; its elasticity at the typical spend must then be the same.
            double e = c.elasticity(Math.exp(logMean));
            // se of b̂ here is about 0.05: each trial within 4 se, and on average within one.
            assertEquals(b, e, 0.2, "trial " + trial);
            absError += Math.abs(e - b);
            if (c.fit().bLow() <= b && b <= c.fit().bHigh()) {
                covered++;
            }
        }
        assertTrue(absError / 50 < 0.05, "mean absolute error of b " + absError / 50);
        assertTrue(covered >= 42, "interval covered the true b in " + covered + " of 50");
    }

    @Test
    void aSaturatingHistoryPicksMichaelisMenten() {
        // leads = 300 · s ÷ (200,000 + s) from 20,000 to 1,000,000: strongly bending, a power line cannot follow.
        double[] s = spends(18, 20_000, 1_000_000);
        double[] y = new double[18];
        for (int i = 0; i < 18; i++) {
            y[i] = 300 * s[i] / (200_000 + s[i]);
        }
        ResponseCurve c = ResponseCurveFit.fit(s, y);
        assertEquals(ResponseCurve.Kind.SATURATING, c.kind());
        assertEquals(300, c.a(), 0.5);
        assertEquals(200_000, c.b(), 500);
        assertTrue(c.fit().r2().value() > 0.9999);
    }

    @Test
    void aPowerHistoryStaysPower() {
        double[] s = spends(18, 20_000, 1_000_000);
        double[] y = new double[18];
        for (int i = 0; i < 18; i++) {
            y[i] = 2 * Math.pow(s[i], 0.8);
        }
        assertEquals(ResponseCurve.Kind.POWER, ResponseCurveFit.fit(s, y).kind());
    }

    @Test
    void threeMonthsAreShrunkTowardThePrior() {
        // Three months on an exact b = 0.3 line but with noise: ln-line slope b̂ worked by hand below.
        double[] s = {100_000, 150_000, 200_000};
        double[] y = {100, 120, 125};
        double[] x = new double[3];
        double[] z = new double[3];
        double mx = 0;
        double mz = 0;
        for (int i = 0; i < 3; i++) {
            x[i] = Math.log(s[i]);
            z[i] = Math.log(y[i]);
            mx += x[i] / 3;
            mz += z[i] / 3;
        }
        double sxx = 0;
        double sxz = 0;
        for (int i = 0; i < 3; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxz += (x[i] - mx) * (z[i] - mz);
        }
        double bHat = sxz / sxx;
        double a = mz - bHat * mx;
        double rss = 0;
        for (int i = 0; i < 3; i++) {
            rss += Math.pow(z[i] - a - bHat * x[i], 2);
        }
        double se2 = rss / 1 / sxx;
        double tau2 = 0.15 * 0.15;
        double expected = (bHat / se2 + 0.7 / tau2) / (1 / se2 + 1 / tau2);
        ResponseCurve c = ResponseCurveFit.fit(s, y);
        assertEquals(ResponseCurve.Source.FITTED, c.source());
        assertEquals(expected, c.b(), 1e-12);
        // Shrunk: strictly between the data's slope and the prior.
        assertTrue(c.b() > bHat && c.b() < 0.7, "b " + c.b() + " between " + bHat + " and 0.7");
        // Interval uses t(0.975, 1 df) = 12.706, clipped to [0, 1].
        assertEquals(0, c.fit().bLow());
        assertEquals(1, c.fit().bHigh());
        assertEquals(3, c.fit().months());
    }

    @Test
    void twoMonthsUseThePriorLevelledAtTheirAverage() {
        ResponseCurve c = ResponseCurveFit.fit(new double[] {100_000, 0, 400_000}, new double[] {100, 50, 200});
        assertEquals(ResponseCurve.Source.PRIOR, c.source());
        assertEquals(0.7, c.b());
        assertEquals(2, c.fit().months());
        // Through the geometric means: s̄ = 200,000, ȳ = √(100·200).
        assertEquals(Math.sqrt(100 * 200.0), c.leads(200_000), 1e-9);
    }

    @Test
    void sameSpendEveryMonthSaysNothingAboutTheSlope() {
        ResponseCurve c = ResponseCurveFit.fit(new double[] {100, 100, 100, 100}, new double[] {10, 12, 11, 9});
        assertEquals(0.7, c.b(), 1e-12);
    }

    @Test
    void noMonthsGiveAnUndefinedFitNotANumber() {
        ResponseCurve c = ResponseCurveFit.fit(new double[] {0, 0}, new double[] {5, 0});
        assertEquals(0, c.fit().months());
        assertFalse(c.fit().r2().isDefined());
        assertEquals(0, c.leads(1000));
    }

    @Test
    void anchoringKeepsTheShapeAndPassesThroughTheMeasuredMonth() {
        ResponseCurve c = ResponseCurve.saturating(300, 200_000, ResponseCurve.Source.FITTED,
                ResponseCurveFit.fit(new double[0], new double[0]).fit());
        ResponseCurve at = c.anchoredAt(100_000, 150);
        assertEquals(150, at.leads(100_000), 1e-9);
        assertEquals(c.elasticity(300_000), at.elasticity(300_000), 1e-12);
        ResponseCurve p = at.withElasticity(0.5, 100_000);
        assertEquals(150, p.leads(100_000), 1e-9);
        assertEquals(150 * Math.sqrt(4), p.leads(400_000), 1e-9);
        assertEquals(ResponseCurve.Source.OVERRIDE, p.source());
    }

    @Test
    void marginalInvertsForBothShapes() {
        ResponseCurve.Fit none = ResponseCurveFit.fit(new double[0], new double[0]).fit();
        for (ResponseCurve c : new ResponseCurve[] {ResponseCurve.power(3, 0.6, ResponseCurve.Source.FITTED, none),
            ResponseCurve.saturating(500, 80_000, ResponseCurve.Source.FITTED, none)}) {
            for (double s : new double[] {1_000, 50_000, 700_000}) {
                assertEquals(s, c.spendAtMarginal(c.marginal(s)), s * 1e-9);
                double h = s * 1e-6;
                assertEquals((c.leads(s + h) - c.leads(s - h)) / (2 * h), c.marginal(s), c.marginal(s) * 1e-5);
            }
        }
    }
}
