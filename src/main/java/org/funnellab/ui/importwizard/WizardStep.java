package org.funnellab.ui.importwizard;

/** The wizard's steps in order; lead imports pass through all, cost and funnel sheets skip MAPPING and VALUES. */
public enum WizardStep {
    FILE, MAPPING, VALUES, CHECK, IMPORT, RESULT;

    /** The i18n key of the step's title in the step indicator. */
    public String titleKey() {
        return "importWizard.step." + name();
    }
}
