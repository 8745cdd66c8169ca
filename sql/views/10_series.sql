-- Vintages, the ALFRED rule: a stated value is never overwritten. Every observation stays as a
-- vintage of its key (indicator, measure, period), and `series` picks the newest one per key.
-- Vintage order: documents.published_date, then documents.version (a corrected text of the same
-- source), then ingested_at, then document_id so that ties still have one answer.
--
-- The logic lives in two table macros, used both by the views and by the writes:
--   series_vintages_of(every_key)  numbers the vintages of every key (true), or only of the keys listed
--                                  in series_refresh_keys (false). The key restriction is a semi-join
--                                  on observations, before any window function, so a write recomputes
--                                  its own keys without windowing the whole warehouse.
--   series_rows_of(every_key)      the current row per key: the rows of the series_current table.
-- series_current is maintained on every write (sql/write/refresh_series_keys.sql, inside the
-- document's transaction) and rebuilt in full when it falls out of step (sql/write/refresh_series_all.sql).

CREATE OR REPLACE MACRO series_vintages_of(every_key) AS TABLE
SELECT
    o.indicator_id,
    o.measure,
    o.period_start,
    o.period_end,
    o.value,
    o.unit,
    o.qualifier,
    o.document_id,
    d.source,
    d.version,
    d.published_date,
    d.ingested_at,
    o.evidence,
    CAST(row_number() OVER key_by_vintage AS INTEGER) AS vintage,
    CAST(count(*) OVER (PARTITION BY o.indicator_id, o.measure, o.period_start, o.period_end) AS INTEGER)
        AS vintages,
    row_number() OVER key_by_vintage
        = count(*) OVER (PARTITION BY o.indicator_id, o.measure, o.period_start, o.period_end) AS is_current
FROM observations o
JOIN documents d USING (document_id)
WHERE every_key OR EXISTS (
    SELECT 1 FROM series_refresh_keys k
    WHERE k.indicator_id = o.indicator_id AND k.measure = o.measure
      AND k.period_start = o.period_start AND k.period_end = o.period_end)
WINDOW key_by_vintage AS (
    PARTITION BY o.indicator_id, o.measure, o.period_start, o.period_end
    ORDER BY d.published_date ASC NULLS FIRST, d.version, d.ingested_at, o.document_id
);

-- Every vintage of every key: computed when queried, over all observations and documents.
CREATE OR REPLACE VIEW series_vintages AS
SELECT * FROM series_vintages_of(true);

COMMENT ON VIEW series_vintages IS 'Every value ever stated for an indicator, measure and period, one row per stating document (never overwritten), numbered in vintage order: published date, then version of the source, then ingestion time.';
COMMENT ON COLUMN series_vintages.vintage IS '1 for the first statement of this key, counting up in vintage order';
COMMENT ON COLUMN series_vintages.vintages IS 'How many documents state this key';
COMMENT ON COLUMN series_vintages.is_current IS 'True for the newest vintage, the one series shows';
COMMENT ON COLUMN series_vintages.published_date IS 'The day the stating document was published (the vintage date)';


-- `revised` follows the definition of a revision: the same source, a newer version, another value.
-- A different value from another source is a conflict (see below), not a revision.
-- The current row of a key is its newest vintage; the previous vintage is the one numbered just
-- before it; the source's own previous version is its newest earlier vintage from the same source.
-- (Joins rather than lag() windows: the same result, with less fixed cost per write.)
CREATE OR REPLACE MACRO series_rows_of(every_key) AS TABLE
WITH v AS (
    SELECT * FROM series_vintages_of(every_key)
),
source_previous AS (
    SELECT indicator_id, measure, period_start, period_end, source,
           arg_max(value, vintage) AS previous_version_value
    FROM v
    WHERE NOT is_current
    GROUP BY indicator_id, measure, period_start, period_end, source
)
SELECT
    c.indicator_id,
    c.measure,
    c.period_start,
    c.period_end,
    c.value,
    c.unit,
    c.qualifier,
    c.document_id,
    c.source,
    c.version,
    c.published_date,
    c.evidence,
    c.vintages,
    p.value          AS previous_value,
    p.qualifier      AS previous_qualifier,
    p.source         AS previous_source,
    p.document_id    AS previous_document_id,
    p.published_date AS previous_published_date,
    coalesce(sp.previous_version_value <> c.value, false) AS revised
FROM v c
LEFT JOIN v p
    ON p.indicator_id = c.indicator_id AND p.measure = c.measure
   AND p.period_start = c.period_start AND p.period_end = c.period_end
   AND p.vintage = c.vintage - 1
LEFT JOIN source_previous sp
    ON sp.indicator_id = c.indicator_id AND sp.measure = c.measure
   AND sp.period_start = c.period_start AND sp.period_end = c.period_end
   AND sp.source = c.source
WHERE c.is_current;

-- The current value per key, read from the series_current table (series_rows_of(true), kept at write time).
CREATE OR REPLACE VIEW series AS
SELECT
    s.indicator_id,
    i.name AS indicator_name,
    s.measure,
    s.period_start,
    s.period_end,
    s.value,
    s.unit,
    s.qualifier,
    s.document_id,
    s.source,
    s.version,
    s.published_date,
    s.evidence,
    s.vintages,
    s.previous_value,
    s.previous_qualifier,
    s.previous_source,
    s.previous_document_id,
    s.previous_published_date,
    s.revised
FROM series_current s
LEFT JOIN indicators i USING (indicator_id);

COMMENT ON VIEW series IS 'The current value of every indicator, measure and period: the newest vintage, with the previous vintage''s value and whether the current source revised its own earlier value (a newer version of the same source stating another value).';
COMMENT ON COLUMN series.previous_value IS 'The value of the vintage before the current one, from any source (NULL when only one document states this key)';
COMMENT ON COLUMN series.revised IS 'True when an earlier version of the same source stated another value (a correction). Disagreement between sources is in conflicts, not here';
COMMENT ON COLUMN series.vintages IS 'How many documents state this key (see series_vintages)';
COMMENT ON COLUMN series.published_date IS 'Publication date of the document the current value comes from';


-- A conflict: the newest statement of each source disagrees with another source's about the same key.
-- Versions of one source are revisions, not conflicts, so only each source's newest version counts.
CREATE OR REPLACE VIEW conflicts AS
WITH per_source AS (
    SELECT *
    FROM series_vintages
    QUALIFY row_number() OVER (
        PARTITION BY indicator_id, measure, period_start, period_end, source ORDER BY vintage DESC) = 1
)
SELECT
    p.indicator_id,
    p.measure,
    p.period_start,
    p.period_end,
    CAST(count(*) AS INTEGER)                                    AS sources_stating,
    CAST(count(DISTINCT p.value) AS INTEGER)                     AS distinct_values,
    min(p.value)                                                 AS min_value,
    max(p.value)                                                 AS max_value,
    list(p.value ORDER BY p.published_date, p.source)            AS stated_values,
    list(p.source ORDER BY p.published_date, p.source)           AS sources,
    list(p.document_id ORDER BY p.published_date, p.source)      AS document_ids,
    list(p.published_date ORDER BY p.published_date, p.source)   AS published_dates,
    count(DISTINCT p.published_date) < count(*)                  AS same_day,
    any_value(s.value)                                           AS current_value,
    any_value(s.source)                                          AS current_source
FROM per_source p
JOIN series s USING (indicator_id, measure, period_start, period_end)
GROUP BY p.indicator_id, p.measure, p.period_start, p.period_end
HAVING count(DISTINCT p.value) > 1;

COMMENT ON VIEW conflicts IS 'Keys (indicator, measure, period) on which different sources disagree, comparing the newest version of each source, including sources published the same day. All conflicts are open: series shows the newest vintage (current_value) until a source corrects itself.';
COMMENT ON COLUMN conflicts.same_day IS 'True when two or more of the sources were published on the same day (no vintage order settles it)';
COMMENT ON COLUMN conflicts.current_value IS 'The value series currently shows for this key';
