-- The latest value of every indicator and measure: the observation with the newest period end,
-- and among statements of that period the newest vintage (published date, then version).
CREATE OR REPLACE VIEW latest_indicators AS
SELECT
    o.indicator_id,
    i.name           AS indicator_name,
    o.measure,
    o.value,
    o.unit,
    o.qualifier,
    o.period_start,
    o.period_end,
    d.source         AS source_document,
    o.document_id,
    o.published_date,
    o.evidence
FROM observations o
JOIN documents d USING (document_id)
LEFT JOIN indicators i USING (indicator_id)
QUALIFY row_number() OVER (
    PARTITION BY o.indicator_id, o.measure
    ORDER BY o.period_end DESC, o.published_date DESC NULLS LAST, d.version DESC, d.ingested_at DESC, o.document_id
) = 1;

COMMENT ON VIEW latest_indicators IS 'Latest value of every indicator and measure (newest period, then newest vintage), with unit, qualifier, period, source document, published date and evidence sentence.';
