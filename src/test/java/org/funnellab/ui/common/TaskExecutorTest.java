package org.funnellab.ui.common;

import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class TaskExecutorTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void workRunsOffTheFxThreadAndTheResultArrivesOnIt() throws Exception {
        AtomicReference<Boolean> workOnFx = new AtomicReference<>();
        AtomicReference<Boolean> resultOnFx = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            BackgroundTask<Integer> task = BackgroundTask.of(ctx -> {
                workOnFx.set(Platform.isFxApplicationThread());
                for (int i = 1; i <= 10; i++) {
                    ctx.updateProgress(i, 10);
                }
                return 42;
            });
            task.onSuccess(v -> {
                resultOnFx.set(Platform.isFxApplicationThread() && v == 42);
                done.countDown();
            });
            executor.execute(task);
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(workOnFx.get()).isFalse();
            assertThat(resultOnFx.get()).isTrue();
            assertThat(task.progressProperty().get()).isEqualTo(1.0);
            assertThat(task.runningProperty().get()).isFalse();
        }
    }

    @Test
    void cancelStopsTheWorkAndReportsCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            BackgroundTask<Void> task = BackgroundTask.of(ctx -> {
                started.countDown();
                while (!ctx.isCancelled()) {
                    Thread.onSpinWait();
                }
                return null;
            });
            task.onCancelled(cancelled::countDown);
            TaskExecutor.Cancellable handle = executor.execute(task);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            handle.cancel();
            assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void currentThreadExecutorIsDeterministicAndCanSimulateCancel() {
        List<String> events = new ArrayList<>();
        BackgroundTask<String> task = BackgroundTask.of(ctx -> {
            for (int i = 1; i <= 100 && !ctx.isCancelled(); i++) {
                ctx.updateProgress(i, 100);
            }
            return "done";
        });
        task.onSuccess(events::add).onCancelled(() -> events.add("cancelled"));
        new CurrentThreadTaskExecutor().execute(task);
        new CurrentThreadTaskExecutor().cancelAfter(5).execute(task);
        assertThat(events).containsExactly("done", "cancelled");
    }

    @Test
    void failureIsDeliveredNotSwallowed() {
        AtomicReference<Throwable> error = new AtomicReference<>();
        BackgroundTask<Void> task = BackgroundTask.of(ctx -> {
            throw new IllegalStateException("file.csv line 3: bad date");
        });
        task.onFailure(error::set);
        new CurrentThreadTaskExecutor().execute(task);
        assertThat(error.get()).hasMessageContaining("line 3");
    }
}
