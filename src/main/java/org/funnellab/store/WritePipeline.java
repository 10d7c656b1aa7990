package org.funnellab.store;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an import's database writes on one thread while the caller goes on reading and converting the next rows:
 * on two cores that hides most of the parsing time behind SQLite's. At most one task is in flight; submitting
 * waits for the previous one, so the connection is never used by two threads at once and failures surface
 * at the next submit or {@link #await()}.
 */
final class WritePipeline implements AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "funnellab-import-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> inFlight;
    private long waitNanos;

    void submit(Callable<Void> task) {
        await();
        inFlight = executor.submit(task);
    }

    /** Waits for the task in flight; rethrows its failure. */
    void await() {
        Future<?> f = inFlight;
        inFlight = null;
        if (f == null) {
            return;
        }
        long t = System.nanoTime();
        try {
            f.get();
            waitNanos += System.nanoTime() - t;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("Import interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WorkspaceException we) {
                throw we;
            }
            throw new WorkspaceException(SqliteErrors.kind(cause), null,
                    "Cannot write the import: " + SqliteErrors.describe(cause), cause);
        }
    }

    /** How long the caller has waited for the writer so far: the reading side's idle time. */
    long waitNanos() {
        return waitNanos;
    }

    /** Waits for the task in flight, ignoring its outcome, and stops the thread. */
    @Override
    public void close() {
        try {
            await();
        } catch (WorkspaceException ignored) {
            // closing after a failure: the failure was already reported to the caller
        } finally {
            executor.shutdown();
        }
    }
}
