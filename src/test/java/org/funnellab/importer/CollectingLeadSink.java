package org.funnellab.importer;

import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadField;
import org.funnellab.domain.SourceSystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An in-memory sink honouring the {@link LeadSink} contract: last accepted lead per id wins. */
final class CollectingLeadSink implements LeadSink {
    final Map<String, Lead> leads = new LinkedHashMap<>();
    final List<Lead> delivered = new ArrayList<>();
    final List<RejectedRow> rejected = new ArrayList<>();
    Set<LeadField> updatedFields;
    boolean linked;
    boolean finished;

    @Override
    public void start(SourceSystem source, boolean linked, Set<LeadField> updatedFields) {
        this.linked = linked;
        this.updatedFields = updatedFields;
    }

    @Override
    public void accept(Lead lead) {
        leads.put(lead.externalId(), lead);
        delivered.add(lead);
    }

    @Override
    public void reject(RejectedRow row) {
        rejected.add(row);
    }

    @Override
    public void finish(ImportReport report) {
        finished = true;
    }

    Lead lead(String id) {
        Lead lead = leads.get(id);
        if (lead == null) {
            throw new AssertionError("no lead " + id + " among " + leads.keySet());
        }
        return lead;
    }
}
