-- A percentage level (a rate or a share) lies in 0..100. Year-on-year changes may be negative or
-- exceed 100, so only levels are checked.
SELECT o.document_id, d.source, o.indicator_id, o.measure, o.period_end, o.value, o.evidence
FROM observations o
LEFT JOIN documents d USING (document_id)
WHERE o.unit = 'percent' AND o.measure = 'level' AND (o.value < 0 OR o.value > 100)
ORDER BY o.indicator_id, o.period_end, o.document_id
