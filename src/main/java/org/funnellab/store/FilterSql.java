package org.funnellab.store;

import org.funnellab.domain.Filters;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause for {@link Filters} over one table's column names, with its parameters in order.
 * A null column means the table has no such dimension: a filter on it then matches nothing (aggregated funnel rows
 * have no owner) unless {@code ignoreMissing} says the dimension does not apply (costs are not per owner).
 */
record FilterSql(String clause, List<Object> params) {

    static FilterSql of(Filters f, String month, String channel, String campaign, String owner, boolean ignoreMissing) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.from() != null) {
            terms.add(month + " >= ?");
            params.add(f.from().toString());
        }
        if (f.to() != null) {
            terms.add(month + " <= ?");
            params.add(f.to().toString());
        }
        in(terms, params, channel, f.channels(), ignoreMissing);
        in(terms, params, campaign, f.campaigns(), ignoreMissing);
        in(terms, params, owner, f.owners(), ignoreMissing);
        return new FilterSql(terms.isEmpty() ? "1" : String.join(" AND ", terms), params);
    }

    /**
     * The clause over the stored leads ({@code lead_data}): months as text, channel, campaign and owner as term
     * references or inline texts ({@link Terms#in}).
     */
    static FilterSql ofLeads(Filters f) {
        FilterSql s = of(f, "created_month", null, null, null, true); // the months; the dimensions follow
        for (var dim : List.of(Map.entry("channel_ref", f.channels()), Map.entry("campaign_ref", f.campaigns()),
                Map.entry("owner_ref", f.owners()))) {
            if (!dim.getValue().isEmpty()) {
                List<String> values = dim.getValue().stream().sorted().toList();
                List<Object> twice = new ArrayList<>(values);
                twice.addAll(values);
                s = s.and(Terms.in(dim.getKey(), values.size()), twice.toArray());
            }
        }
        return s;
    }

    private static void in(List<String> terms, List<Object> params, String column, Collection<String> values,
                           boolean ignoreMissing) {
        if (values.isEmpty()) {
            return;
        }
        if (column == null) {
            if (!ignoreMissing) {
                terms.add("0");
            }
            return;
        }
        terms.add(column + " IN (" + "?, ".repeat(values.size() - 1) + "?)");
        params.addAll(values.stream().sorted().toList());
    }

    FilterSql and(String term, Object... more) {
        List<Object> p = new ArrayList<>(params);
        p.addAll(List.of(more));
        return new FilterSql(clause + " AND " + term, p);
    }

    /** Binds the parameters from index {@code first}; returns the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
