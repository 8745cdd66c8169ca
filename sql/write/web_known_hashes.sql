-- Content already in the warehouse (ingested or rejected): a poll does not ingest it again.
SELECT content_hash FROM documents
UNION
SELECT content_hash FROM rejected_documents;
