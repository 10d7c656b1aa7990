package org.funnellab.ui.importwizard;

/** A mapping to start from: a built-in CRM preset, or a mapping the user saved in this workspace. */
public record PresetChoice(String name, boolean saved) {
    @Override
    public String toString() {
        return name;
    }
}
