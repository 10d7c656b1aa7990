package org.funnellab.ui.importwizard;

import org.funnellab.domain.CostEntry;
import org.funnellab.domain.FunnelAggregateRow;
import org.funnellab.domain.Lead;
import org.funnellab.importer.ImportReport;
import org.funnellab.importer.ImportService;
import org.funnellab.importer.ProgressListener;
import org.funnellab.importer.LeadSink;
import org.funnellab.importer.RejectedRow;
import org.funnellab.importer.cost.AggregateSink;
import org.funnellab.importer.cost.CostImport;
import org.funnellab.importer.cost.CostSink;
import org.funnellab.importer.cost.FunnelAggregateImport;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.parse.DateResolution;
import org.funnellab.importer.read.ReadSettings;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.Formats;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check before anything is written. A lead file goes through the real import, whole, as the import will run it
 * (the workspace's zone and currency), into a sink that only counts and keeps a preview, so "would be rejected" is
 * true for every row; cost and funnel sheets are checked on their first {@value #ROWS} rows. Runs in the background.
 */
final class DryRun {
    static final int ROWS = 1000;
    /** Preview rows kept for the table; the counts cover all {@value #ROWS}. */
    static final int SHOWN = 100;
    static final List<String> LEAD_COLUMNS = List.of("created", "closed", "channel", "stage", "status", "target",
            "value");
    static final List<String> COST_COLUMNS = List.of("month", "channel", "campaign", "category", "amount");
    static final List<String> FUNNEL_COLUMNS = List.of("month", "channel", "campaign", "leads", "won", "revenue");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the check found. {@code columns} name the preview's columns (i18n suffixes). */
    record Result(List<String> columns, List<List<String>> rows, long checked, long accepted, long rejected,
                  Map<String, Long> rejectionReasons, List<DateResolution> dates, List<String> warnings,
                  Map<String, org.funnellab.importer.Notice> reasonNotices) {
    }

    private DryRun() {
    }

    /**
     * Checks every row of a lead file; {@code progress} gets the import's progress records and cancels by returning
     * false, and then the result is null.
     */
    static Result leads(Workspace workspace, Path file, ReadSettings settings, Mapping mapping, Formats formats,
                        ProgressListener progress) throws IOException {
        Collector c = new Collector();
        ImportReport report = new ImportService().checkLeads(workspace, file, settings, mapping, new LeadSink() {
            @Override
            public void accept(Lead lead) {
                if (c.rows.size() < SHOWN) {
                    c.rows.add(List.of(lead.createdAt() == null ? "" : DATE.format(lead.createdAt()),
                            lead.closedAt() == null ? "" : DATE.format(lead.closedAt()), nz(lead.channel()), lead.stage().name(), lead.status().name(), lead.target().name(),
                            lead.dealValue() == null ? "" : formats.number(lead.dealValue().doubleValue(), 2)
                                    + (lead.currency() == null ? "" : " " + lead.currency())));
                }
            }

            @Override
            public void reject(RejectedRow row) {
                c.reject(row);
            }

            @Override
            public boolean restartable() {
                return true;
            }

            @Override
            public void restart() {
                c.rows.clear();
                c.reasons.clear();
                c.notices.clear();
                c.rejected = 0;
            }
        }, progress);
        if (report.cancelled()) {
            return null;
        }
        return new Result(LEAD_COLUMNS, c.rows, report.rowsRead(), report.accepted(), report.rejectedCount(),
                c.reasons, report.dateResolutions(), report.warnings(), c.notices);
    }

    static Result costs(Path file, ReadSettings settings, Formats formats) throws IOException {
        Collector c = new Collector();
        try {
            new CostImport(file, settings).run(new CostSink() {
                @Override
                public void accept(CostEntry e) {
                    c.count();
                    if (c.rows.size() < SHOWN) {
                        c.rows.add(List.of(e.period().toString(), nz(e.channel()), nz(e.campaign()),
                                e.category().name(), formats.number(e.amount().doubleValue(), 2) + " " + nz(e.currency())));
                    }
                }

                @Override
                public void reject(RejectedRow row) {
                    c.reject(row);
                }
            });
        } catch (Enough e) {
            // the first rows are checked; the rest is read by the import itself
        }
        return c.tableResult(COST_COLUMNS);
    }

    static Result funnel(Path file, ReadSettings settings, Formats formats) throws IOException {
        Collector c = new Collector();
        try {
            new FunnelAggregateImport(file, settings).run(new AggregateSink() {
                @Override
                public void accept(FunnelAggregateRow r) {
                    c.count();
                    if (c.rows.size() < SHOWN) {
                        c.rows.add(List.of(r.month().toString(), nz(r.channel()), nz(r.campaign()),
                                Long.toString(r.leads()), Long.toString(r.won()),
                                r.revenue() == null ? "" : formats.number(r.revenue().doubleValue(), 2)));
                    }
                }

                @Override
                public void reject(RejectedRow row) {
                    c.reject(row);
                }
            });
        } catch (Enough e) {
            // as above
        }
        return c.tableResult(FUNNEL_COLUMNS);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Stops a cost or funnel read once {@value #ROWS} rows were seen: those readers have no row limit. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super("enough rows", null, false, false);
        }
    }

    private static final class Collector {
        final List<List<String>> rows = new ArrayList<>();
        final Map<String, Long> reasons = new LinkedHashMap<>();
        /** The first row's notice of each reason, to show the reason in the user's language. */
        final Map<String, org.funnellab.importer.Notice> notices = new LinkedHashMap<>();
        long accepted;
        long rejected;

        void count() {
            accepted++;
            if (accepted + rejected >= ROWS) {
                throw new Enough();
            }
        }

        void reject(RejectedRow row) {
            rejected++;
            reasons.merge(row.reason(), 1L, Long::sum);
            if (row.notice() != null) {
                notices.putIfAbsent(row.reason(), row.notice());
            }
        }

        Result tableResult(List<String> columns) {
            return new Result(columns, rows, accepted + rejected, accepted, rejected, reasons, List.of(), List.of(),
                    notices);
        }
    }
}
