-- Bring series_current up to date for the queued keys (queue_series_keys.sql, and the keys a replaced
-- extraction stated, refresh_series_mark.sql), then empty the queue. Run once per writer session,
-- before the snapshot is published, and when a session opens (keys left by a killed session).
-- Only these keys' observations are windowed (series_rows_of(false)).
DELETE FROM series_current s
WHERE EXISTS (
    SELECT 1 FROM series_refresh_keys k
    WHERE k.indicator_id = s.indicator_id AND k.measure = s.measure
      AND k.period_start = s.period_start AND k.period_end = s.period_end);

INSERT INTO series_current BY NAME
SELECT * FROM series_rows_of(false);

DELETE FROM series_refresh_keys;
