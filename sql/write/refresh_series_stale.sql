-- True when series_current is out of step with observations and must be rebuilt in full: every
-- observation is one vintage of its key, so the vintages of the current rows add up to the number of
-- observations. Cheap at any size (a row count and a sum over one row per key). Catches a warehouse
-- from before series_current (empty table) and rows inserted or deleted outside write_document.
SELECT (SELECT count(*) FROM observations)
    <> (SELECT coalesce(sum(vintages), 0) FROM series_current);
