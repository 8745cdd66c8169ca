-- Single-quarter values of additive flows. Briefings state flows year to date (Q1, H1, Q1-Q3, the
-- year), so a quarter is derived as the difference of two cumulative levels of the same year:
-- Q2 = H1 - Q1, Q3 = Q1..Q3 - H1, Q4 = year - Q1..Q3. Only levels: stated growth rates are on a
-- comparable basis and are never recomputed from levels. Only additive units (yuan, count, tonnes):
-- mobile_dou is a per-user average. A value stated for exactly one quarter (including Q1, which is
-- also year to date) is kept as stated, derived = false.
CREATE OR REPLACE VIEW quarterly_flows AS
WITH flows AS (
    SELECT s.*
    FROM series s
    JOIN indicators i USING (indicator_id)
    WHERE i.kind = 'flow'
      AND s.measure = 'level'
      AND s.unit IN ('yuan', 'count', 'tonnes')
      AND month(s.period_end) IN (3, 6, 9, 12)
      AND s.period_end = last_day(s.period_end)
),
cumulative AS (
    SELECT * FROM flows WHERE period_start = make_date(year(period_end), 1, 1)
),
stated AS (
    SELECT
        indicator_id, period_start, period_end, value, unit, false AS derived, qualifier,
        CAST(NULL AS VARCHAR) AS reason,
        CAST(NULL AS DOUBLE) AS cumulative_value, CAST(NULL AS DOUBLE) AS previous_cumulative_value,
        source, CAST(NULL AS VARCHAR) AS previous_source
    FROM flows
    WHERE period_start = CAST(date_trunc('quarter', period_end) AS DATE)
),
derived AS (
    SELECT
        c.indicator_id,
        CAST(date_trunc('quarter', c.period_end) AS DATE) AS period_start,
        c.period_end,
        CASE WHEN p.value IS NOT NULL AND c.qualifier = 'eq' AND p.qualifier = 'eq'
             THEN c.value - p.value END AS value,
        c.unit,
        true AS derived,
        CASE WHEN p.value IS NOT NULL AND c.qualifier = 'eq' AND p.qualifier = 'eq' THEN 'eq' END AS qualifier,
        CASE
            WHEN p.value IS NULL THEN
                'no cumulative value for ' || CAST(c.period_start AS VARCHAR) || '..'
                || CAST(last_day(c.period_end - INTERVAL 3 MONTH) AS VARCHAR)
            WHEN c.qualifier <> 'eq' THEN
                'cumulative value for ' || CAST(c.period_start AS VARCHAR) || '..'
                || CAST(c.period_end AS VARCHAR) || ' is not exact (' || c.qualifier || ')'
            WHEN p.qualifier <> 'eq' THEN
                'cumulative value for ' || CAST(p.period_start AS VARCHAR) || '..'
                || CAST(p.period_end AS VARCHAR) || ' is not exact (' || p.qualifier || ')'
        END AS reason,
        c.value AS cumulative_value,
        p.value AS previous_cumulative_value,
        c.source,
        p.source AS previous_source
    FROM cumulative c
    LEFT JOIN cumulative p
        ON p.indicator_id = c.indicator_id
       AND p.period_start = c.period_start
       AND p.period_end = CAST(last_day(c.period_end - INTERVAL 3 MONTH) AS DATE)
    WHERE month(c.period_end) > 3
)
SELECT
    indicator_id,
    CAST(year(period_end) AS VARCHAR) || '-Q' || CAST(quarter(period_end) AS VARCHAR) AS quarter,
    *  EXCLUDE (indicator_id)
FROM (SELECT * FROM stated UNION ALL SELECT * FROM derived);

COMMENT ON VIEW quarterly_flows IS 'Single-quarter values of additive flows: stated directly (derived = false) or derived from two cumulative year-to-date levels, e.g. Q2 = H1 minus Q1 (derived = true). A derived value is NULL with a reason when a cumulative value is missing or not exact. Growth rates are never recomputed from levels.';
COMMENT ON COLUMN quarterly_flows.derived IS 'True when computed as the difference of two cumulative year-to-date levels';
COMMENT ON COLUMN quarterly_flows.reason IS 'Why a derived value is NULL';
COMMENT ON COLUMN quarterly_flows.cumulative_value IS 'The year-to-date level at the quarter end (derived rows)';
COMMENT ON COLUMN quarterly_flows.previous_cumulative_value IS 'The year-to-date level at the previous quarter end (derived rows)';
