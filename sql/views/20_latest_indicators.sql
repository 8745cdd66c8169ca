-- The latest value of every indicator and measure, taken from `series` (so always the newest
-- vintage): the period that ends last, and among periods ending the same day the longest one
-- (the year-to-date figure rather than the single month).
CREATE OR REPLACE VIEW latest_indicators AS
SELECT
    indicator_id,
    indicator_name,
    measure,
    value,
    unit,
    qualifier,
    period_start,
    period_end,
    source           AS source_document,
    document_id,
    published_date,
    evidence,
    revised
FROM series
QUALIFY row_number() OVER (PARTITION BY indicator_id, measure ORDER BY period_end DESC, period_start ASC) = 1;

COMMENT ON VIEW latest_indicators IS 'Latest value of every indicator and measure (newest period, newest vintage), with unit, qualifier, period, source document, published date and evidence sentence.';
COMMENT ON COLUMN latest_indicators.qualifier IS 'eq as stated, gt more than, lt nearly or under, approx about';
COMMENT ON COLUMN latest_indicators.evidence IS 'The words of the briefing the value came from';
