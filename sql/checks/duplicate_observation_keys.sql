-- One observation per document, indicator, measure and period (the spec's key), and one current
-- value per indicator, measure and period in `series`. The table's primary key enforces the first
-- in the working file; this guards the published snapshot and the series view itself.
SELECT 'observations' AS relation, document_id, indicator_id, measure, period_start, period_end,
       count(*) AS n
FROM observations
GROUP BY document_id, indicator_id, measure, period_start, period_end
HAVING count(*) > 1
UNION ALL
SELECT 'series', NULL, indicator_id, measure, period_start, period_end, count(*)
FROM series
GROUP BY indicator_id, measure, period_start, period_end
HAVING count(*) > 1
ORDER BY relation, indicator_id, measure, period_start, period_end, document_id
