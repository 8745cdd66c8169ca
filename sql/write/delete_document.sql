-- Remove one document version and everything extracted from it (before re-extraction).
DELETE FROM observations WHERE document_id = $document_id;
DELETE FROM mentions WHERE document_id = $document_id;
DELETE FROM documents WHERE document_id = $document_id;
