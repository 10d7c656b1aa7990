package org.funnellab.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.util.ArrayList;
import java.util.List;

/**
 * What a set of screens registered on objects that outlive them (the open workspace, the global filters, the
 * working state): every listener added through here is removed by {@link #close()}, when a language or theme switch
 * replaces those screens, so the old ones stop reacting and can be collected.
 */
public final class Lifetime implements AutoCloseable {
    private final List<Runnable> releases = new ArrayList<>();
    private boolean closed;

    /** Adds a change listener to a long-lived value until this lifetime closes. */
    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        check();
        value.addListener(listener);
        releases.add(() -> value.removeListener(listener));
    }

    /** Adds an invalidation listener to a long-lived observable until this lifetime closes. */
    public void listen(Observable value, InvalidationListener listener) {
        check();
        value.addListener(listener);
        releases.add(() -> value.removeListener(listener));
    }

    /** Adds a set listener to a long-lived set until this lifetime closes. */
    public <T> void listen(ObservableSet<T> set, SetChangeListener<? super T> listener) {
        check();
        set.addListener(listener);
        releases.add(() -> set.removeListener(listener));
    }

    /** Runs {@code release} when this lifetime closes (e.g. unbinding a bidirectional binding). */
    public void onClose(Runnable release) {
        check();
        releases.add(release);
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException("this set of screens was already replaced");
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Removes every listener added through this lifetime, newest first. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = releases.size() - 1; i >= 0; i--) {
            releases.get(i).run();
        }
        releases.clear();
    }
}
