-- Rejected inputs still waiting for a fix: rejections of a source after which no version of that
-- source was ingested (a fixed file is retried on its own and closes its rejection). Newest first.
SELECT r.source, left(r.content_hash, 12) AS content_hash, r.reason, r.first_seen, r.last_seen
FROM rejected_documents r
WHERE NOT EXISTS (
    SELECT 1 FROM documents d WHERE d.source = r.source AND d.ingested_at >= r.last_seen
)
ORDER BY r.last_seen DESC, r.source
