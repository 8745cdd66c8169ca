-- Vintages, the ALFRED rule: a stated value is never overwritten. Every observation stays as a
-- vintage of its key (indicator, measure, period), and `series` picks the newest one per key.
-- Vintage order: documents.published_date, then documents.version (a corrected text of the same
-- source), then ingested_at, then document_id so that ties still have one answer.

CREATE OR REPLACE VIEW series_vintages AS
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
WINDOW key_by_vintage AS (
    PARTITION BY o.indicator_id, o.measure, o.period_start, o.period_end
    ORDER BY d.published_date ASC NULLS FIRST, d.version, d.ingested_at, o.document_id
);

COMMENT ON VIEW series_vintages IS 'Every value ever stated for an indicator, measure and period, one row per stating document (never overwritten), numbered in vintage order: published date, then version of the source, then ingestion time.';
COMMENT ON COLUMN series_vintages.vintage IS '1 for the first statement of this key, counting up in vintage order';
COMMENT ON COLUMN series_vintages.vintages IS 'How many documents state this key';
COMMENT ON COLUMN series_vintages.is_current IS 'True for the newest vintage, the one series shows';
COMMENT ON COLUMN series_vintages.published_date IS 'The day the stating document was published (the vintage date)';


-- `revised` follows the definition of a revision: the same source, a newer version, another value.
-- A different value from another source is a conflict (see below), not a revision.
CREATE OR REPLACE VIEW series AS
WITH v AS (
    SELECT
        *,
        lag(value) OVER by_vintage          AS previous_value,
        lag(qualifier) OVER by_vintage      AS previous_qualifier,
        lag(source) OVER by_vintage         AS previous_source,
        lag(document_id) OVER by_vintage    AS previous_document_id,
        lag(published_date) OVER by_vintage AS previous_published_date,
        lag(value) OVER by_source_version   AS previous_version_value
    FROM series_vintages
    WINDOW by_vintage AS (PARTITION BY indicator_id, measure, period_start, period_end ORDER BY vintage),
           by_source_version AS (
               PARTITION BY indicator_id, measure, period_start, period_end, source ORDER BY vintage)
)
SELECT
    v.indicator_id,
    i.name AS indicator_name,
    v.measure,
    v.period_start,
    v.period_end,
    v.value,
    v.unit,
    v.qualifier,
    v.document_id,
    v.source,
    v.version,
    v.published_date,
    v.evidence,
    v.vintages,
    v.previous_value,
    v.previous_qualifier,
    v.previous_source,
    v.previous_document_id,
    v.previous_published_date,
    coalesce(v.previous_version_value <> v.value, false) AS revised
FROM v
LEFT JOIN indicators i USING (indicator_id)
WHERE v.is_current;

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
