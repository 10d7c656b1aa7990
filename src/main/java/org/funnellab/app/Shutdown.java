package org.funnellab.app;

import org.funnellab.store.Workspace;
import org.funnellab.ui.common.TrackingTaskExecutor;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.time.Duration;

/**
 * Quitting in order, on the FX thread: running and queued tasks are cancelled (nothing new starts), the workspace
 * thread finishes the statement it is in, the SQLite connection is closed on that same thread, and only then do the
 * threads go. The connection is never closed under a query, nor used after it is closed. When the workspace thread
 * does not finish within the wait, the connection is left to the end of the process (SQLite keeps the file
 * consistent) rather than closed from another thread.
 */
final class Shutdown {
    private Shutdown() {
    }

    /** @return true when the workspace (if one was open) was closed on its thread */
    static boolean run(TrackingTaskExecutor background, TrackingTaskExecutor workspaceThread,
                       WorkspaceViewModel workspace, Duration wait) {
        background.cancelAll();
        workspaceThread.cancelAll();
        Workspace open = workspace.workspaceProperty().get();
        boolean closed = true;
        try {
            closed = open == null || workspaceThread.runLast(open::close, wait);
        } catch (RuntimeException e) {
            closed = false;
            System.err.println("FunnelLab: " + e.getMessage());
        } finally {
            background.close();
            workspaceThread.close();
        }
        return closed;
    }
}
