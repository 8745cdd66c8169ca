-- Are keys waiting for refresh_series_keys.sql?
SELECT EXISTS (SELECT 1 FROM series_refresh_keys);
