package org.funnellab.importer.mapping;

import org.funnellab.domain.Target;
import org.funnellab.importer.parse.ValueParsers;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides target / non-target for one lead, strongest evidence first:
 * <ol>
 *   <li>an explicit flag column (да/нет/yes/no/1/0/true/false);</li>
 *   <li>a loss reason: one in the non-target list makes the lead NON_TARGET; any other reason means sales worked a
 *       real prospect who chose not to buy, so TARGET;</li>
 *   <li>tags: a tag in the non-target list makes it NON_TARGET (other tags say nothing);</li>
 *   <li>no evidence: UNKNOWN, never silently TARGET.</li>
 * </ol>
 * Comparisons ignore case, ё/е and extra spaces.
 */
public final class TargetRules {
    public static final List<String> DEFAULT_NON_TARGET_REASONS = List.of(
            "Нецелевой", "Нецелевой лид", "Нецелевая заявка", "Спам", "Дубль", "Дубликат", "Не наш клиент",
            "Искал другой продукт", "Ошибка", "Ошибочная заявка", "Неверный контакт", "Не дозвонились до несуществующего номера",
            "Non-target", "Not target", "Spam", "Duplicate", "Not a fit", "Wrong contact", "Wrong number", "Junk", "Invalid");

    private final Set<String> nonTarget;

    public TargetRules(Collection<String> nonTargetReasons) {
        this.nonTarget = nonTargetReasons.stream().map(ValueParsers::normalizeKey).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isNonTargetReason(String reason) {
        return reason != null && nonTarget.contains(ValueParsers.normalizeKey(reason));
    }

    /**
     * @param flag   the parsed flag column value, null when absent or blank
     * @param reason the loss reason, null or blank when none
     * @param tags   the raw tag cells (each may hold a comma- or semicolon-separated list)
     */
    public Target decide(Boolean flag, String reason, List<String> tags) {
        if (flag != null) {
            return flag ? Target.TARGET : Target.NON_TARGET;
        }
        if (reason != null && !reason.isBlank()) {
            return isNonTargetReason(reason) ? Target.NON_TARGET : Target.TARGET;
        }
        for (String cell : tags) {
            for (String tag : cell.split("[,;]")) {
                if (isNonTargetReason(tag)) {
                    return Target.NON_TARGET;
                }
            }
        }
        return Target.UNKNOWN;
    }
}
