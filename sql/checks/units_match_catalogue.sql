-- Every observation is of a catalogue indicator, in the catalogue's unit: a level in the indicator's
-- unit, a year-on-year change in percent. Other measures (pp changes, shares) are not checked.
SELECT o.document_id, d.source, o.indicator_id, o.measure, o.period_end, o.value, o.unit,
       CASE WHEN i.indicator_id IS NULL THEN NULL
            WHEN o.measure = 'yoy_pct' THEN 'percent'
            ELSE i.unit END AS expected_unit,
       CASE WHEN i.indicator_id IS NULL THEN 'indicator not in the catalogue'
            ELSE 'unit differs from the catalogue' END AS problem
FROM observations o
LEFT JOIN indicators i USING (indicator_id)
LEFT JOIN documents d USING (document_id)
WHERE i.indicator_id IS NULL
   OR (o.measure = 'level' AND o.unit <> i.unit)
   OR (o.measure = 'yoy_pct' AND o.unit <> 'percent')
ORDER BY o.indicator_id, o.measure, o.period_end, o.document_id
