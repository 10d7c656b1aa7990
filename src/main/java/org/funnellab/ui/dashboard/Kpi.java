package org.funnellab.ui.dashboard;

import org.funnellab.domain.UndefinedReason;

import java.util.List;

/**
 * One KPI card of the dashboard, ready to show: the value text ("—" when undefined), an optional second line
 * (median, per month, UNKNOWN count) and the formula with its inputs for the tooltip. Texts that need words come
 * as a message key and formatted arguments, so the view model stays free of the UI's language.
 *
 * @param id          stable id: the view's label is {@code #kpi<Id>} (e.g. {@code leads} → {@code #kpiLeads})
 * @param value       the formatted value, or {@link org.funnellab.ui.common.Formats#UNDEFINED}
 * @param detailKey   message key of the second line, null for none
 * @param detailArgs  its arguments, already formatted
 * @param formulaKey  message key of the formula with its inputs
 * @param formulaArgs its arguments, already formatted
 * @param reason      why the value is undefined, null when it is defined
 * @param noteKeys    message keys of further tooltip lines (what the figure counts), each shown translated; a key
 *                    followed by "=" and keys joined with "," is a line whose argument is that list, translated
 * @param shorter     shorter ways to write the value (1,31 млн ₽), most precise first, for a card too narrow for it
 */
public record Kpi(String id, String value, String detailKey, List<String> detailArgs, String formulaKey,
                  List<String> formulaArgs, UndefinedReason reason, List<String> noteKeys, List<String> shorter) {
    public Kpi {
        detailArgs = List.copyOf(detailArgs);
        formulaArgs = List.copyOf(formulaArgs);
        noteKeys = List.copyOf(noteKeys);
        shorter = List.copyOf(shorter);
    }

    public Kpi(String id, String value, String detailKey, List<String> detailArgs, String formulaKey,
               List<String> formulaArgs, UndefinedReason reason, List<String> noteKeys) {
        this(id, value, detailKey, detailArgs, formulaKey, formulaArgs, reason, noteKeys, List.of());
    }

    public Kpi(String id, String value, String detailKey, List<String> detailArgs, String formulaKey,
               List<String> formulaArgs, UndefinedReason reason) {
        this(id, value, detailKey, detailArgs, formulaKey, formulaArgs, reason, List.of());
    }

    public boolean defined() {
        return reason == null;
    }
}
