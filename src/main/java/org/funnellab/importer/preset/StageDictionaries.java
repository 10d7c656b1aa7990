package org.funnellab.importer.preset;

import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.importer.mapping.StageMapping;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.funnellab.importer.mapping.StageMapping.lost;
import static org.funnellab.importer.mapping.StageMapping.open;
import static org.funnellab.importer.mapping.StageMapping.won;

/**
 * Default meanings of each CRM's stock pipeline stages, in the languages the CRM exports and as its API writes them.
 * A lost value that does not say how far the deal got ("Закрыто и не реализовано", "Closed Lost", "LOSE") maps to
 * LOST at LEAD; the import then counts a lost deal sales worked as having reached the mapping's lost stage (SQL unless
 * chosen otherwise), and leaves a non-target loss at LEAD ({@link org.funnellab.importer.mapping.Mapping#lostStage}).
 */
final class StageDictionaries {
    private StageDictionaries() {
    }

    static Map<String, StageMapping> amoCrm() {
        Map<String, StageMapping> m = new LinkedHashMap<>();
        m.put("Неразобранное", open(Stage.LEAD));
        m.put("Первичный контакт", open(Stage.LEAD));
        m.put("Квалификация", open(Stage.MQL));
        m.put("Квалифицирован", open(Stage.SQL));
        m.put("Переговоры", open(Stage.OPPORTUNITY));
        m.put("Принимают решение", open(Stage.OPPORTUNITY));
        m.put("Согласование договора", open(Stage.OPPORTUNITY));
        m.put("Успешно реализовано", won());
        m.put("Закрыто и не реализовано", lost(Stage.LEAD));
        m.put("Incoming leads", open(Stage.LEAD));
        m.put("Initial contact", open(Stage.LEAD));
        m.put("Offer made", open(Stage.OPPORTUNITY));
        m.put("Negotiation", open(Stage.OPPORTUNITY));
        m.put("Closed - won", won());
        m.put("Closed - lost", lost(Stage.LEAD));
        // the API's fixed status ids of every pipeline: 142 won, 143 lost
        m.put("142", won());
        m.put("143", lost(Stage.LEAD));
        return m;
    }

    /** Bitrix24's STAGE_SEMANTIC_ID: P in progress, S success, F failure. */
    static Map<String, LeadStatus> bitrix24Semantics() {
        Map<String, LeadStatus> m = new LinkedHashMap<>();
        m.put("P", LeadStatus.OPEN);
        m.put("S", LeadStatus.WON);
        m.put("F", LeadStatus.LOST);
        m.put("В работе", LeadStatus.OPEN);
        m.put("Успешные", LeadStatus.WON);
        m.put("Провалены", LeadStatus.LOST);
        return m;
    }

    static Map<String, StageMapping> bitrix24() {
        Map<String, StageMapping> m = new LinkedHashMap<>();
        m.put("Новая", open(Stage.LEAD));
        m.put("NEW", open(Stage.LEAD));
        m.put("Подготовка документов", open(Stage.OPPORTUNITY));
        m.put("PREPARATION", open(Stage.OPPORTUNITY));
        m.put("Счёт на предоплату", open(Stage.OPPORTUNITY));
        m.put("Счет на предоплату", open(Stage.OPPORTUNITY));
        m.put("PREPAYMENT_INVOICE", open(Stage.OPPORTUNITY));
        m.put("В работе", open(Stage.OPPORTUNITY));
        m.put("EXECUTING", open(Stage.OPPORTUNITY));
        m.put("Финальный счёт", open(Stage.OPPORTUNITY));
        m.put("FINAL_INVOICE", open(Stage.OPPORTUNITY));
        m.put("Сделка успешна", won());
        // success stages portals rename the final one to (leasing and credit: "issued"; retail: "paid")
        m.put("Выдано", won());
        m.put("Оплачено", won());
        m.put("Сделка заключена", won());
        m.put("WON", won());
        m.put("Сделка провалена", lost(Stage.LEAD));
        m.put("LOSE", lost(Stage.LEAD));
        m.put("Анализ причины провала", lost(Stage.LEAD));
        m.put("APOLOGY", lost(Stage.LEAD));
        m.put("New", open(Stage.LEAD));
        m.put("Preparing documents", open(Stage.OPPORTUNITY));
        m.put("Deal won", won());
        m.put("Deal lost", lost(Stage.LEAD));
        m.put("In progress", open(Stage.OPPORTUNITY));
        m.put("Final invoice", open(Stage.OPPORTUNITY));
        m.put("Analyze failure", lost(Stage.LEAD));
        return m;
    }

    static Map<String, StageMapping> hubSpot() {
        Map<String, StageMapping> m = new LinkedHashMap<>();
        m.put("appointmentscheduled", open(Stage.SQL));
        m.put("Appointment Scheduled", open(Stage.SQL));
        m.put("qualifiedtobuy", open(Stage.SQL));
        m.put("Qualified To Buy", open(Stage.SQL));
        m.put("presentationscheduled", open(Stage.OPPORTUNITY));
        m.put("Presentation Scheduled", open(Stage.OPPORTUNITY));
        m.put("decisionmakerboughtin", open(Stage.OPPORTUNITY));
        m.put("Decision Maker Bought-In", open(Stage.OPPORTUNITY));
        m.put("contractsent", open(Stage.OPPORTUNITY));
        m.put("Contract Sent", open(Stage.OPPORTUNITY));
        m.put("closedwon", won());
        m.put("Closed Won", won());
        m.put("closedlost", lost(Stage.LEAD));
        m.put("Closed Lost", lost(Stage.LEAD));
        return m;
    }

