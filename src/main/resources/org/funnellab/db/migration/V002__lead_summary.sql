-- Schema version 2: summaries of the lead table the metric queries read instead of scanning a million rows.
-- lead_summary: one row per month x channel x campaign x owner x stage x status x target.
-- lead_loss_summary: LOST leads per month x channel x campaign x owner x target x loss reason (kept apart:
-- loss reasons would triple lead_summary's rows). Rebuilt for the affected months at the end of every import,
-- inside the import's transaction.

CREATE TABLE lead_summary (
    month       TEXT,
    channel     TEXT,
    campaign    TEXT,
    owner       TEXT,
    stage       TEXT NOT NULL,
    status      TEXT NOT NULL,
    target      TEXT NOT NULL,
    leads       INTEGER NOT NULL,
    value_sum   INTEGER NOT NULL,
    value_count INTEGER NOT NULL,
    cycle_sum   INTEGER NOT NULL,
    cycle_count INTEGER NOT NULL
);
CREATE INDEX lead_summary_by_month ON lead_summary (month);

CREATE TABLE lead_loss_summary (
    month       TEXT,
    channel     TEXT,
    campaign    TEXT,
    owner       TEXT,
    target      TEXT NOT NULL,
    loss_reason TEXT,
    leads       INTEGER NOT NULL
);
CREATE INDEX lead_loss_summary_by_month ON lead_loss_summary (month);

-- Months whose summary rows are stale; '' stands for leads without a created date.
CREATE TABLE lead_summary_dirty (
    month TEXT PRIMARY KEY
) WITHOUT ROWID;

-- An update may move a lead out of its old month: that month is stale too.
-- New months are recorded by the writer itself, so bulk inserts pay no trigger.
-- (Not INSERT OR IGNORE: an upsert's conflict policy would override the trigger's.)
CREATE TRIGGER lead_update_marks_month AFTER UPDATE ON lead
BEGIN
    INSERT INTO lead_summary_dirty (month) SELECT ifnull(old.created_month, '')
        WHERE NOT EXISTS (SELECT 1 FROM lead_summary_dirty WHERE month = ifnull(old.created_month, ''));
END;

CREATE TRIGGER lead_delete_marks_month AFTER DELETE ON lead
BEGIN
    INSERT INTO lead_summary_dirty (month) SELECT ifnull(old.created_month, '')
        WHERE NOT EXISTS (SELECT 1 FROM lead_summary_dirty WHERE month = ifnull(old.created_month, ''));
END;

-- Exact medians of deal value and cycle days walk these in order to the middle row: no sort, and only WON leads
-- (a small share of all) are indexed. They cover the filter columns, so the lead rows are never read.
CREATE INDEX lead_won_by_value ON lead (deal_value, created_month, channel, campaign, owner)
    WHERE status = 'WON' AND deal_value IS NOT NULL;
CREATE INDEX lead_won_by_cycle ON lead (cycle_days, created_month, channel, campaign, owner)
    WHERE status = 'WON' AND cycle_days IS NOT NULL;
