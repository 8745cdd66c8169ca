-- Before a document's observations are deleted (a re-extraction replacing them): remember the keys it
-- stated, so flush_series (refresh_series_keys.sql) recomputes them too (a key it no longer states may lose its
-- current value, or fall back to another document's).
INSERT INTO series_refresh_keys
SELECT DISTINCT indicator_id, measure, period_start, period_end
FROM observations
WHERE document_id = $document_id;
