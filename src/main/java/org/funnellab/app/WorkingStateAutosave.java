package org.funnellab.app;

import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.funnellab.service.ScenarioService;
import org.funnellab.service.WorkingState;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Saves the panels' working state in the open workspace a moment after the last change (a slider drag is one save,
 * not a hundred), on the workspace's thread; reads it back when a workspace opens.
 */
final class WorkingStateAutosave {
    static final Duration DEBOUNCE = Duration.millis(400);

    private final WorkingState state;
    private final WorkspaceViewModel workspace;
    private final TaskExecutor workspaceExecutor;
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private boolean pending;
    private boolean restoring;

    WorkingStateAutosave(WorkingState state, WorkspaceViewModel workspace, TaskExecutor workspaceExecutor) {
        this.state = state;
        this.workspace = workspace;
        this.workspaceExecutor = workspaceExecutor;
        pause.setOnFinished(e -> save());
        state.setOnChange(() -> {
            if (!restoring) {
                pending = true;
                pause.playFromStart();
            }
        });
        workspace.workspaceProperty().addListener((obs, o, n) -> {
            if (n != null && n != o) {
                restore(n);
            }
        });
    }

    private void restore(Workspace ws) {
        BackgroundTask<String> task = BackgroundTask.of(ctx -> new ScenarioService(ws).workingState().orElse(null));
        task.onSuccess(json -> {
            if (json != null && workspace.workspaceProperty().get() == ws) {
                restoring = true;
                try {
                    state.restore(json);
                } finally {
                    restoring = false;
                }
            }
        });
        workspaceExecutor.execute(task);
    }

    private void save() {
        Workspace ws = workspace.workspaceProperty().get();
        pending = false;
        if (ws == null) {
            return;
        }
        String json = state.toJson();
        workspaceExecutor.execute(BackgroundTask.of(ctx -> {
            new ScenarioService(ws).saveWorkingState(json);
            return null;
        }));
    }

    /** Saves a change still waiting for its debounce, and waits (briefly) until it is written: on quit. */
    void flush() {
        pause.stop();
        Workspace ws = workspace.workspaceProperty().get();
        if (!pending || ws == null) {
            return;
        }
        pending = false;
        String json = state.toJson();
        CountDownLatch written = new CountDownLatch(1);
        workspaceExecutor.execute(BackgroundTask.of(ctx -> {
            try {
                new ScenarioService(ws).saveWorkingState(json);
            } finally {
                written.countDown();
            }
            return null;
        }));
        try {
            written.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
