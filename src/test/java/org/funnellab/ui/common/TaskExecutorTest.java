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
import java.util.concurrent.atomic.AtomicBoolean;
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
    void cancelledIsReportedOnlyOnceTheWorkHasReturned() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        AtomicBoolean returned = new AtomicBoolean();
        AtomicReference<Boolean> returnedWhenReported = new AtomicReference<>();
        AtomicReference<Boolean> reportedOnFx = new AtomicReference<>();
        AtomicBoolean succeededOrFailed = new AtomicBoolean();
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            BackgroundTask<Integer> task = BackgroundTask.of(ctx -> {
                started.countDown();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!ctx.isCancelled() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                sawCancel.set(ctx.isCancelled());
                release.await(10, TimeUnit.SECONDS); // the work is still busy stopping
                returned.set(true);
                return null;
            });
            task.onCancelled(() -> {
                returnedWhenReported.set(returned.get());
                reportedOnFx.set(Platform.isFxApplicationThread());
                cancelled.countDown();
            }).onSuccess(v -> succeededOrFailed.set(true)).onFailure(e -> succeededOrFailed.set(true));
            TaskExecutor.Cancellable handle = executor.execute(task);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            handle.cancel();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(cancelled.getCount()).as("reported cancelled while the work still runs").isEqualTo(1);
            assertThat(task.runningProperty().get()).isTrue();
            release.countDown();
            assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(sawCancel.get()).as("the work was told to stop").isTrue();
            assertThat(returnedWhenReported.get()).isTrue();
            assertThat(reportedOnFx.get()).isTrue();
            assertThat(succeededOrFailed.get()).isFalse();
            assertThat(task.runningProperty().get()).isFalse();
        }
    }

    @Test
    void cancelBeforeTheWorkStartsMeansItNeverRuns() throws Exception {
        CountDownLatch blocker = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicBoolean ran = new AtomicBoolean();
        try (FxTaskExecutor executor = new FxTaskExecutor(1, "test-one-thread")) {
            executor.execute(BackgroundTask.of(ctx -> blocker.await(10, TimeUnit.SECONDS)));
            BackgroundTask<Void> queued = BackgroundTask.of(ctx -> {
                ran.set(true);
                return null;
            });
            queued.onCancelled(cancelled::countDown);
            executor.execute(queued).cancel();
            blocker.countDown();
            assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ran.get()).isFalse();
        }
    }

    @Test
    void workThatFinishesBeforeSeeingTheCancelIsReportedAsSucceeded() throws Exception {
        CountDownLatch finishing = new CountDownLatch(1);
        CountDownLatch cancelSent = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> outcome = new AtomicReference<>();
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            BackgroundTask<String> task = BackgroundTask.of(ctx -> {
                finishing.countDown();
                cancelSent.await(10, TimeUnit.SECONDS);
                return "committed"; // the last row was written before the request could be seen
            });
            task.onSuccess(v -> {
                outcome.set(v);
                done.countDown();
            }).onCancelled(() -> {
                outcome.set("cancelled");
                done.countDown();
            });
            TaskExecutor.Cancellable handle = executor.execute(task);
            assertThat(finishing.await(10, TimeUnit.SECONDS)).isTrue();
            handle.cancel();
            cancelSent.countDown();
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(outcome.get()).isEqualTo("committed");
        }
    }

    @Test
    void realExecutorDeliversAFailureOnTheFxThread() throws Exception {
        AtomicReference<Throwable> error = new AtomicReference<>();
        AtomicReference<Boolean> onFx = new AtomicReference<>();
        AtomicBoolean succeeded = new AtomicBoolean();
        CountDownLatch failed = new CountDownLatch(1);
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            BackgroundTask<Void> task = BackgroundTask.of(ctx -> {
                throw new IllegalStateException("file.csv line 3: bad date");
            });
            task.onFailure(e -> {
                error.set(e);
                onFx.set(Platform.isFxApplicationThread());
                failed.countDown();
            }).onSuccess(v -> succeeded.set(true));
            executor.execute(task);
            assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(error.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("line 3");
            assertThat(onFx.get()).isTrue();
            assertThat(succeeded.get()).isFalse();
            assertThat(task.runningProperty().get()).isFalse();
        }
    }

    @Test
    void typedProgressRecordsArriveOnTheFxThreadLatestLast() throws Exception {
        record Tick(int n) {
        }
        CountDownLatch done = new CountDownLatch(1);
        List<Object> seen = new ArrayList<>();
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            BackgroundTask<Void> task = BackgroundTask.of(ctx -> {
                for (int i = 1; i <= 500; i++) {
                    ctx.updateDetail(new Tick(i));
                }
                return null;
            });
            task.detailProperty().addListener((obs, o, n) -> seen.add(Platform.isFxApplicationThread() ? n : "off"));
            task.onSuccess(v -> done.countDown());
            executor.execute(task);
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(task.detailProperty().get()).isEqualTo(new Tick(500));
            assertThat(seen).doesNotContain("off").isNotEmpty();
        }
    }

    @Test
    void currentThreadExecutorIsDeterministicAndCanSimulateCancel() {
        List<String> events = new ArrayList<>();
        BackgroundTask<String> task = BackgroundTask.of(ctx -> {
            for (int i = 1; i <= 100 && !ctx.isCancelled(); i++) {
                ctx.updateProgress(i, 100);
            }
            return ctx.isCancelled() ? null : "done";
        });
        task.onSuccess(events::add).onCancelled(() -> events.add("cancelled"));
        new CurrentThreadTaskExecutor().execute(task);
        new CurrentThreadTaskExecutor().cancelAfter(5).execute(task);
        assertThat(events).containsExactly("done", "cancelled");
    }
}
