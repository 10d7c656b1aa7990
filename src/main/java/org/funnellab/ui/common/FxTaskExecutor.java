package org.funnellab.ui.common;

import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs background tasks on a small pool of daemon threads through JavaFX {@link Task}, which coalesces progress
 * updates and delivers them and the result on the FX thread. The one place in the UI where threads are crossed.
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
        return () -> fx.cancel(false);
    }

    /** A JavaFX Task that runs a BackgroundTask and mirrors its state onto it on the FX thread. */
    private static final class Adapter<T> extends Task<T> implements BackgroundTask.Context {
        private final BackgroundTask<T> task;

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
                task.failed(getException());
            });
            setOnCancelled(e -> {
                task.setRunning(false);
                task.cancelled();
            });
        }

        @Override
        protected T call() throws Exception {
            return task.call(this);
        }

        @Override
        public void updateProgress(long done, long total) {
            super.updateProgress(done, total);
        }

        @Override
        public void updateMessage(String message) {
            super.updateMessage(message);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
