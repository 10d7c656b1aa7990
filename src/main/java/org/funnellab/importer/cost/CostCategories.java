package org.funnellab.importer.cost;

import org.funnellab.domain.CostCategory;
import org.funnellab.importer.parse.ValueParsers;

import java.util.List;
import java.util.Map;

/**
 * Maps the free-text category of a cost sheet to a {@link CostCategory} by keywords (Russian and English), salaries
 * checked first so "ФОТ маркетинга" is a salary, not marketing. Returns null when no keyword matches: the caller books
 * OTHER and lists the text in its report.
 */
public final class CostCategories {
    private static final List<Map.Entry<CostCategory, List<String>>> RULES = List.of(
            Map.entry(CostCategory.MARKETING_SALARIES, List.of("фот маркетинг", "зарплата маркетинг", "зп маркетинг",
                    "marketing salar", "marketing payroll", "marketing_salaries")),
            Map.entry(CostCategory.SALES_SALARIES, List.of("фот продаж", "фот отдела продаж", "зарплата продаж",
                    "зп продаж", "sales salar", "sales payroll", "sales_salaries")),
            Map.entry(CostCategory.AGENCY, List.of("агентств", "подрядчик", "agency", "contractor")),
            Map.entry(CostCategory.SOFTWARE, List.of("сервис", "crm", "софт", "подписк", "лиценз", "software", "saas",
                    "subscription", "tools")),
            Map.entry(CostCategory.CONTENT, List.of("контент", "content", "блог", "blog", "видео", "video")),
            Map.entry(CostCategory.PAID_MEDIA, List.of("реклам", "контекст", "таргет", "медиа", "директ", "ads",
                    "advertising", "paid", "media", "ppc", "cpc")),
            Map.entry(CostCategory.OVERHEAD, List.of("аренд", "офис", "rent", "office", "overhead", "накладн")));

    private CostCategories() {
    }

    public static CostCategory classify(String text) {
        String key = ValueParsers.normalizeKey(text);
        if (key.isEmpty()) {
            return null;
        }
        for (CostCategory c : CostCategory.values()) {
            if (c.name().equalsIgnoreCase(key)) {
                return c;
            }
        }
        for (var rule : RULES) {
            for (String word : rule.getValue()) {
                if (key.contains(word)) {
                    return rule.getKey();
                }
            }
        }
        return null;
    }
}
