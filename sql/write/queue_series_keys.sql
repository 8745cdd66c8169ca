-- Inside a document's transaction: queue the keys it states for refresh_series_keys.sql, which the
-- writer session runs once before it publishes (one recompute per session, not per document). The
-- queue commits with the document, so keys of a session killed before its flush are refreshed by the
-- next session.
INSERT INTO series_refresh_keys
SELECT DISTINCT indicator_id, measure, period_start, period_end
FROM observations
WHERE document_id = $document_id;
