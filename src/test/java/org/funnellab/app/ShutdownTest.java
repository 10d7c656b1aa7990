package org.funnellab.app;

import org.funnellab.domain.Filters;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.funnellab.store.WorkspaceException;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.FxTaskExecutor;
import org.funnellab.ui.common.TrackingTaskExecutor;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Quitting while the workspace thread is in the middle of reading: the real executors, a real SQLite workspace, the
 * shutdown run on the FX thread as {@code Application.stop} runs it.
 */
class ShutdownTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aStopDuringARunningQueryWaitsForItClosesAfterItAndDropsQueuedWork() throws Exception {
        Path file = dir.resolve("ws.sqlite");
        try (Workspace w = Workspace.open(file)) {
            DemoData.fill(w, YearMonth.of(2025, 12), 800, 3);
        }
        TrackingTaskExecutor background = new TrackingTaskExecutor(new FxTaskExecutor());
        TrackingTaskExecutor workspaceThread = new TrackingTaskExecutor(new FxTaskExecutor(1, "test-workspace"));
        AtomicReference<WorkspaceViewModel> vm = new AtomicReference<>();
        robot.interact(() -> {
            vm.set(new WorkspaceViewModel(workspaceThread, new FiltersViewModel()));
            vm.get().open(file);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.get().snapshotProperty().get() != null);
        Workspace ws = vm.get().workspaceProperty().get();

        // The running query: reads until it is asked to stop, then finishes the read it is in.
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        List<Throwable> readFailures = new CopyOnWriteArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        BackgroundTask<Void> reading = BackgroundTask.of(ctx -> {
            try {
                started.countDown();
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                do {
                    ws.queries().facts(Filters.ALL, WorkspaceViewModel.WIN_RATE_STAGE);
                    reads.incrementAndGet();
                } while (!ctx.isCancelled() && System.nanoTime() < giveUp);
                ws.queries().monthly(Filters.ALL);
            } catch (RuntimeException e) {
                readFailures.add(e);
            } finally {
                ended.countDown();
            }
            return null;
        });
        AtomicBoolean queuedRan = new AtomicBoolean();
        BackgroundTask<Void> queued = BackgroundTask.of(ctx -> {
            queuedRan.set(true);
            ws.queries().channels();
            return null;
        });
        CountDownLatch backgroundStarted = new CountDownLatch(1);
        AtomicBoolean backgroundSawCancel = new AtomicBoolean();
        BackgroundTask<Void> simulation = BackgroundTask.of(ctx -> {
            backgroundStarted.countDown();
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!ctx.isCancelled() && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
            backgroundSawCancel.set(ctx.isCancelled());
            return null;
        });
        robot.interact(() -> {
            workspaceThread.execute(reading);
            workspaceThread.execute(queued);
            background.execute(simulation);
        });
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(backgroundStarted.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> reads.get() > 0);

        AtomicReference<Boolean> closedOnItsThread = new AtomicReference<>();
        AtomicReference<Throwable> stopFailure = new AtomicReference<>();
        AtomicReference<Long> stillReadingAtReturn = new AtomicReference<>();
        robot.interact(() -> {
            try {
                closedOnItsThread.set(Shutdown.run(background, workspaceThread, vm.get(), Duration.ofSeconds(20)));
            } catch (RuntimeException e) {
                stopFailure.set(e);
            }
            stillReadingAtReturn.set(ended.getCount());
        });

        assertThat(stopFailure.get()).as("stop throws nothing").isNull();
        assertThat(ended.await(40, TimeUnit.SECONDS)).isTrue();
        assertThat(readFailures).as("the connection was not closed under the running read").isEmpty();
        assertThat(stillReadingAtReturn.get()).as("the read had ended when stop returned").isZero();
        assertThat(closedOnItsThread.get()).as("closed on the workspace thread within the wait").isTrue();
        assertThat(queuedRan).as("queued work is dropped, not run against a closing workspace").isFalse();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, backgroundSawCancel::get);
        assertThatThrownBy(() -> ws.queries().channels()).as("the connection is closed")
                .isInstanceOf(WorkspaceException.class);
        AtomicBoolean afterStop = new AtomicBoolean();
        robot.interact(() -> workspaceThread.execute(BackgroundTask.of(ctx -> {
            afterStop.set(true);
            return null;
        })));
        assertThat(afterStop).as("nothing starts after stop").isFalse();
    }
}
