-- The warehouse schema. Applied by dagster_project.storage on every connection; idempotent.
-- Flow: documents -> mentions -> observations -> series_current (maintained on every write) -> views
-- (sql/views/). Nothing loops back.

CREATE TABLE IF NOT EXISTS indicators (
    indicator_id VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,
    unit         VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,      -- stock | ratio | flow
    definition   VARCHAR,
    en_phrases   VARCHAR,
    zh_phrases   VARCHAR
);

-- One row per briefing version. document_id is the content hash, so a byte-identical copy under
-- another name is the same document; a source that comes back with new content is a new version.
CREATE TABLE IF NOT EXISTS documents (
    document_id       VARCHAR PRIMARY KEY,   -- first 16 hex of sha256(raw bytes)
    briefing_key      VARCHAR NOT NULL,      -- the Dagster partition (stable per source)
    source            VARCHAR NOT NULL,      -- file path relative to its folder, or URL
    content_hash      VARCHAR NOT NULL,      -- full sha256 of the raw bytes
    version           INTEGER NOT NULL,      -- 1, 2, ... per source, in order of arrival
    title             VARCHAR,
    event_date        DATE,
    published_date    DATE,                  -- the vintage of every observation in the document
    period_start      DATE,
    period_end        DATE,
    language          VARCHAR,
    warnings          VARCHAR[],
    extractor_version VARCHAR NOT NULL,
    ingested_at       TIMESTAMP NOT NULL,
    text              VARCHAR NOT NULL       -- normalised text; mention offsets point into it
);

-- Every number the text states, mapped to an indicator or not.
CREATE TABLE IF NOT EXISTS mentions (
    document_id    VARCHAR NOT NULL,
    mention_id     INTEGER NOT NULL,
    value          DOUBLE NOT NULL,
    unit           VARCHAR,
    magnitude      VARCHAR,
    qualifier      VARCHAR NOT NULL,
    surface        VARCHAR NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_offset     INTEGER NOT NULL,
    sentence       VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    PRIMARY KEY (document_id, mention_id)
);

-- Catalogue indicators, normalised, one per document, indicator, measure and period.
CREATE TABLE IF NOT EXISTS observations (
    document_id       VARCHAR NOT NULL,
    indicator_id      VARCHAR NOT NULL,
    measure           VARCHAR NOT NULL,      -- level | yoy_pct | ...
    period_start      DATE NOT NULL,
    period_end        DATE NOT NULL,
    value             DOUBLE NOT NULL,
    unit              VARCHAR NOT NULL,
    qualifier         VARCHAR NOT NULL,      -- eq | gt | lt | approx
    evidence          VARCHAR NOT NULL,
    published_date    DATE,                  -- the vintage
    mention_id        INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL,
    PRIMARY KEY (document_id, indicator_id, measure, period_start, period_end)
);

-- Inputs we could not ingest, with the reason. Retried when their content changes.
CREATE TABLE IF NOT EXISTS rejected_documents (
    source       VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    first_seen   TIMESTAMP NOT NULL,
    last_seen    TIMESTAMP NOT NULL,
    PRIMARY KEY (source, content_hash)
);

-- Every HTTP request the web poller made (dagster_project/web/poll.py), one row per request. The
-- body is in raw/blobs/<sha256>; the latest 200/304 row per URL gives the ETag and Last-Modified
-- sent as If-None-Match / If-Modified-Since on the next poll.
CREATE TABLE IF NOT EXISTS web_fetches (
    source_name   VARCHAR NOT NULL,      -- the [[sources]] entry in sources.toml
    url           VARCHAR NOT NULL,      -- as requested
    final_url     VARCHAR,               -- after redirects
    fetched_at    TIMESTAMP NOT NULL,    -- UTC
    http_status   INTEGER,               -- NULL when no response (timeout, refused, too large)
    sha256        VARCHAR,               -- the body (for a 304, the stored body it revalidated)
    bytes         BIGINT,
    etag          VARCHAR,
    last_modified VARCHAR,
    content_type  VARCHAR,
    encoding      VARCHAR,               -- how the page was decoded, and why
    error         VARCHAR
);

-- The current value per indicator, measure and period: what the `series` view shows (it adds the
-- indicator's name). Maintained at write time, inside each document's transaction, for the keys the
-- document states or stated (sql/write/refresh_series_keys.sql), from the vintage logic in
-- sql/views/10_series.sql (series_rows_of). Never written by hand: rebuild with refresh_series_all.sql.
CREATE TABLE IF NOT EXISTS series_current (
    indicator_id            VARCHAR NOT NULL,
    measure                 VARCHAR NOT NULL,
    period_start            DATE NOT NULL,
    period_end              DATE NOT NULL,
    value                   DOUBLE,
    unit                    VARCHAR,
    qualifier               VARCHAR,
    document_id             VARCHAR,
    source                  VARCHAR,
    version                 INTEGER,
    published_date          DATE,
    evidence                VARCHAR,
    vintages                INTEGER,
    previous_value          DOUBLE,
    previous_qualifier      VARCHAR,
    previous_source         VARCHAR,
    previous_document_id    VARCHAR,
    previous_published_date DATE,
    revised                 BOOLEAN,
    PRIMARY KEY (indicator_id, measure, period_start, period_end)
);

-- The keys a write is recomputing (filled and emptied inside one document's transaction, so always
-- empty between transactions). series_vintages_of(false) reads only these keys' observations.
CREATE TABLE IF NOT EXISTS series_refresh_keys (
    indicator_id VARCHAR,
    measure      VARCHAR,
    period_start DATE,
    period_end   DATE
);
