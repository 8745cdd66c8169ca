-- Smart factories by tier (basic, advanced, excellence, leading: columns basic_level, ...), one row per as-of date, with the
-- change since the previous as-of date on which any tier was stated. A tier missing on either date
-- has no change. Briefings usually say "more than", so the qualifiers are kept next to each count.
CREATE OR REPLACE VIEW smart_factory_counts AS
WITH tiers AS (
    SELECT
        period_end AS as_of,
        -- series has one row per indicator and as-of date, so max/any_value pick that row
        max(value) FILTER (WHERE indicator_id = 'smart_factories_basic')                AS basic_level,
        any_value(qualifier) FILTER (WHERE indicator_id = 'smart_factories_basic')      AS basic_level_qualifier,
        max(value) FILTER (WHERE indicator_id = 'smart_factories_advanced')             AS advanced_level,
        any_value(qualifier) FILTER (WHERE indicator_id = 'smart_factories_advanced')   AS advanced_level_qualifier,
        max(value) FILTER (WHERE indicator_id = 'smart_factories_excellence')           AS excellence_level,
        any_value(qualifier) FILTER (WHERE indicator_id = 'smart_factories_excellence') AS excellence_level_qualifier,
        max(value) FILTER (WHERE indicator_id = 'smart_factories_leading')              AS leading_level,
        any_value(qualifier) FILTER (WHERE indicator_id = 'smart_factories_leading')    AS leading_level_qualifier
    FROM series
    WHERE indicator_id IN ('smart_factories_basic', 'smart_factories_advanced',
                           'smart_factories_excellence', 'smart_factories_leading')
      AND measure = 'level'
      AND period_start = period_end
    GROUP BY period_end
),
with_previous AS (
    SELECT
        *,
        lag(as_of) OVER w                      AS previous_as_of,
        lag(basic_level) OVER w                AS previous_basic_level,
        lag(basic_level_qualifier) OVER w      AS previous_basic_level_qualifier,
        lag(advanced_level) OVER w             AS previous_advanced_level,
        lag(advanced_level_qualifier) OVER w   AS previous_advanced_level_qualifier,
        lag(excellence_level) OVER w           AS previous_excellence_level,
        lag(excellence_level_qualifier) OVER w AS previous_excellence_level_qualifier,
        lag(leading_level) OVER w              AS previous_leading_level,
        lag(leading_level_qualifier) OVER w    AS previous_leading_level_qualifier
    FROM tiers
    WINDOW w AS (ORDER BY as_of)
)
SELECT
    as_of,
    basic_level, basic_level_qualifier,
    advanced_level, advanced_level_qualifier,
    excellence_level, excellence_level_qualifier,
    leading_level, leading_level_qualifier,
    previous_as_of,
    basic_level - previous_basic_level           AS basic_level_change,
    advanced_level - previous_advanced_level     AS advanced_level_change,
    excellence_level - previous_excellence_level AS excellence_level_change,
    leading_level - previous_leading_level       AS leading_level_change,
    CASE WHEN previous_as_of IS NOT NULL THEN NOT (
        (basic_level - previous_basic_level IS NOT NULL
            AND (basic_level_qualifier <> 'eq' OR previous_basic_level_qualifier <> 'eq'))
        OR (advanced_level - previous_advanced_level IS NOT NULL
            AND (advanced_level_qualifier <> 'eq' OR previous_advanced_level_qualifier <> 'eq'))
        OR (excellence_level - previous_excellence_level IS NOT NULL
            AND (excellence_level_qualifier <> 'eq' OR previous_excellence_level_qualifier <> 'eq'))
        OR (leading_level - previous_leading_level IS NOT NULL
            AND (leading_level_qualifier <> 'eq' OR previous_leading_level_qualifier <> 'eq')))
    END AS changes_exact
FROM with_previous;

COMMENT ON VIEW smart_factory_counts IS 'Smart factories by tier (basic_level, advanced_level, excellence_level, leading_level) per as-of date, with each count''s qualifier (gt means more than) and the change since the previous as-of date. changes_exact is false when a change was computed from a bound such as more than 30,000.';
COMMENT ON COLUMN smart_factory_counts.previous_as_of IS 'The previous as-of date on which any tier was stated';
COMMENT ON COLUMN smart_factory_counts.changes_exact IS 'False when some change was computed from a value that is not exact (more than, about, nearly)';
