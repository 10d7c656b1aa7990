package org.funnellab.ui.common;

import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs background tasks on a small pool of daemon threads through JavaFX {@link Task}, which coalesces progress
 * updates and delivers them and the result on the FX thread. The one place in the UI where threads are crossed.
 * <p>
 * Cancel asks the work to stop ({@link BackgroundTask.Context#isCancelled()} turns true); the task is reported
 * cancelled only once its work has returned, so "cancelled" always means the work has stopped. Work that returns a
 * result before it sees the request is reported as succeeded: it finished, and whatever it wrote stays written.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;

    /** A pool of {@code threads} daemon threads; one thread serialises work on a single resource (a workspace). */
    public FxTaskExecutor(int threads, String name) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public FxTaskExecutor() {
        this(2, "funnellab-background");
    }

    @Override
    public Cancellable execute(BackgroundTask<?> task) {
        Adapter<?> fx = new Adapter<>(task);
        task.setRunning(true);
        pool.execute(fx);
        return fx::requestCancel;
    }

    /** Thrown inside the worker when the work stopped because it was cancelled; reported as cancelled, not failed. */
    private static final class Stopped extends Exception {
        Stopped() {
            super("cancelled", null, false, false);
        }
    }

    /** A JavaFX Task that runs a BackgroundTask and mirrors its state onto it on the FX thread. */
    private static final class Adapter<T> extends Task<T> {
        private final BackgroundTask<T> task;
        private final AtomicBoolean cancelRequested = new AtomicBoolean();
        private final AtomicReference<Object> pendingDetail = new AtomicReference<>();
        private final BackgroundTask.Context context = new BackgroundTask.Context() {
            @Override
            public void updateProgress(long done, long total) {
                Adapter.this.updateProgress(done, total);
            }

            @Override
            public void updateMessage(String message) {
                Adapter.this.updateMessage(message);
            }

            @Override
            public void updateDetail(Object detail) {
                if (pendingDetail.getAndSet(detail) == null) {
                    Platform.runLater(() -> task.setDetail(pendingDetail.getAndSet(null)));
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get();
            }
        };

        Adapter(BackgroundTask<T> task) {
            this.task = task;
            progressProperty().addListener((obs, o, n) -> task.setProgress(n.doubleValue()));
            messageProperty().addListener((obs, o, n) -> task.setMessage(n));
            setOnSucceeded(e -> {
                task.setRunning(false);
                task.succeeded(getValue());
            });
            setOnFailed(e -> {
                task.setRunning(false);
                if (getException() instanceof Stopped) {
                    task.cancelled();
                } else {
                    task.failed(getException());
                }
            });
        }

        void requestCancel() {
            cancelRequested.set(true);
        }

        @Override
        protected T call() throws Exception {
            if (cancelRequested.get()) {
                throw new Stopped(); // cancelled while queued: the work never starts
            }
            T result;
            try {
                result = task.call(context);
            } catch (Exception e) {
                if (cancelRequested.get()) {
                    throw new Stopped(); // stopped by the cancel (an interrupted read, say), not a failure
                }
                throw e;
            }
            if (cancelRequested.get() && result == null) {
                throw new Stopped(); // the work saw the request and stopped without a result
            }
            return result;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
