-- Schema version 7: compact leads.
-- * term: each repeated text of the lead table (channel, campaign, owner, loss reason, source system, currency, stage,
--   status, target) is stored once; lead_data holds its integer id. Stage, status and target names have fixed ids.
--   A text the dictionary does not hold (it keeps at most 50,000) is stored in the lead row itself, so the *_ref
--   columns are declared without a type: an id stays an integer, a text stays a text ('5' is not id 5).
-- * source_block: each import's source rows, compressed in blocks (Zstandard); a lead points at its row by
--   (source_batch_id, source_row), the ordinal of its record in that import's blocks. import_batch.source_header keeps
--   the file's column names once. This replaces the raw_row JSON each lead carried (about two thirds of the file).
-- * Dates are seconds since 1970-01-01 00:00:00 of the workspace's wall clock (no zone): 'yyyy-MM-dd HH:mm:ss' is
--   datetime(x, 'unixepoch'), four to six bytes instead of nineteen.
-- * lead: a view with the previous table's columns and texts, for any SQLite tool (read only).
-- The rows' raw JSON is moved to legacy_raw_row here; FunnelLab turns it into source blocks right after this script
-- and drops that table (see SourceRowsMigration).

CREATE TABLE term (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
);
INSERT INTO term (id, text) VALUES (1, 'LEAD'), (2, 'MQL'), (3, 'SQL'), (4, 'OPPORTUNITY'), (5, 'WON'), (6, 'OPEN'),
                                   (7, 'LOST'), (8, 'TARGET'), (9, 'NON_TARGET'), (10, 'UNKNOWN');

ALTER TABLE import_batch ADD COLUMN source_header TEXT;

CREATE TABLE source_block (
    id              INTEGER PRIMARY KEY,
    import_batch_id INTEGER NOT NULL REFERENCES import_batch (id),
    first_row       INTEGER NOT NULL,
    rows            INTEGER NOT NULL,
    data            BLOB NOT NULL
);
CREATE UNIQUE INDEX source_block_key ON source_block (import_batch_id, first_row);

CREATE TABLE lead_data (
    id              INTEGER PRIMARY KEY,
    source_ref      NOT NULL,
    external_id     TEXT NOT NULL,
    created_ts      INTEGER,
    closed_ts       INTEGER,
    channel_ref,
    campaign_ref,
    owner_ref,
    company         TEXT,
    stage_id        INTEGER NOT NULL,
    status_id       INTEGER NOT NULL,
    target_id       INTEGER NOT NULL,
    loss_reason_ref,
    deal_value      INTEGER,
    currency_ref,
    import_batch_id INTEGER REFERENCES import_batch (id),
    source_batch_id INTEGER REFERENCES import_batch (id),
    source_row      INTEGER,
    source_hash     INTEGER,
    created_month   TEXT GENERATED ALWAYS AS (strftime('%Y-%m', created_ts, 'unixepoch')) VIRTUAL,
    -- whole days from the created date to the closed date (midnight to midnight), before 1970 too
    cycle_days      INTEGER GENERATED ALWAYS AS (
        ((closed_ts - ((closed_ts % 86400) + 86400) % 86400) - (created_ts - ((created_ts % 86400) + 86400) % 86400))
            / 86400) VIRTUAL
);

-- a lead whose source row was written without an import (never by FunnelLab itself) is given one, so its row is kept
INSERT INTO import_batch (kind, file_name, started_at, finished_at)
SELECT 'LEADS', NULL, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
WHERE EXISTS (SELECT 1 FROM lead WHERE raw_row IS NOT NULL AND import_batch_id IS NULL);
UPDATE lead SET import_batch_id = (SELECT max(id) FROM import_batch) WHERE raw_row IS NOT NULL AND import_batch_id IS NULL;

INSERT OR IGNORE INTO term (text)
SELECT v FROM (SELECT source_system AS v FROM lead UNION SELECT channel FROM lead UNION SELECT campaign FROM lead
               UNION SELECT owner FROM lead UNION SELECT loss_reason FROM lead UNION SELECT currency FROM lead)
WHERE v IS NOT NULL ORDER BY v LIMIT 50000;

INSERT INTO lead_data (id, source_ref, external_id, created_ts, closed_ts, channel_ref, campaign_ref, owner_ref, company,
                       stage_id, status_id, target_id, loss_reason_ref, deal_value, currency_ref, import_batch_id,
                       source_batch_id, source_row)