    static Map<String, StageMapping> salesforce() {
        Map<String, StageMapping> m = new LinkedHashMap<>();
        m.put("Prospecting", open(Stage.SQL));
        m.put("Qualification", open(Stage.SQL));
        m.put("Needs Analysis", open(Stage.OPPORTUNITY));
        m.put("Value Proposition", open(Stage.OPPORTUNITY));
        m.put("Id. Decision Makers", open(Stage.OPPORTUNITY));
        m.put("Perception Analysis", open(Stage.OPPORTUNITY));
        m.put("Proposal/Price Quote", open(Stage.OPPORTUNITY));
        m.put("Negotiation/Review", open(Stage.OPPORTUNITY));
        m.put("Closed Won", won());
        m.put("Closed Lost", lost(Stage.LEAD));
        // the stock path of newer orgs (Sales Cloud "Opportunity Management" defaults)
        m.put("Discovery", open(Stage.OPPORTUNITY));
        m.put("Proposal/Quote", open(Stage.OPPORTUNITY));
        m.put("Negotiation", open(Stage.OPPORTUNITY));
        return m;
    }

    static Map<String, StageMapping> pipedrive() {
        Map<String, StageMapping> m = new LinkedHashMap<>();
        m.put("Lead In", open(Stage.LEAD));
        m.put("Contact Made", open(Stage.MQL));
        m.put("Qualified", open(Stage.SQL));
        m.put("Demo Scheduled", open(Stage.SQL));
        m.put("Needs Defined", open(Stage.SQL));
        m.put("Proposal Made", open(Stage.OPPORTUNITY));
        m.put("Negotiations Started", open(Stage.OPPORTUNITY));
        m.put("Входящий лид", open(Stage.LEAD));
        m.put("Лид получен", open(Stage.LEAD));
        m.put("Контакт установлен", open(Stage.MQL));
        m.put("Квалифицирован", open(Stage.SQL));
        m.put("Демонстрация назначена", open(Stage.SQL));
        m.put("Потребности определены", open(Stage.SQL));
        m.put("Предложение сделано", open(Stage.OPPORTUNITY));
        m.put("Переговоры начаты", open(Stage.OPPORTUNITY));
        return m;
    }

    static Map<String, LeadStatus> pipedriveStatuses() {
        Map<String, LeadStatus> m = new LinkedHashMap<>();
        m.put("open", LeadStatus.OPEN);
        m.put("won", LeadStatus.WON);
        m.put("lost", LeadStatus.LOST);
        m.put("Открыта", LeadStatus.OPEN);
        m.put("Открыто", LeadStatus.OPEN);
        m.put("Выиграна", LeadStatus.WON);
        m.put("Выиграно", LeadStatus.WON);
        m.put("Проиграна", LeadStatus.LOST);
        m.put("Проиграно", LeadStatus.LOST);
        return m;
    }

    /** Canonical names and common synonyms, for files a team assembled itself. */
    static Map<String, StageMapping> generic() {
        Map<String, StageMapping> m = new LinkedHashMap<>();
        m.put("lead", open(Stage.LEAD));
        m.put("new", open(Stage.LEAD));
        m.put("лид", open(Stage.LEAD));
        m.put("новый", open(Stage.LEAD));
        m.put("mql", open(Stage.MQL));
        m.put("sql", open(Stage.SQL));
        m.put("sal", open(Stage.SQL));
        m.put("opportunity", open(Stage.OPPORTUNITY));
        m.put("сделка", open(Stage.OPPORTUNITY));
        m.put("won", won());
        m.put("выиграна", won());
        m.put("успешно", won());
        m.put("lost", lost(Stage.LEAD));
        m.put("проиграна", lost(Stage.LEAD));
        m.put("open", open(Stage.LEAD));
        m.put("engaging", open(Stage.SQL));
        m.put("in progress", open(Stage.SQL));
        m.put("в работе", open(Stage.SQL));
        m.put("closed won", won());
        m.put("closed lost", lost(Stage.LEAD));
        // then every CRM's stock stages: a file whose columns no CRM preset names may still carry their values
        // one entry per value whatever its spelling: the first meaning given wins (never two meanings for one value)
        java.util.Set<String> keys = new java.util.HashSet<>();
        m.keySet().forEach(k -> keys.add(org.funnellab.importer.parse.ValueParsers.normalizeKey(k)));
        for (Map<String, StageMapping> crm : java.util.List.of(amoCrm(), bitrix24(), hubSpot(), salesforce(), pipedrive())) {
            crm.forEach((k, v) -> {
                if (keys.add(org.funnellab.importer.parse.ValueParsers.normalizeKey(k))) {
                    m.put(k, v);
                }
            });
        }
        return m;
    }
}
