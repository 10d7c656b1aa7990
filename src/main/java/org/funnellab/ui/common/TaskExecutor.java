package org.funnellab.ui.common;

/** Runs {@link BackgroundTask}s. The app uses {@link FxTaskExecutor}; tests use {@link CurrentThreadTaskExecutor}. */
public interface TaskExecutor extends AutoCloseable {
    /** Starts the task; the returned handle cancels it. */
    Cancellable execute(BackgroundTask<?> task);

    @Override
    void close();

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
