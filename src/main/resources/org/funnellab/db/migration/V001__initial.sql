-- FunnelLab workspace, schema version 1: the canonical data model (leads, costs, aggregated funnel rows).
-- Money is stored as INTEGER minor units (kopecks, cents): sums stay exact and fit 64 bits.
-- Dates are TEXT 'yyyy-MM-dd HH:mm:ss' (SQLite's own format), months TEXT 'yyyy-MM'.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE import_batch (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('LEADS', 'COSTS', 'FUNNEL')),
    file_name       TEXT,
    sha256          TEXT,
    preset          TEXT,
    mapping_json    TEXT,
    read_count      INTEGER NOT NULL DEFAULT 0,
    imported_count  INTEGER NOT NULL DEFAULT 0,
    updated_count   INTEGER NOT NULL DEFAULT 0,
    unchanged_count INTEGER NOT NULL DEFAULT 0,
    rejected_count  INTEGER NOT NULL DEFAULT 0,
    started_at      TEXT NOT NULL,
    finished_at     TEXT
);

CREATE TABLE import_rejection (
    id              INTEGER PRIMARY KEY,
    import_batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    line            INTEGER NOT NULL,
    reason          TEXT NOT NULL,
    raw             TEXT
);
CREATE INDEX import_rejection_by_batch ON import_rejection (import_batch_id, line);

CREATE TABLE lead (
    id              INTEGER PRIMARY KEY,
    source_system   TEXT NOT NULL,
    external_id     TEXT NOT NULL,
    created_at      TEXT,
    closed_at       TEXT,
    channel         TEXT,
    campaign        TEXT,
    owner           TEXT,
    company         TEXT,
    stage           TEXT NOT NULL,
    status          TEXT NOT NULL,
    target          TEXT NOT NULL,
    loss_reason     TEXT,
    deal_value      INTEGER,
    currency        TEXT,
    raw_row         BLOB, -- the source row as read, UTF-8 bytes (CAST(raw_row AS TEXT) reads it)
    import_batch_id INTEGER REFERENCES import_batch (id),
    created_month   TEXT GENERATED ALWAYS AS (substr(created_at, 1, 7)) VIRTUAL,
    cycle_days      INTEGER GENERATED ALWAYS AS (
        CAST(julianday(substr(closed_at, 1, 10)) - julianday(substr(created_at, 1, 10)) AS INTEGER)) VIRTUAL
);
-- The upsert key. An index rather than a table constraint, so a first import can build it after the load.
CREATE UNIQUE INDEX lead_key ON lead (source_system, external_id);

CREATE TABLE cost_entry (
    id              INTEGER PRIMARY KEY,
    period          TEXT NOT NULL,
    channel         TEXT,
    campaign        TEXT,
    category        TEXT NOT NULL,
    amount          INTEGER NOT NULL,
    currency        TEXT,
    import_batch_id INTEGER REFERENCES import_batch (id)
);
CREATE INDEX cost_entry_by_period ON cost_entry (period, channel, campaign, category);

CREATE TABLE funnel_aggregate (
    id              INTEGER PRIMARY KEY,
    month           TEXT NOT NULL,
    channel         TEXT,
    campaign        TEXT,
    leads           INTEGER NOT NULL,
    mql             INTEGER NOT NULL,
    sql             INTEGER NOT NULL,
    opportunities   INTEGER NOT NULL,
    won             INTEGER NOT NULL,
    lost            INTEGER NOT NULL,
    non_target      INTEGER NOT NULL,
    revenue         INTEGER NOT NULL,
    import_batch_id INTEGER REFERENCES import_batch (id)
);
CREATE INDEX funnel_aggregate_by_month ON funnel_aggregate (month, channel, campaign);

CREATE TABLE saved_mapping (
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('LEADS', 'COSTS', 'FUNNEL')),
    json TEXT NOT NULL,
    PRIMARY KEY (name, kind)
);

CREATE TABLE scenario (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    filters_json   TEXT NOT NULL,
    overrides_json TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
