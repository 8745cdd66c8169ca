-- Synthetic load for the view benchmark (dagster_project/bench.py), written into an empty,
-- temporary warehouse: $n_documents documents spread over $quarters quarters (ending 2025 Q4),
-- each stating $per_document catalogue observations. A stock is an instant at the period end, a
-- flow the year to date; flows also get a yoy_pct. Values are deterministic hashes, not realistic.

INSERT INTO documents (document_id, briefing_key, source, content_hash, version, title, event_date,
    published_date, period_start, period_end, language, warnings, extractor_version, ingested_at, text)
SELECT
    printf('bench%011d', d),
    printf('bench-%d', d),
    printf('bench/%d.txt', d),
    printf('%064d', d),
    1,
    'synthetic briefing',
    period_end + INTERVAL 20 DAY,
    period_end + INTERVAL 20 DAY + INTERVAL (d % 3) DAY,
    period_start,
    period_end,
    'en',
    [],
    'bench',
    TIMESTAMP '2026-01-01' + INTERVAL (d) SECOND,
    ''
FROM (
    SELECT
        d,
        make_date(2025 - (d % $quarters) // 4, 1, 1) AS period_start,
        last_day(make_date(2025 - (d % $quarters) // 4, 3 * (4 - (d % $quarters) % 4), 1)) AS period_end
    FROM range($n_documents) t(d)
);

INSERT INTO observations (document_id, indicator_id, measure, period_start, period_end, value, unit,
    qualifier, evidence, published_date, mention_id, extractor_version)
WITH candidates AS (
    SELECT
        i.indicator_id,
        i.kind,
        i.unit,
        m.measure,
        CAST(row_number() OVER (ORDER BY i.indicator_id, m.measure) - 1 AS INTEGER) AS c,
        CAST(count(*) OVER () AS INTEGER) AS n
    FROM indicators i
    CROSS JOIN (VALUES ('level'), ('yoy_pct')) m(measure)
    WHERE m.measure = 'level' OR i.kind = 'flow'
)
SELECT
    doc.document_id,
    c.indicator_id,
    c.measure,
    CASE WHEN c.kind = 'flow' THEN doc.period_start ELSE doc.period_end END,
    doc.period_end,
    CASE WHEN c.measure = 'yoy_pct' THEN (hash(doc.document_id, c.c) % 300) / 10.0 - 5
         ELSE 1 + hash(doc.document_id, c.c) % 1000000 END,
    CASE WHEN c.measure = 'yoy_pct' THEN 'percent' ELSE c.unit END,
    'eq',
    'synthetic evidence sentence for the benchmark',
    doc.published_date,
    c.c,
    'bench'
FROM documents doc
JOIN candidates c
  ON ((c.c - CAST(substr(doc.document_id, 6) AS INTEGER) * 7) % c.n + c.n) % c.n < $per_document;
