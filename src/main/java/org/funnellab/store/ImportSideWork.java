package org.funnellab.store;

import com.github.luben.zstd.ZstdCompressCtx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The import's third thread, beside the reading thread and the writer: it packs and compresses the source rows, a
 * block at a time, and adds up the first import's summary groups. The reading thread hands work over and collects the
 * compressed blocks for the writer; one thread in order, so the groups see one writer. Not thread-safe on the calling
 * side: one reading thread uses it.
 */
final class ImportSideWork implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "funnellab-import-compressor");
        t.setDaemon(true);
        return t;
    });
    private long[] pendingLines = new long[SourceRows.BLOCK_ROWS];
    private List<?>[] pendingCells = new List<?>[SourceRows.BLOCK_ROWS];
    private int pending;
    private long pendingChars;
    private long nextRow;
    private final ArrayDeque<Future<SourceRows.Block>> compressing = new ArrayDeque<>();
    /** Used on the side thread only; closed once that thread has stopped. */
    private volatile ZstdCompressCtx zstd;
    /** The first import's summary; null when not kept (or no longer: see {@link #summarise}). */
    private volatile SummaryGroups summary;
    /** The last summary task handed over, awaited by {@link #awaitSummary()}. */
    private Future<?> summarising;
    private final AtomicLong compressNanos = new AtomicLong();
    private final AtomicLong sourceBytes = new AtomicLong();
    private long storedSourceBytes;

    /** @param keepSummary whether to add up summary groups (a first import into an empty table) */
    ImportSideWork(boolean keepSummary) {
        this.summary = keepSummary ? new SummaryGroups() : null;
    }

    /** Takes a source row to store; returns its ordinal in the import (what the lead points at). */
    long addSourceRow(long line, List<String> cells) {
        pendingLines[pending] = line;
        pendingCells[pending++] = cells;
        for (String cell : cells) {
            pendingChars += cell == null ? 0 : cell.length();
        }
        long row = nextRow++;
        if (pending == SourceRows.BLOCK_ROWS || pendingChars > SourceRows.BLOCK_CHARS) {
            compressPending();
        }
        return row;
    }

    /** True while source rows wait to be packed or collected. */
    boolean hasBlocks() {
        return pending > 0 || !compressing.isEmpty();
    }

    /** The compressed blocks ready now, in order; {@code all}: every row taken so far, waiting for the last. */
    List<SourceRows.Block> takeBlocks(boolean all) {
        if (all && pending > 0) {
            compressPending();
        }
        List<SourceRows.Block> blocks = new ArrayList<>();
        while (!compressing.isEmpty() && (all || compressing.peek().isDone())) {
            SourceRows.Block b = await(compressing.poll(), "Cannot compress the source rows");
            storedSourceBytes += b.data().length;
            blocks.add(b);
        }
        return blocks;
    }

    /**
     * Adds rows to the summary on the side thread: {@code adder} adds them to the groups and returns false when they
     * cannot be kept there (the summary is then left to SQL). Nothing happens when no summary is kept.
     */
    void summarise(Predicate<SummaryGroups> adder) {
        if (summary == null) {
            return;
        }
        summarising = thread.submit(() -> {
            SummaryGroups groups = summary;
            if (groups != null && !adder.test(groups)) {
                summary = null;
            }
            return null;
        });
    }

    /** Waits until every row handed over is in the summary groups. */
    void awaitSummary() {
        if (summarising != null) {
            await(summarising, "Cannot add up the imported leads");
            summarising = null;
        }
    }

    /** The summary groups (after {@link #awaitSummary()}), or null when not kept. */
    SummaryGroups summary() {
        return summary;
    }

    long compressNanos() {
        return compressNanos.get();
    }

    long sourceBytes() {
        return sourceBytes.get();
    }

    long storedSourceBytes() {
        return storedSourceBytes;
    }

    /** Hands the waiting source rows to the side thread, which packs and compresses them as one block. */
    private void compressPending() {
        long[] lines = pendingLines;
        List<?>[] cells = pendingCells;
        int n = pending;
        long first = nextRow - n;
        pendingLines = new long[SourceRows.BLOCK_ROWS];
        pendingCells = new List<?>[SourceRows.BLOCK_ROWS];
        pending = 0;
        pendingChars = 0;
        compressing.add(thread.submit(() -> {
            long t = System.nanoTime();
            SourceRows.Packer packer = new SourceRows.Packer(first);
            for (int i = 0; i < n; i++) {
                @SuppressWarnings("unchecked")
                List<String> row = (List<String>) cells[i];
                packer.add(lines[i], null, row);
            }
            SourceRows.Block block = packer.take();
            sourceBytes.addAndGet(block.data().length);
            SourceRows.Block b = block.compressed(context());
            compressNanos.addAndGet(System.nanoTime() - t);
            return b;
        }));
    }

    /** The side thread's Zstandard context (only that thread calls this). */
    private ZstdCompressCtx context() {
        if (zstd == null) {
            zstd = new ZstdCompressCtx().setLevel(SourceRows.LEVEL).setContentSize(true);
        }
        return zstd;
    }

    private static <T> T await(Future<T> f, String what) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("Import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WorkspaceException we) {
                throw we;
            }
            throw new WorkspaceException(what + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Stops the side thread (dropping work not done) and frees its compressor. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (thread.awaitTermination(10, TimeUnit.SECONDS) && zstd != null) {
                zstd.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
