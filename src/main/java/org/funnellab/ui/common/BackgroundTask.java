package org.funnellab.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Long work (import, Monte Carlo, export) described independently of how it runs. The work itself runs off the
 * FX thread and reports through a {@link Context}; the callbacks and properties are updated on the FX thread by the
 * {@link TaskExecutor}, so views may bind to them directly.
 */
public abstract class BackgroundTask<T> {
    /** What the work sees: progress reporting and cancellation. Safe to call from the worker thread. */
    public interface Context {
        void updateProgress(long done, long total);

        void updateMessage(String message);

        /**
         * Publishes a typed progress record (an import's rows, bytes and passes) to {@link #detailProperty()};
         * updates are coalesced, so the screen sees the latest one.
         */
        void updateDetail(Object detail);

        boolean isCancelled();
    }

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyObjectWrapper<Object> detail =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };

    /** The work; runs on a worker thread. Check {@link Context#isCancelled()} often and stop when it is true. */
    protected abstract T call(Context context) throws Exception;

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The latest record given to {@link Context#updateDetail}, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<Object> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    // Called by executors on the FX thread (or the test thread).
    void setProgress(double p) {
        progress.set(p);
    }

    void setMessage(String m) {
        message.set(m);
    }

    void setDetail(Object d) {
        detail.set(d);
    }

    void setRunning(boolean r) {
        running.set(r);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable error) {
        onFailure.accept(error);
    }

    void cancelled() {
        onCancelled.run();
    }

    /** A task from a lambda. */
    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>() {
            @Override
            protected T call(Context context) throws Exception {
                return work.call(context);
            }
        };
    }

    @FunctionalInterface
    public interface Work<T> {
        T call(Context context) throws Exception;
    }
}
