-- The points of one chart line: the current value (newest vintage) of one indicator and measure per
-- period. $year_to_date keeps only periods starting on January 1 of their year, so a growth rate
-- line does not mix year-to-date rates with single-month ones.
SELECT s.period_start, s.period_end, s.value, s.unit, s.qualifier, s.source, s.published_date
FROM series s
WHERE s.indicator_id = $indicator_id
  AND s.measure = $measure
  AND (NOT $year_to_date OR s.period_start = make_date(year(s.period_end), 1, 1))
ORDER BY s.period_end, s.period_start
