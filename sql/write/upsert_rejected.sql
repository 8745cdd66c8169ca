INSERT INTO rejected_documents (source, content_hash, reason, first_seen, last_seen)
VALUES ($source, $content_hash, $reason, $seen, $seen)
ON CONFLICT (source, content_hash) DO UPDATE SET reason = excluded.reason, last_seen = excluded.last_seen;
