-- Bring series_current up to date for the keys one write touched: the keys $document_id states now,
-- plus those already in series_refresh_keys (the keys it stated before a replace, refresh_series_mark.sql).
-- Runs inside the document's transaction, after its observations are written, so the document and
-- its series rows commit together. Only these keys' observations are windowed (series_rows_of(false)).
INSERT INTO series_refresh_keys
SELECT DISTINCT indicator_id, measure, period_start, period_end
FROM observations
WHERE document_id = $document_id;

DELETE FROM series_current s
WHERE EXISTS (
    SELECT 1 FROM series_refresh_keys k
    WHERE k.indicator_id = s.indicator_id AND k.measure = s.measure
      AND k.period_start = s.period_start AND k.period_end = s.period_end);

INSERT INTO series_current BY NAME
SELECT * FROM series_rows_of(false);

DELETE FROM series_refresh_keys;
