package org.funnellab.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import org.funnellab.calc.Baselines;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.domain.CostCategory;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.store.Workspace;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.whatif.NonTargetCostView;
import org.funnellab.ui.whatif.NonTargetCostViewModel;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The slider path a user feels: one slider tick on the non-target panel → model recompute → output cards → chart
 * redraw, timed on the FX thread in a real window. With {@code --workspace W} the baseline is measured from that
 * workspace (e.g. one with a million leads); a tick never touches the database, which this also shows.
 * Run under a display: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.funnellab.bench.SliderBench
 * -Dbench.args="--ticks 3000 --workspace big.sqlite"}. Prints p50/p90/p99/max in milliseconds.
 */
public final class SliderBench {
    public static void main(String[] args) throws Exception {
        int ticks = 3000;
        Path workspace = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--ticks")) {
                ticks = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--workspace")) {
                workspace = Path.of(args[++i]);
            }
        }
        NonTargetCostModel.Inputs baseline = NonTargetCostModel.Inputs.articleExample();
        if (workspace != null) {
            long t = System.nanoTime();
            try (Workspace ws = Workspace.open(workspace)) {
                FunnelFacts f = ws.queries().facts(Filters.ALL, Stage.SQL);
                baseline = Baselines.nonTargetCost(f, EnumSet.allOf(CostCategory.class), baseline).inputs();
                System.out.printf("baseline from %s: %,d leads, read in %.1f ms%n", workspace, f.leads(),
                        (System.nanoTime() - t) / 1e6);
            }
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        NonTargetCostModel.Inputs base = baseline;
        int n = ticks;
        long[] nanos = new long[n];
        long[] recomputes = {0};
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            Locale en = Locale.forLanguageTag("en-US");
            NonTargetCostViewModel vm = new NonTargetCostViewModel(base, new Formats(en, "RUB"));
            NonTargetCostView view = new NonTargetCostView(vm, new I18n(en), ChartStyle.light());
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new Scene(view, 1440, 900));
            stage.show();
            Slider slider = (Slider) view.lookup("#nonTargetShareSlider");
            long before = vm.recomputeCount();
            // Each tick is its own FX event, as a drag delivers them; the chart redraws synchronously.
            tick(slider, nanos, 0, n, () -> {
                recomputes[0] = vm.recomputeCount() - before;
                stage.close();
                done.countDown();
            });
        });
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("slider bench did not finish");
        }
        Platform.exit();
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        // Drop the first 10 % as warm-up (JIT).
        long[] warm = Arrays.copyOfRange(nanos, n / 10, n);
        Arrays.sort(warm);
        System.out.printf("slider ticks: %d (recomputes %d), warm p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms;"
                        + " all-ticks p99 %.3f ms; frame budget 16.7 ms%n", n, recomputes[0],
                pct(warm, 50), pct(warm, 90), pct(warm, 99), warm[warm.length - 1] / 1e6, pct(sorted, 99));
    }

    private static void tick(Slider slider, long[] nanos, int i, int n, Runnable end) {
        if (i == n) {
            end.run();
            return;
        }
        double v = 0.05 + 0.9 * ((i * 37) % 1000) / 1000.0;
        long t0 = System.nanoTime();
        slider.setValue(v);
        nanos[i] = System.nanoTime() - t0;
        Platform.runLater(() -> tick(slider, nanos, i + 1, n, end));
    }

    private static double pct(long[] sorted, int p) {
        int idx = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, idx)] / 1e6;
    }
}
