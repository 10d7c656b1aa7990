package org.funnellab.ui.common;

/**
 * Runs a task to the end on the calling thread, so view-model tests are deterministic. {@link #cancelAfter(long)}
 * makes the task see a cancellation after that many progress updates (fractions or
 * detail records), to test Cancel paths; as with {@link FxTaskExecutor}, work that still returns a result succeeded.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private long cancelAfterUpdates = Long.MAX_VALUE;

    public CurrentThreadTaskExecutor cancelAfter(long progressUpdates) {
        this.cancelAfterUpdates = progressUpdates;
        return this;
    }

    @Override
    public Cancellable execute(BackgroundTask<?> task) {
        run(task);
        return () -> { };
    }

    private <T> void run(BackgroundTask<T> task) {
        long[] updates = {0};
        task.setRunning(true);
        try {
            T result = task.call(new BackgroundTask.Context() {
                @Override
                public void updateProgress(long done, long total) {
                    updates[0]++;
                    task.setProgress(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public void updateMessage(String message) {
                    task.setMessage(message);
                }

                @Override
                public void updateDetail(Object detail) {
                    updates[0]++;
                    task.setDetail(detail);
                }

                @Override
                public boolean isCancelled() {
                    return updates[0] >= cancelAfterUpdates;
                }
            });
            task.setRunning(false);
            if (updates[0] >= cancelAfterUpdates && result == null) {
                task.cancelled(); // as FxTaskExecutor: the work saw the request and stopped without a result
            } else {
                task.succeeded(result);
            }
        } catch (Exception e) {
            task.setRunning(false);
            task.failed(e);
        }
    }

    @Override
    public void close() {
    }
}
