package org.funnellab.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An executor that knows which of its tasks have not ended, so that quitting can cancel them and then run one last
 * piece of work on the same threads (closing the workspace on its own thread). Use it from the FX thread, as the
 * screens do: tasks are tracked from {@link #execute} until their {@code running} state turns false.
 */
public final class TrackingTaskExecutor implements TaskExecutor {
    private final TaskExecutor delegate;
    private final Set<Entry> live = new LinkedHashSet<>();
    private boolean stopping;

    private static final class Entry {
        Cancellable handle;
        boolean ended;
    }

    public TrackingTaskExecutor(TaskExecutor delegate) {
        this.delegate = Objects.requireNonNull(delegate);
    }

    /** Starts the task, unless {@link #cancelAll()} was called: then nothing new starts (the handle does nothing). */
    @Override
    public synchronized Cancellable execute(BackgroundTask<?> task) {
        if (stopping) {
            return () -> { };
        }
        Entry entry = new Entry();
        task.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                synchronized (this) {
                    entry.ended = true;
                    live.remove(entry);
                }
            }
        });
        entry.handle = delegate.execute(task);
        if (!entry.ended) {
            live.add(entry);
        }
        return entry.handle;
    }

    /** The tasks started and not ended yet (queued or running). */
    public synchronized int pending() {
        return live.size();
    }

    /** Cancels every task not ended yet (a queued one never starts) and refuses new ones from now on. */
    public void cancelAll() {
        List<Entry> all;
        synchronized (this) {
            stopping = true;
            all = new ArrayList<>(live);
            live.clear();
        }
        for (Entry e : all) {
            e.handle.cancel();
        }
    }

    /**
     * Runs {@code work} on this executor's thread after the work already queued, and waits for it up to {@code wait}.
     * Call after {@link #cancelAll()}: what was running finishes (or stops at its next cancellation check) first.
     *
     * @return true when the work ran to the end within the wait; false when it is still waiting or running
     * @throws RuntimeException what the work threw
     */
    public boolean runLast(Runnable work, Duration wait) {
        CompletableFuture<Void> ran = new CompletableFuture<>();
        delegate.execute(BackgroundTask.of(ctx -> {
            try {
                work.run();
                ran.complete(null);
            } catch (RuntimeException | Error e) {
                ran.completeExceptionally(e);
            }
            return null;
        }));
        try {
            ran.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        delegate.close();
    }
}
