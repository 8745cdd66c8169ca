-- 5G penetration quarter on quarter. MIIT states two different ratios: users per 100 population
-- (five_g_penetration_rate, "5G penetration rate") and 5G users as a share of all mobile phone users
-- (five_g_share_of_mobile_users). They are separate indicators, so they are separate series here and a
-- change is only ever computed within one definition, between quarter ends exactly 3 months apart.
CREATE OR REPLACE VIEW five_g_penetration_qoq AS
WITH q AS (
    SELECT
        CASE indicator_id
            WHEN 'five_g_penetration_rate' THEN 'per_population'
            ELSE 'share_of_mobile_users'
        END AS definition,
        indicator_id,
        period_end AS quarter_end,
        CAST(last_day(period_end - INTERVAL 3 MONTH) AS DATE) AS previous_quarter_end,
        value,
        qualifier,
        source,
        document_id,
        published_date
    FROM series
    WHERE indicator_id IN ('five_g_penetration_rate', 'five_g_share_of_mobile_users')
      AND measure = 'level'
      AND period_start = period_end
      AND month(period_end) IN (3, 6, 9, 12)
      AND period_end = last_day(period_end)
)
SELECT
    q.definition,
    q.indicator_id,
    q.quarter_end,
    q.value,
    q.qualifier,
    q.previous_quarter_end,
    prev.value     AS previous_value,
    prev.qualifier AS previous_qualifier,
    CASE WHEN prev.value IS NOT NULL AND q.qualifier = 'eq' AND prev.qualifier = 'eq'
         THEN round(q.value - prev.value, 6) END AS change_pp,
    CASE
        WHEN prev.value IS NULL THEN
            'no value for previous quarter ' || CAST(q.previous_quarter_end AS VARCHAR)
            || CASE WHEN other.value IS NOT NULL
                    THEN ' (that quarter states only ' || other.indicator_id || ', a different definition)'
                    ELSE '' END
        WHEN q.qualifier <> 'eq' THEN 'value is not exact (' || q.qualifier || ')'
        WHEN prev.qualifier <> 'eq' THEN 'previous value is not exact (' || prev.qualifier || ')'
    END AS reason,
    q.source,
    q.document_id,
    q.published_date
FROM q
LEFT JOIN q AS prev
    ON prev.indicator_id = q.indicator_id AND prev.quarter_end = q.previous_quarter_end
LEFT JOIN q AS other
    ON other.indicator_id <> q.indicator_id AND other.quarter_end = q.previous_quarter_end;

COMMENT ON VIEW five_g_penetration_qoq IS 'Quarter-end 5G penetration per definition (per_population: users per 100 population, share_of_mobile_users: share of all mobile phone users), never mixed, with the previous quarter''s value and the change in percentage points. The change is NULL with a reason when the previous quarter has no value in the same definition or a value is not exact.';
COMMENT ON COLUMN five_g_penetration_qoq.definition IS 'per_population (five_g_penetration_rate) or share_of_mobile_users (five_g_share_of_mobile_users)';
COMMENT ON COLUMN five_g_penetration_qoq.change_pp IS 'value minus previous_value, in percentage points, same definition only';
COMMENT ON COLUMN five_g_penetration_qoq.reason IS 'Why change_pp is NULL (NULL when it is computed)';
