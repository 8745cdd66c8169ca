-- Recompute series_current from every observation: once when a warehouse written before the table
-- existed is opened, and whenever observations were written around write_document (a bulk load).
DELETE FROM series_refresh_keys;
DELETE FROM series_current;
INSERT INTO series_current BY NAME
SELECT * FROM series_rows_of(true);
