package org.funnellab.importer;

import org.funnellab.domain.Stage;
import org.funnellab.importer.mapping.Mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules an import applies to turn CRM records into funnel facts, and how many records each touched. They change
 * the headline figures, so the import summary and the wizard state them:
 * <ul>
 *   <li>a LOST deal whose stage value does not say how far it got ("Closed Lost", "LOSE", "Закрыто и не реализовано")
 *       and that was not disqualified as non-target counts as having reached the mapping's lost stage (default SQL):
 *       sales worked it. A file that carries the furthest stage (a pipeline stage beside a lost status, as Pipedrive
 *       writes it) keeps that stage;</li>
 *   <li>a non-target loss stays where it was (LEAD unless the file says MQL);</li>
 *   <li>a WON deal is a target lead unless the file says otherwise (a target flag, a non-target tag);</li>
 *   <li>win rate = won ÷ (won + lost) among leads that reached SQL;</li>
 *   <li>rows without a created date are rejected, or with "keep undated" kept without one: they count in all-time
 *       figures (leads, won, lost, revenue, win rate) but in no month, and have no sales cycle.</li>
 * </ul>
 *
 * @param lostAtLostStage     lost deals counted at the lost stage by the first rule
 * @param lostNonTarget       lost non-target leads left at LEAD/MQL
 * @param wonCountedTarget    won deals with no target evidence, counted as target
 * @param undatedKept         rows kept without a created date
 * @param currencyConverted   amounts converted into the workspace currency with a rate the user gave
 * @param currency            the workspace currency amounts are in (null: no amount named one)
 * @param currencySet         true when this import set the workspace currency (its first import with amounts)
 */
public record ImportMeanings(Stage lostStage, boolean keepUndated, long lostAtLostStage, long lostNonTarget,
                             long wonCountedTarget, long undatedKept, long currencyConverted, String currency,
                             boolean currencySet) {

    /** The rules {@code mapping} applies, before any row was read (for the wizard's values step). */
    public static List<Notice> rules(Mapping mapping) {
        return new ImportMeanings(mapping.effectiveLostStage(), mapping.keepUndated(), -1, -1, -1, -1, -1, null, false)
                .rules();
    }

    /** Each rule as a notice; with counts once rows were read. */
    public List<Notice> rules() {
        List<Notice> rules = new ArrayList<>();
        boolean counted = lostAtLostStage >= 0;
        rules.add(counted ? Notice.of("rule.lostStage.count", lostStage, lostAtLostStage)
                : Notice.of("rule.lostStage", lostStage));
        rules.add(counted ? Notice.of("rule.lostNonTarget.count", lostNonTarget) : Notice.of("rule.lostNonTarget"));
        rules.add(counted ? Notice.of("rule.wonTarget.count", wonCountedTarget) : Notice.of("rule.wonTarget"));
        rules.add(Notice.of("rule.winRate", Stage.SQL));
        if (keepUndated) {
            rules.add(counted ? Notice.of("rule.undatedKept.count", undatedKept) : Notice.of("rule.undatedKept"));
        } else {
            rules.add(Notice.of("rule.undatedRejected"));
        }
        if (currencyConverted > 0) {
            rules.add(Notice.of("rule.currencyConverted", currencyConverted, currency));
        }
        if (currencySet) {
            rules.add(Notice.of("rule.currencySet", currency));
        }
        return rules;
    }
}
