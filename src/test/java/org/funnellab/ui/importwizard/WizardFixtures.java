package org.funnellab.ui.importwizard;

import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The importer's fixture files and a workspace view model over a real SQLite file. */
final class WizardFixtures {
    private WizardFixtures() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(WizardFixtures.class.getResource("/org/funnellab/importer/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static WorkspaceViewModel openWorkspace(Path file, TaskExecutor executor) {
        WorkspaceViewModel ws = new WorkspaceViewModel(executor, new FiltersViewModel());
        ws.open(file);
        return ws;
    }
}
