-- A briefing that yields no catalogue observation is either off-topic or a miss by the extractor.
SELECT d.document_id, d.source, d.version, d.title, d.published_date, d.extractor_version
FROM documents d
WHERE NOT EXISTS (SELECT 1 FROM observations o WHERE o.document_id = d.document_id)
ORDER BY d.source, d.version
