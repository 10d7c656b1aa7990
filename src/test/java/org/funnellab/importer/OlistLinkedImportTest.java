package org.funnellab.importer;

import org.funnellab.domain.LeadField;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.funnellab.importer.mapping.ColumnMapping;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.mapping.MappingJson;
import org.funnellab.importer.parse.DatePattern;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Olist marketing funnel pair: marketing-qualified leads, then a linked file of the deals they closed. */
public class OlistLinkedImportTest {
    private static final Path DATA = org.funnellab.testing.SharedData.dir("olist-marketing-funnel")
            .orElse(Path.of("..", "shared", "data", "olist-marketing-funnel"));

    /** mql.csv: mql_id, first_contact_date (M/d/yyyy), origin — every row an open MQL. */
    public static Mapping mqlMapping() {
        return new Mapping("Olist MQL", SourceSystem.GENERIC, List.of(
                new ColumnMapping(0, "mql_id", ColumnRole.EXTERNAL_ID),
                new ColumnMapping(1, "first_contact_date", ColumnRole.CREATED_AT),
                new ColumnMapping(2, "origin", ColumnRole.CHANNEL)),
                Map.of(), Map.of(), null, null, false,
                Map.of(LeadField.STAGE, "MQL", LeadField.STATUS, "OPEN"), false, null);
    }

    /** closed_deals.csv, linked: each row marks an existing lead WON on won_date. */
    public static Mapping closedDealsMapping() {
        return new Mapping("Olist closed deals", SourceSystem.GENERIC, List.of(
                new ColumnMapping(0, "mql_id", ColumnRole.EXTERNAL_ID),
                new ColumnMapping(4, "won_date", ColumnRole.CLOSED_AT)),
                Map.of(), Map.of(), null, null, true,
                Map.of(LeadField.STAGE, "WON", LeadField.STATUS, "WON"), false, null);
    }

    @Test
    void linkedMappingUpdatesOnlyStageStatusAndCloseDate() throws Exception {
        assertThat(closedDealsMapping().mappedFields())
                .isEqualTo(Set.of(LeadField.CLOSED_AT, LeadField.STAGE, LeadField.STATUS));
        assertThat(MappingJson.fromJson(MappingJson.toJson(closedDealsMapping()))).isEqualTo(closedDealsMapping());
    }

    @Test
    void importsEightThousandLeadsAnd842LinkedWins() throws Exception {
        assumeTrue(Files.isRegularFile(DATA.resolve("mql.csv")) && Files.isRegularFile(DATA.resolve("closed_deals.csv")),
                "Olist data not present at " + DATA + "; skipping");
        CollectingLeadSink leads = new CollectingLeadSink();
        ImportReport mql = LeadImport.detected(DATA.resolve("mql.csv"), mqlMapping()).run(leads, ProgressListener.NONE);
        assertThat(mql.accepted()).isEqualTo(8000);
        assertThat(mql.rejectedCount()).isZero();
        assertThat(mql.dateResolutions()).singleElement().extracting(r -> r.pattern()).isEqualTo(DatePattern.MDY_SLASH);
        assertThat(leads.leads.values()).allSatisfy(l -> {
            assertThat(l.stage()).isEqualTo(Stage.MQL);
            assertThat(l.status()).isEqualTo(LeadStatus.OPEN);
            assertThat(l.target()).isEqualTo(Target.UNKNOWN);
        });
        assertThat(leads.lead("dac32acd4db4c29c230538b72f8dd87d").createdAt()).isEqualTo(LocalDateTime.of(2018, 2, 1, 0, 0));

        CollectingLeadSink wins = new CollectingLeadSink();
        ImportReport closed = LeadImport.detected(DATA.resolve("closed_deals.csv"), closedDealsMapping())
                .run(wins, ProgressListener.NONE);
        assertThat(closed.accepted()).isEqualTo(842);
        assertThat(closed.linked()).isTrue();
        assertThat(wins.linked).isTrue();
        assertThat(wins.updatedFields).containsExactlyInAnyOrder(LeadField.CLOSED_AT, LeadField.STAGE, LeadField.STATUS);
        assertThat(leads.leads.keySet()).containsAll(wins.leads.keySet());
        assertThat(wins.lead("5420aad7fec3549a85876ba1c529bd84").closedAt())
                .isEqualTo(LocalDateTime.of(2018, 2, 26, 19, 58, 54));
        assertThat(wins.leads.values()).allSatisfy(l -> assertThat(l.status()).isEqualTo(LeadStatus.WON));
    }
}
