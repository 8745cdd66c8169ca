-- A stock (a cumulative count such as base stations or smart factories) should not fall between
-- consecutive as-of dates. Current values only (series). A bound cannot show a fall: an earlier
-- "nearly X" (lt) or a later "more than Y" (gt) is skipped.
WITH stocks AS (
    SELECT s.indicator_id, s.period_end AS as_of, s.value, s.qualifier, s.source,
           lag(s.period_end) OVER w AS previous_as_of,
           lag(s.value) OVER w      AS previous_value,
           lag(s.qualifier) OVER w  AS previous_qualifier,
           lag(s.source) OVER w     AS previous_source
    FROM series s
    JOIN indicators i USING (indicator_id)
    WHERE i.kind = 'stock' AND s.measure = 'level' AND s.period_start = s.period_end
    WINDOW w AS (PARTITION BY s.indicator_id ORDER BY s.period_end)
)
SELECT indicator_id, previous_as_of, previous_value, previous_qualifier, previous_source,
       as_of, value, qualifier, source
FROM stocks
WHERE value < previous_value AND previous_qualifier <> 'lt' AND qualifier <> 'gt'
ORDER BY indicator_id, as_of
