-- Keys on which sources disagree (see the conflicts view). Open until a source corrects itself.
SELECT indicator_id, measure, period_start, period_end, stated_values, sources, published_dates,
       same_day, current_value
FROM conflicts
ORDER BY indicator_id, measure, period_start, period_end