SELECT l.id,
       ifnull((SELECT id FROM term WHERE text = l.source_system), l.source_system), l.external_id,
       CAST(strftime('%s', l.created_at) AS INTEGER), CAST(strftime('%s', l.closed_at) AS INTEGER),
       ifnull((SELECT id FROM term WHERE text = l.channel), l.channel),
       ifnull((SELECT id FROM term WHERE text = l.campaign), l.campaign),
       ifnull((SELECT id FROM term WHERE text = l.owner), l.owner),
       l.company,
       (SELECT id FROM term WHERE text = l.stage), (SELECT id FROM term WHERE text = l.status),
       (SELECT id FROM term WHERE text = l.target),
       ifnull((SELECT id FROM term WHERE text = l.loss_reason), l.loss_reason), l.deal_value,
       ifnull((SELECT id FROM term WHERE text = l.currency), l.currency), l.import_batch_id,
       CASE WHEN l.raw_row IS NOT NULL THEN l.import_batch_id END,
       CASE WHEN l.raw_row IS NOT NULL
            THEN row_number() OVER (PARTITION BY l.import_batch_id, l.raw_row IS NOT NULL ORDER BY l.id) - 1 END
FROM lead l;

CREATE TABLE legacy_raw_row AS
SELECT id, import_batch_id, raw_row FROM lead WHERE raw_row IS NOT NULL ORDER BY import_batch_id, id;

DROP TABLE lead;

CREATE UNIQUE INDEX lead_key ON lead_data (source_ref, external_id);

CREATE INDEX lead_won_by_value ON lead_data (deal_value, created_month, channel_ref, campaign_ref, owner_ref)
    WHERE status_id = 5 AND deal_value IS NOT NULL;
CREATE INDEX lead_won_by_cycle ON lead_data (cycle_days, created_month, channel_ref, campaign_ref, owner_ref)
    WHERE status_id = 5 AND cycle_days IS NOT NULL;

CREATE TRIGGER lead_update_marks_month AFTER UPDATE ON lead_data
BEGIN
    INSERT INTO lead_summary_dirty (month) SELECT ifnull(old.created_month, '')
        WHERE NOT EXISTS (SELECT 1 FROM lead_summary_dirty WHERE month = ifnull(old.created_month, ''));
END;

CREATE TRIGGER lead_delete_marks_month AFTER DELETE ON lead_data
BEGIN
    INSERT INTO lead_summary_dirty (month) SELECT ifnull(old.created_month, '')
        WHERE NOT EXISTS (SELECT 1 FROM lead_summary_dirty WHERE month = ifnull(old.created_month, ''));
END;

CREATE VIEW lead AS
SELECT d.id,
       CASE typeof(d.source_ref) WHEN 'integer' THEN (SELECT text FROM term WHERE id = d.source_ref) ELSE d.source_ref END
           AS source_system,
       d.external_id, datetime(d.created_ts, 'unixepoch') AS created_at, datetime(d.closed_ts, 'unixepoch') AS closed_at,
       CASE typeof(d.channel_ref) WHEN 'integer' THEN (SELECT text FROM term WHERE id = d.channel_ref) ELSE d.channel_ref END
           AS channel,
       CASE typeof(d.campaign_ref) WHEN 'integer' THEN (SELECT text FROM term WHERE id = d.campaign_ref) ELSE d.campaign_ref END
           AS campaign,
       CASE typeof(d.owner_ref) WHEN 'integer' THEN (SELECT text FROM term WHERE id = d.owner_ref) ELSE d.owner_ref END
           AS owner,
       d.company,
       (SELECT text FROM term WHERE id = d.stage_id) AS stage,
       (SELECT text FROM term WHERE id = d.status_id) AS status,
       (SELECT text FROM term WHERE id = d.target_id) AS target,
       CASE typeof(d.loss_reason_ref) WHEN 'integer' THEN (SELECT text FROM term WHERE id = d.loss_reason_ref)
           ELSE d.loss_reason_ref END AS loss_reason,
       d.deal_value,
       CASE typeof(d.currency_ref) WHEN 'integer' THEN (SELECT text FROM term WHERE id = d.currency_ref) ELSE d.currency_ref END
           AS currency,
       d.import_batch_id, d.source_batch_id, d.source_row, d.created_month, d.cycle_days
FROM lead_data d;
