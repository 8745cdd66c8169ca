SELECT extractor_version, ingested_at, version FROM documents WHERE document_id = $document_id;
